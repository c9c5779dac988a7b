/**
 * @module
 * Loading helpline data: every module of entries goes through
 * `defineHelplines`, which parses each entry with `helplineSchema` and throws
 * at import time, so a malformed entry can never reach a page or a test run.
 */
import * as z from '../validation';
import type { Audience } from '../domain';
import { helplineSchema, type Helpline, type HelplineInput } from './schema';

export class HelplineDataError extends Error {
  override name = 'HelplineDataError';
}

/** A line for everyone lists every audience, so no mode filters it out. */
export const EVERYONE: Audience[] = ['adult', 'teen', 'family', 'perinatal'];

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

export function defineHelplines(inputs: readonly HelplineInput[]): Helpline[] {
  return inputs.map((input) => {
    const parsed = helplineSchema.safeParse(input);
    if (!parsed.success) {
      throw new HelplineDataError(`Helpline "${String(input.id)}" is invalid: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    }
    return parsed.data;
  });
}
