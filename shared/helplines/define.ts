/**
 * @module
 * Writing helpline data: every module of entries goes through
 * `defineHelplines`, which fills the schema's defaults and nothing more, so
 * importing the data costs a Lambda's cold start no validator. The data is
 * validated where it is shipped from: `validateTenants` (./validate and
 * shared/tenants/validate) runs in the unit tests, in the front-end build
 * before any page is written, and in `cdk synth` — a malformed entry fails
 * all three and never reaches a resident.
 */
import { AUDIENCES, type Audience } from '../domain';
import type { Helpline, HelplineInput } from './schema';

/** A line for everyone lists every audience, so no mode filters it out — including an audience added later. */
export const EVERYONE: Audience[] = [...AUDIENCES];

/**
 * The date we transcribed these entries from the handbook
 * (../shared/content/helplines-ja.md). The handbook's values come from dated
 * public-page snapshots (the year is noted beside each source) and name no
 * single snapshot date, so this is when they were read from it — not a live
 * check of the source. Re-verify against 厚生労働省「まもろうよ こころ」 before launch.
 */
export const HANDBOOK_READ_ON = '2026-11-27';

type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
const WEEKDAYS: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '7'];

/** Weekly `days` with the same window on all seven days (the schema wants every day listed). */
export function everyDay(start: string, end: string): Record<Weekday, { start: string; end: string }[]> {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start, end }]])) as Record<Weekday, { start: string; end: string }[]>;
}

/**
 * Keeps each entry's id as written (`Id`), so the ids of the shipped data are
 * a type (shared/helplines/texts: a line without its texts in every language
 * is a type error).
 */
export function defineHelplines<const Id extends string>(inputs: readonly (HelplineInput & { id: Id })[]): (Helpline & { id: Id })[] {
  return inputs.map((input) => ({ ...input, emergency: input.emergency ?? false, crisis: input.crisis ?? false, unverified: input.unverified ?? false }));
}
