/**
 * @module
 * An exclusion: a run of whole JST days an admin took out of the reports,
 * with the reason. Whole days, because a completion's age band, gender,
 * result and topics are kept per day, never per hour (docs/data-model.md):
 * a day is the smallest span every figure can leave exactly. Nothing
 * counted is deleted — the report subtracts the excluded days and says so,
 * and an exclusion is withdrawn by dating it, never by removing it.
 */
import * as z from '../../../shared/validation';

const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const day = (field: string) => z.string().check(z.regex(YMD, `${field} must be a JST day YYYY-MM-DD`));

/** The longest run one exclusion may cover: a flood lasts hours or days, not seasons. */
export const MAX_EXCLUDED_DAYS = 31;
/** Exclusions one municipality may keep (withdrawn ones included). */
export const MAX_EXCLUSIONS_PER_TENANT = 100;

export const exclusionInput = z
  .strictObject({
    from: day('from'),
    to: day('to'),
    reason: z.string().check(z.trim(), z.minLength(4, 'reason must say why, in at least 4 characters'), z.maxLength(200, 'reason must be at most 200 characters')),
  })
  .check(
    z.refine((input) => input.from <= input.to, { error: 'from must not be after to', path: ['to'] }),
    z.refine((input) => daysBetween(input.from, input.to) < MAX_EXCLUDED_DAYS, { error: `an exclusion covers at most ${MAX_EXCLUDED_DAYS} days`, path: ['to'] }),
  );
export type ExclusionInput = z.infer<typeof exclusionInput>;

export interface Exclusion extends ExclusionInput {
  id: string;
  /** JST day it was made. */
  createdOn: string;
  /** JST day it was withdrawn; a withdrawn exclusion no longer changes any figure. */
  withdrawnOn?: string;
}

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The part of `[from, to]` an active exclusion covers, or undefined. */
export const overlapOf = (exclusion: Exclusion, from: string, to: string): { from: string; to: string } | undefined => {
  if (exclusion.withdrawnOn) return undefined;
  const start = exclusion.from > from ? exclusion.from : from;
  const end = exclusion.to < to ? exclusion.to : to;
  return start <= end ? { from: start, to: end } : undefined;
};
