/**
 * @module
 * The help list behind 「今すぐ相談したい」 (result chunk), reachable from every
 * screen. Its first screenful is what the person can use now: 119/110, then
 * the lines open now that serve them (teen lines first on the teen path,
 * and teen lines too when no mode is chosen yet);
 * lines closed right now follow, each saying when it opens; lines not
 * confirmed yet or that need a card, a search or a visit are folded away.
 * A close button at the top and at the bottom (and the phone's Back) return
 * to the very same screen and answers. Until the chunk is here the page
 * shows Offline.tsx instead, with the numbers to call.
 */
import type { CheckState } from '../../flow';
import type { ChunkMessages } from '../../../shared/messages';
import { useEnv } from '../context';
import type { Later } from '../later';
import { CallButtons } from '../parts/Calls';
import { GroupedLines } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

export interface HelpProps {
  state: CheckState;
  later: Later;
  words: ChunkMessages;
  onClose: () => void;
}

export function HelpList({ state, later, words, onClose }: HelpProps) {
  const { messages: m, now, tenant } = useEnv();
  const mode = state.mode ?? 'self';
  const at = now();
  const groups =
    state.mode === undefined
      ? later.mod.helpListForAnyone(later.tenant, state.topics, at, tenant.lang)
      : later.mod.helpListFor(later.tenant, { mode, safetyFlag: true, topics: state.topics, lang: tenant.lang }, at);
  const ctx = { mode: state.mode };
  return (
    <section class="help">
      <div class="nav top">
        <button type="button" class="secondary" onClick={onClose}>
          {words.panel.close}
        </button>
      </div>
      <Heading>{m.help.heading}</Heading>
      <p class="lead">{m.help.lead}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <CallButtons lines={later.mod.panelFor(later.tenant, mode, at).emergency} ctx={ctx} />
      <GroupedLines groups={groups} ctx={ctx} words={words} note={later.tenant.localNote} />
      <p class="note">{m.cantConnect}</p>
      <div class="nav">
        <button type="button" class="secondary" onClick={onClose}>
          {m.help.back}
        </button>
      </div>
    </section>
  );
}
