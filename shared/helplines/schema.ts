/**
 * @module
 * A helpline (相談窓口) as data. Every entry carries where its facts came
 * from and when they were last checked; a number or hours we could not
 * confirm is left out and the entry is marked `unverified` — never guessed.
 */
import * as z from '../validation';
import { ALL_TOPICS, AUDIENCES } from '../domain';

/**
 * Languages a line answers in, as BCP 47 tags. Filled only from what the
 * line's official page says; a line whose page names no languages leaves
 * `languages` out.
 */
export const LANGUAGE_TAGS = ['ja', 'en', 'zh', 'ko', 'vi', 'tl', 'ne', 'pt', 'es', 'th', 'id', 'ru', 'hi'] as const;
export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time must be HH:MM (24:00 allowed as end)'));

/** One opening window in JST. `end` may be ≤ `start` to run past midnight into the next day. */
export const openingWindowSchema = z.strictObject({ start: hhmm, end: hhmm });

/**
 * Weekly hours: `days` maps ISO weekday (1 = Mon … 7 = Sun) to windows.
 * `holidays` says what Japanese public holidays do: `closed`, `asSunday`
 * or `normal`. `monthDays` adds windows on given days of the month
 * (いのちの電話: 10th 08:00 → 08:00 next day). `closedDates` are MM-DD
 * closures (チャイルドライン 12/29–1/3). `always` = 24 h, 365 days.
 */
export const hoursSchema = z.union([
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({
    kind: z.literal('weekly'),
    days: z.record(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(openingWindowSchema)),
    holidays: z.enum(['closed', 'asSunday', 'normal']),
    monthDays: z.optional(z.record(z.string().check(z.regex(/^([1-9]|[12]\d|3[01])$/)), z.array(openingWindowSchema))),
    closedDates: z.optional(z.array(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)))),
  }),
  /** Hours exist but we could not confirm them: shown as 「受付時間は窓口にご確認ください」. */
  z.strictObject({ kind: z.literal('unknown') }),
]);
export type Hours = z.infer<typeof hoursSchema>;

export const channelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phone'), number: z.optional(z.string().check(z.regex(/^[0-9-]{3,14}$/))) }),
  z.strictObject({ type: z.enum(['chat', 'line', 'web']), url: z.optional(z.url()) }),
  z.strictObject({ type: z.literal('visit') }),
]);
export type Channel = z.infer<typeof channelSchema>;

export const helplineSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,47}$/)),
    name: z.string().check(z.minLength(1)),
    /** One plain sentence: who it is for and what it helps with. */
    description: z.string().check(z.minLength(1)),
    channels: z.array(channelSchema).check(z.minLength(1)),
    hours: hoursSchema,
    /** Free-text detail shown under the hours (e.g. 「毎月10日は翌朝8時まで」). */
    hoursNote: z.optional(z.string()),
    audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
    /** Topics it helps with; empty = any topic. */
    topics: z.array(z.enum(ALL_TOPICS)),
    scope: z.enum(['emergency', 'national', 'prefecture', 'local']),
    /** 119/110: shown first in the crisis panel, never ranked among the rest. */
    emergency: z._default(z.boolean(), false),
    /** Crisis lines lead the list when the safety flag is raised. */
    crisis: z._default(z.boolean(), false),
    sourceUrl: z.optional(z.url()),
    verifiedOn: z.iso.date(),
    /** The 更新日 the cited page shows for itself, when it shows one (ISO date). */
    sourceUpdatedOn: z.optional(z.iso.date()),
    /** Languages the line answers in, exactly as its official page lists them (LANGUAGE_TAGS). */
    languages: z.optional(z.array(z.enum(LANGUAGE_TAGS))),
    unverified: z._default(z.boolean(), false),
    unverifiedReason: z.optional(z.string()),
  })
  .check(
    z.refine((h) => h.unverified || h.sourceUrl !== undefined, 'a verified helpline must carry its sourceUrl'),
    z.refine((h) => !h.unverified || (h.unverifiedReason ?? '').length > 0, 'an unverified helpline must say why (unverifiedReason)'),
  );
export type Helpline = z.infer<typeof helplineSchema>;
export type HelplineInput = z.input<typeof helplineSchema>;
