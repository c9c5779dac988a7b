/**
 * @module
 * The modes as data: one record each, so adding a mode is adding a record
 * here (and its instrument and words), not editing the flow. Everything that
 * used to ask `mode === 'teen'` asks the spec instead: which instrument the
 * check runs, which helpline audience it is routed to, whose wording it
 * reads, which topics it offers, and the age band the mode implies (10代 is
 * counted as `10s` by definition and not asked).
 *
 * Plain data, imported by the page's first script, so it stays tiny and
 * carries no validator; ./schema validates every record and the build and
 * unit tests import it (as shared/instruments does for instruments).
 */
import type { AgeBand, Audience } from '../domain';
import { ADULT_TOPICS, PERINATAL_TOPICS, TEEN_TOPICS, type Topic } from './topics';

/** Whose words a screen shows: the adult wording or the teen one (furigana, lead-ins). */
export type Wording = 'adult' | 'teen';

export interface ModeSpec {
  /** Id of the instrument the check runs (shared/instruments). */
  readonly instrument: string;
  /** The helpline audience the mode is routed to. */
  readonly audience: Audience;
  readonly wording: Wording;
  /**
   * The "what weighs on you" topics offered, in display order; also what the API accepts.
   * Absent for a mode about someone else: its topics are its checklist's items
   * (`topicsForMode` in shared/instruments/for-mode), so the page's first script never carries them.
   */
  readonly topics?: readonly Topic[];
  /** The age band the mode implies, counted without asking. */
  readonly fixedAgeBand?: AgeBand;
  /**
   * The check is about someone else (家族): its profile asks who they are to
   * the resident and their age (counted as `relationship` and the age band),
   * its safety question is about them and comes straight after the profile,
   * and its instrument is a checklist on one screen whose checked items are
   * the mode's topics. Its words and items come with the result chunk, after
   * first paint, so the page's first script stays within its budget.
   */
  readonly aboutOther?: true;
}

export const MODE_SPECS = {
  self: { instrument: 'k6-ja', audience: 'adult', wording: 'adult', topics: ADULT_TOPICS },
  teen: { instrument: 'k6-ja', audience: 'teen', wording: 'teen', topics: TEEN_TOPICS, fixedAgeBand: '10s' },
  // 赤ちゃんママ: the K6 alone (no readable published Japanese wording of the Whooley questions was found; the EPDS is not licensed for this).
  perinatal: { instrument: 'k6-ja', audience: 'perinatal', wording: 'adult', topics: PERINATAL_TOPICS },
  // 家族: someone worried about another person; a checklist of signs from government material, not a score.
  family: { instrument: 'family-signs', audience: 'family', wording: 'adult', aboutOther: true },
} as const satisfies Record<string, ModeSpec>;

export type Mode = keyof typeof MODE_SPECS;
/** Every instrument some mode runs. */
export type InstrumentId = (typeof MODE_SPECS)[Mode]['instrument'];
/** The modes whose check is about the resident, asked item by item. */
type SelfMode = { [M in Mode]: (typeof MODE_SPECS)[M] extends { aboutOther: true } ? never : M }[Mode];
/** The instruments asked item by item: the catalogues' words around items are keyed by it, so a new one without words is a type error. */
export type AskedInstrumentId = (typeof MODE_SPECS)[SelfMode]['instrument'];
/** In registry order (the landing's and the reports' order). Pure: the phone's first script never reads it, and drops it. */
export const MODES = /* @__PURE__ */ Object.keys(MODE_SPECS) as [Mode, ...Mode[]];

export const modeSpec = (mode: Mode): ModeSpec => MODE_SPECS[mode];

export { ADULT_TOPICS, ALL_TOPICS, FAMILY_TOPICS, PERINATAL_TOPICS, TEEN_TOPICS, type AdultTopic, type FamilyTopic, type PerinatalTopic, type TeenTopic, type Topic } from './topics';
