/**
 * @module
 * The help list behind 「今すぐ相談したい」 (result chunk), reachable from every
 * screen: emergency numbers, then every line that serves this person ranked
 * with crisis lines first. Closing it (or the phone's Back) returns to the
 * very same screen and answers. Until the chunk is here the page shows
 * Offline.tsx instead, with the numbers to call.
 */
import type { CheckState } from '../../flow';
import type { ChunkMessages } from '../../../shared/messages';
import { useEnv } from '../context';
import type { Later } from '../later';
import { CallButtons } from '../parts/Calls';
import { HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

export interface HelpProps {
  state: CheckState;
  later: Later;
  words: ChunkMessages;
  onClose: () => void;
}

export function HelpList({ state, later, words, onClose }: HelpProps) {
  const { messages: m, now } = useEnv();
  const mode = state.mode ?? 'self';
  const at = now();
  const lines = later.mod.rankFor(later.tenant, { mode, safetyFlag: true, topics: state.topics }, at);
  const ctx = { mode: state.mode };
  return (
    <section class="help">
      <Heading>{m.help.heading}</Heading>
      <p class="lead">{m.help.lead}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <CallButtons lines={later.mod.panelFor(later.tenant, mode, at).emergency} ctx={ctx} />
      <h2>{words.panel.listHeading}</h2>
      <HelplineList lines={lines} ctx={ctx} w={words.helpline} />
      {later.tenant.localNote !== undefined && <p class="note">{later.tenant.localNote}</p>}
      <p class="note">{m.cantConnect}</p>
      <div class="nav">
        <button type="button" class="secondary" onClick={onClose}>
          {m.help.back}
        </button>
      </div>
    </section>
  );
}
