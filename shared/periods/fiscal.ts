/**
 * @module
 * Japanese fiscal years (年度): April 1 to March 31, named after the calendar
 * year they start in and shown as 令和N年度. The era name comes from Intl's
 * Japanese calendar rather than a hand-kept table, so 令和元年度 (2019) and any
 * future era are right without a code change.
 */
import { formatYmd, parseYmd, type Ymd } from './dates';
import type { DateRange } from './ranges';

/** The fiscal year (its starting calendar year) a date belongs to: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export const fiscalYearOf = (ymd: Ymd): number => {
  const { year, month } = parseYmd(ymd);
  return month >= 4 ? year : year - 1;
};

export const fiscalYearRange = (fy: number): DateRange => ({
  start: formatYmd({ year: fy, month: 4, day: 1 }),
  end: formatYmd({ year: fy + 1, month: 3, day: 31 }),
});

const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * 「令和8年度」 for 2026. The year is read at December 31 of the starting year:
 * FY2019 began under 平成 (April 2019) but is called 令和元年度, because the
 * era changed on May 1 and the fiscal year is named by the era in force for
 * most of it.
 */
export const reiwaLabel = (fy: number): string => `${eraYear.format(new Date(Date.UTC(fy, 11, 31, 12)))}度`;
