/**
 * @module
 * The full crisis panel (result chunk), shown at once when the safety question
 * is answered anything but 「なかった」, before any score: 119/110 for
 * immediate danger first, then lines open right now (24h phone, chat), then
 * the local window; the check can go on after. After 「いまも、そう思っている」
 * the words are for this very minute and going on with the check is the
 * quieter choice. Until the chunk is here the page shows Offline.tsx instead.
 */
import { isSafetyUrgent, type Mode, type SafetyAnswer } from '../../../shared/domain';
import type { ChunkMessages } from '../../../shared/messages';
import { modeSpec } from '../../../shared/modes';
import { pick, useEnv } from '../context';
import type { Later } from '../later';
import { CallButtons } from '../parts/Calls';
import { HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';
import { otherWords } from './Other';

export interface CrisisProps {
  mode: Mode;
  safety: SafetyAnswer;
  later: Later;
  words: ChunkMessages;
  onContinue: () => void;
}

export function CrisisPanel({ mode, safety, later, words, onContinue }: CrisisProps) {
  const { messages: m, now } = useEnv();
  const panel = later.mod.panelFor(later.tenant, mode, now());
  const ctx = { mode };
  const c = m.crisis;
  const p = words.panel;
  const w = { ...words.helpline, opens: words.opens };
  const urgent = isSafetyUrgent(safety);
  // About someone else (家族): thanks and words for the person who is worried about them.
  const own = modeSpec(mode).aboutOther ? otherWords(words).crisis : undefined;
  const texts = own ? (urgent ? own.urgent : own) : urgent ? c.urgent : c;
  return (
    <section class="crisis">
      <Heading>{pick(texts.heading, mode)}</Heading>
      <p class="lead">{pick(texts.lead, mode)}</p>
      <h2>{c.emergencyHeading}</h2>
      <p>{p.emergencyText}</p>
      <CallButtons lines={panel.emergency} ctx={ctx} />
      <h2>{urgent ? p.urgentOpenNowHeading : p.openNowHeading}</h2>
      {panel.openNow.length > 0 ? <HelplineList lines={panel.openNow} ctx={ctx} w={w} /> : <p>{p.noneOpen}</p>}
      {panel.local.length > 0 && (
        <>
          <h2>{p.localHeading}</h2>
          <HelplineList lines={panel.local} ctx={ctx} w={w} />
        </>
      )}
      <p class="note">{m.cantConnect}</p>
      <div class="nav">
        <button type="button" class={urgent ? 'secondary' : 'primary'} onClick={onContinue}>
          {c.continue}
        </button>
      </div>
    </section>
  );
}
