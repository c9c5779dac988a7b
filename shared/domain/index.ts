/**
 * @module
 * The closed vocabularies every part of kokoro-check agrees on: modes, age
 * bands, genders, result bands, topics and safety answers (modes and topics
 * re-exported from the mode registry, shared/modes). Front end, API and
 * reports all validate against these lists, so an unknown value is refused at
 * the door instead of turning up as a stray counter.
 */

/** Modes come from the registry (shared/modes): one record each. */
export { MODES, type Mode } from '../modes';

/** Age bands as staff report them. `na` = 答えない. */
export const AGE_BANDS = ['10s', '20s', '30s', '40s', '50s', '60s', '70s', '80plus', 'na'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Who the other person is in a mode about someone else: in ./relationships,
 * imported from there (not re-exported here), so the page's first script,
 * which imports this module, never carries it.
 */
export type { Relationship } from './relationships';

/** `na` = 答えない. */
export const GENDERS = ['male', 'female', 'other', 'na'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Every result band id any instrument gives: the counter keys already stored.
 * Each instrument's record holds its own bands and cutoffs (the K6's are
 * 0–4, 5–9, 10–12, 13–24); the modes' unit test keeps every mode's bands
 * within this list.
 */
export const BANDS = ['low', 'some', 'high', 'veryHigh'] as const;
export type Band = (typeof BANDS)[number];

/**
 * Answers to our own safety question. Anything but `no` raises the safety
 * flag and shows the crisis panel at once — including `unsure`, because
 * someone who cannot say "no" deserves help first.
 */
export const SAFETY_ANSWERS = ['no', 'sometimes', 'often', 'now', 'unsure'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];
export const isSafetyFlagged = (answer: SafetyAnswer): boolean => answer !== 'no';
/** 「いまも、そう思っている」: the person is in it right now, so help for this very minute comes first and strongest. */
export const isSafetyUrgent = (answer: SafetyAnswer): boolean => answer === 'now';

/** Topics and which mode offers which are in the mode registry. */
export { ADULT_TOPICS, ALL_TOPICS, FAMILY_TOPICS, PERINATAL_TOPICS, TEEN_TOPICS, type AdultTopic, type FamilyTopic, type PerinatalTopic, type TeenTopic, type Topic } from '../modes';

/**
 * Who a helpline is for: a mode routes to one audience (shared/modes). `family`
 * = someone worried about another person, `perinatal` = pregnancy and the
 * first year after birth, `alcohol` = someone worried about their drinking.
 */
export const AUDIENCES = ['adult', 'teen', 'family', 'perinatal', 'alcohol'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Outreach channel tag from the QR code URL (`?src=`). Lower-case ASCII so a
 * tag is safe as a counter key; `DIRECT_SRC` stands for "no tag".
 */
export const SRC_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const DIRECT_SRC = '-';
/**
 * What is counted in place of a tag the municipality did not register (未登録): one bucket,
 * never the tag itself, so made-up tags add no counters. No tag can be it (SRC_PATTERN).
 */
export const UNREGISTERED_SRC = '?';

/** Tenant ids are the path segment in `/t/<tenant>/`. */
export const TENANT_ID_PATTERN = /^[a-z][a-z0-9-]{1,30}$/;
