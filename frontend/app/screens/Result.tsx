/**
 * @module
 * The result (in the result chunk): a calm picture and a short message for
 * the band, 「診断ではありません」, self-care that fits, and the helplines
 * ranked for this person — always, whatever the score, because a low score
 * is not "safe". After any safety answer but 「なかった」 the result honours
 * that answer over the score: it opens with thanks, 119/110 and the crisis
 * lines open now, and its picture and words never say that all is well —
 * the sky is never clear and the band's own title, message and tips give way
 * to words about reaching a person.
 */
import { type Band, type Mode, type SafetyAnswer, type Topic } from '../../../shared/domain';
import type { Worded, ChunkMessages } from '../../../shared/messages';
import { instrumentFor } from '../../../shared/instruments/for-mode';
import { MODE_SPECS, modeSpec, type AskedInstrumentId } from '../../../shared/modes';
import { bandOf, score, type Answers } from '../../../shared/scoring';
import type { CompleteEvent } from '../../../shared/events';
import type { CheckState } from '../../flow';
import type { FullTenant } from '../../data/types';
import { pick, useEnv } from '../context';
import { GroupedLines } from '../parts/Helplines';
import { Furigana } from '../parts/Furigana';
import { SkyPicture } from '../parts/SkyPicture';
import { resultHelp } from '../parts/FlaggedHelp';
import { Heading } from '../parts/StepFrame';
import { OtherResult } from './Other';

/** The finished check as the page's first script holds it; scoring and bands come with this chunk. */
export interface Outcome {
  mode: Mode;
  /** The instrument's answers by item id. */
  answers: Answers;
  safety: SafetyAnswer;
  safetyFlag: boolean;
  topics: readonly Topic[];
}

export interface ResultProps {
  outcome: Outcome;
  tenant: FullTenant;
  words: ChunkMessages;
  onRestart: () => void;
}

/**
 * The band of a finished check by its mode's instrument. Scoring rides in
 * this chunk and the cutoffs in the tenant's full data, not in the page's
 * first script (whose copy of the instrument has its questions only).
 */
export function bandFor(outcome: Pick<Outcome, 'mode' | 'answers' | 'topics'>, { results }: Pick<FullTenant, 'results'>): Band {
  const id = MODE_SPECS[outcome.mode].instrument;
  const result = results[id];
  if (!result) throw new Error(`no bands for instrument "${id}"`);
  const instrument = { ...instrumentFor(outcome.mode), id, result };
  // A checklist's answers are the topics checked: its items are named by them (shared/instruments/schema).
  const answers = result.kind === 'checklist' ? Object.fromEntries(outcome.topics.map((t) => [t, 1])) : outcome.answers;
  const band = bandOf(instrument, score(instrument, answers));
  // Every mode's bands are among BANDS, which the result words cover (shared/modes unit test).
  return band as Band;
}

/** What a finished check counts (the page adds the event's type, id and channel): built here, with its band, so the first script carries none of it. */
export function completion(outcome: Outcome, check: Pick<CheckState, 'ageBand' | 'gender' | 'relationship'>, tenant: Pick<FullTenant, 'results'>): Omit<CompleteEvent, 'type' | 'id' | 'src'> {
  const { mode, safetyFlag, topics } = outcome;
  const about = modeSpec(mode).aboutOther ? { relationship: check.relationship } : {};
  return { mode, band: bandFor(outcome, tenant), safetyFlag, topics: [...topics], ageBand: check.ageBand, gender: check.gender, ...about };
}

/** With the safety flag raised the sky keeps its clouds and the lighthouse, whatever the score. */
export const pictureBand = (band: Band, safetyFlag: boolean): Band => (safetyFlag && (band === 'low' || band === 'some') ? 'high' : band);

export function Result({ outcome, tenant, words, onRestart }: ResultProps) {
  const { messages: m } = useEnv();
  const r = words.result;
  const { mode, safety, safetyFlag, topics } = outcome;
  const band = bandFor(outcome, tenant);
  if (modeSpec(mode).aboutOther) return <OtherResult outcome={outcome} band={band} tenant={tenant} words={words} onRestart={onRestart} />;
  const ctx = { mode, band };
  const shown = safetyFlag ? r.flagged : r.bands[MODE_SPECS[mode].instrument as AskedInstrumentId][band];
  // Teen wording carries its readings (漢字《かんじ》); adult wording shows as it is.
  const say = (text: Worded) => <Furigana text={pick(text, mode)} />;
  const { groups, crisis } = resultHelp(tenant, words, { mode, safetyFlag, topics, safety }, ctx, (urgent) => say(urgent ? r.flagged.urgentLead : r.flagged.lead));
  return (
    <section class="result">
      <Heading>{say(safetyFlag ? r.flagged.heading : r.heading)}</Heading>
      {crisis}
      <SkyPicture band={pictureBand(band, safetyFlag)} label={shown.picture} />
      <h2 class="band">{say(shown.title)}</h2>
      <p>{say(shown.message)}</p>
      <p class="not-diagnosis">{say(r.notDiagnosis)}</p>
      <h2>{say(r.helpHeading)}</h2>
      <p>{say(r.helpLead)}</p>
      <GroupedLines groups={groups} ctx={ctx} words={words} note={tenant.localNote} />
      <p class="note">{m.cantConnect}</p>
      <h2>{say(safetyFlag ? r.flagged.selfCareHeading : r.selfCareHeading)}</h2>
      <ul class="care">
        {pick(shown.selfCare, mode).map((s) => (
          <li key={s}>
            <Furigana text={s} />
          </li>
        ))}
      </ul>
      <div class="nav">
        <button type="button" class="secondary" onClick={onRestart}>
          {say(r.again)}
        </button>
      </div>
    </section>
  );
}
