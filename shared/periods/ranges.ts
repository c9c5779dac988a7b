/**
 * @module
 * Inclusive date ranges a report can cover — a fiscal year, a run of months,
 * or explicit days — and the same period one year earlier for the 前年度同期間
 * comparison. Year-shifting keeps month ends as month ends (so all of
 * February 2025 compares with all of February 2024, leap day included) and
 * maps a leap day that has no counterpart to February 28.
 */
import { addDays, daysInMonth, formatYm, formatYmd, isLastDayOfMonth, parseYm, parseYmd, type Ym, type Ymd } from './dates';

export interface DateRange {
  /** First day, inclusive. */
  start: Ymd;
  /** Last day, inclusive. */
  end: Ymd;
}

/** Named so the API can turn it into a 400 that says what is wrong. */
export class InvalidRangeError extends Error {
  override name = 'InvalidRangeError';
}

export const dateRange = (start: Ymd, end: Ymd): DateRange => {
  parseYmd(start);
  parseYmd(end);
  if (start > end) throw new InvalidRangeError(`start ${start} is after end ${end}`);
  return { start, end };
};

/** From the first day of `from` to the last day of `to`. */
export const monthRange = (from: Ym, to: Ym): DateRange => {
  const f = parseYm(from);
  const t = parseYm(to);
  if (from > to) throw new InvalidRangeError(`from ${from} is after to ${to}`);
  return {
    start: formatYmd({ year: f.year, month: f.month, day: 1 }),
    end: formatYmd({ year: t.year, month: t.month, day: daysInMonth(t.year, t.month) }),
  };
};

const shiftYear = (ymd: Ymd, years: number, keepMonthEnd: boolean): Ymd => {
  const { year, month, day } = parseYmd(ymd);
  const target = year + years;
  const last = daysInMonth(target, month);
  return formatYmd({ year: target, month, day: keepMonthEnd && isLastDayOfMonth(ymd) ? last : Math.min(day, last) });
};

/** The same days one year earlier (see the module note for month ends and leap days). */
export const samePeriodLastYear = (range: DateRange): DateRange => ({
  start: shiftYear(range.start, -1, false),
  end: shiftYear(range.end, -1, true),
});

/**
 * The newest day a report may count: yesterday in Japan time, the last day
 * that is over (前日まで). A partial today would bias the year-on-year change
 * down, and closed days are read from bounded daily rollups.
 */
export const lastCompleteDay = (today: Ymd): Ymd => addDays(today, -1);

/**
 * The newest month that is over on `today` (Japan date): 2026-12-01 → 2026-11,
 * 2026-11-30 → 2026-10. Month-end figures (月末実績) stop here.
 */
export const lastCompleteMonth = (today: Ymd): Ym => {
  const { year, month } = parseYmd(today);
  return month === 1 ? formatYm(year - 1, 12) : formatYm(year, month - 1);
};

/** Cuts a range that runs past `last`, so a fiscal year in progress compares with the same days last year. */
export const clampRange = (range: DateRange, last: Ymd): DateRange => ({
  start: range.start,
  end: range.end > last ? last : range.end,
});
