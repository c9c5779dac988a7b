/**
 * @module
 * A helpline (相談窓口) as data. Every entry carries where its facts came
 * from and when they were last checked; a number or hours we could not
 * confirm is left out and the entry is marked `unverified` — never guessed.
 */
import { z } from 'zod';
import { ALL_TOPICS, AUDIENCES } from '../domain';

const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time must be HH:MM (24:00 allowed as end)');

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
    monthDays: z.record(z.string().regex(/^([1-9]|[12]\d|3[01])$/), z.array(openingWindowSchema)).optional(),
    closedDates: z.array(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)).optional(),
  }),
  /** Hours exist but we could not confirm them: shown as 「受付時間は窓口にご確認ください」. */
  z.strictObject({ kind: z.literal('unknown') }),
]);
export type Hours = z.infer<typeof hoursSchema>;

export const channelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phone'), number: z.string().regex(/^[0-9-]{3,14}$/).optional() }),
  z.strictObject({ type: z.enum(['chat', 'line', 'web']), url: z.url().optional() }),
  z.strictObject({ type: z.literal('visit') }),
]);
export type Channel = z.infer<typeof channelSchema>;

export const helplineSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
    name: z.string().min(1),
    /** One plain sentence: who it is for and what it helps with. */
    description: z.string().min(1),
    channels: z.array(channelSchema).min(1),
    hours: hoursSchema,
    /** Free-text detail shown under the hours (e.g. 「毎月10日は翌朝8時まで」). */
    hoursNote: z.string().optional(),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    /** Topics it helps with; empty = any topic. */
    topics: z.array(z.enum(ALL_TOPICS)),
    scope: z.enum(['emergency', 'national', 'prefecture', 'local']),
    /** 119/110: shown first in the crisis panel, never ranked among the rest. */
    emergency: z.boolean().default(false),
    /** Crisis lines lead the list when the safety flag is raised. */
    crisis: z.boolean().default(false),
    sourceUrl: z.url().optional(),
    verifiedOn: z.iso.date(),
    unverified: z.boolean().default(false),
    unverifiedReason: z.string().optional(),
  })
  .refine((h) => h.unverified || h.sourceUrl !== undefined, {
    message: 'a verified helpline must carry its sourceUrl',
  })
  .refine((h) => !h.unverified || (h.unverifiedReason ?? '').length > 0, {
    message: 'an unverified helpline must say why (unverifiedReason)',
  });
export type Helpline = z.infer<typeof helplineSchema>;
export type HelplineInput = z.input<typeof helplineSchema>;
