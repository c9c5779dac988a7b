/**
 * @module
 * The anonymous counting events the resident page sends to
 * `POST /api/t/:tenant/events`. These zod schemas are the single contract
 * between the page and the API: the page builds events with them and the
 * API refuses anything they do not accept. An event carries no person: only
 * the dimensions staff count by, and a random id so a retry counts once.
 * Time is never sent by the page; the server stamps JST date and hour.
 */
import * as z from '../validation';
import { AGE_BANDS, BANDS, GENDERS, MODES, SRC_PATTERN, ALL_TOPICS } from '../domain';
import { RELATIONSHIPS } from '../domain/relationships';
import { LANGS } from '../languages';

/** Client-generated random id (crypto.randomUUID()) used to de-duplicate retries. */
const eventId = z.uuid();
const src = z.string().check(z.regex(SRC_PATTERN, 'src must be 1–40 lower-case letters, digits or hyphens'));
/**
 * The page's language (shared/languages). Absent means Japanese (`ja`), so a page cached before languages
 * were counted keeps counting; an unknown one is refused like any other value outside the vocabulary.
 */
const lang = z.optional(z.enum(LANGS));

export const viewEvent = z.strictObject({ type: z.literal('view'), id: eventId, src: z.optional(src), lang });
export const startEvent = z.strictObject({
  type: z.literal('start'),
  id: eventId,
  mode: z.enum(MODES),
  src: z.optional(src),
  lang,
});
export const completeEvent = z.strictObject({
  type: z.literal('complete'),
  id: eventId,
  mode: z.enum(MODES),
  ageBand: z.enum(AGE_BANDS),
  gender: z.enum(GENDERS),
  band: z.enum(BANDS),
  safetyFlag: z.boolean(),
  topics: z.array(z.enum(ALL_TOPICS)).check(z.maxLength(ALL_TOPICS.length)),
  /** In a mode about someone else (家族) only: who they are to the resident (`na` = 答えない). */
  relationship: z.optional(z.enum(RELATIONSHIPS)),
  src: z.optional(src),
  lang,
});
export const helplineTapEvent = z.strictObject({
  type: z.literal('helpline_tap'),
  id: eventId,
  helplineId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,47}$/)),
  mode: z.enum(MODES),
  /** Absent when tapped before a result exists (landing page, crisis panel). */
  band: z.optional(z.enum(BANDS)),
});

export const countingEvent = z.discriminatedUnion('type', [viewEvent, startEvent, completeEvent, helplineTapEvent]);
export type CountingEvent = z.infer<typeof countingEvent>;
export type ViewEvent = z.infer<typeof viewEvent>;
export type StartEvent = z.infer<typeof startEvent>;
export type CompleteEvent = z.infer<typeof completeEvent>;
export type HelplineTapEvent = z.infer<typeof helplineTapEvent>;
export const EVENT_TYPES = ['view', 'start', 'complete', 'helpline_tap'] as const;
export type EventType = CountingEvent['type'];

/** Upper bound on a request body; a real event is well under 1 KB. */
export const MAX_EVENT_BYTES = 2048;
