/**
 * @module
 * The period an indicator is reported for (月末実績): its months of the
 * fiscal year, cut at the last complete month, and the same months a year
 * earlier (前年度同期間). A report made on 2026-12-01 for 6～11月 counts
 * 2026-06-01..2026-11-30; one made on 2026-11-30 stops at October, because
 * November is not over. When the months have not begun in the running fiscal
 * year (6～11月 asked in May), the last fiscal year's months are given whole.
 * Labels are in 令和 (shared/periods/era.ts).
 */
import { fiscalYearOf, formatYm, lastCompleteMonth, monthRange, reiwaSpan, samePeriodLastYear, type DateRange, type Ym, type Ymd } from '../periods';
import type { IndicatorPeriodSpec } from './schema';

export interface IndicatorPeriod {
  /** The fiscal year (starting calendar year) the months belong to. */
  fiscalYear: number;
  range: DateRange;
  previous: DateRange;
  /** 「令和8年6月～11月」. */
  label: string;
  /** 「令和7年6月～11月」. */
  previousLabel: string;
  /** The plan's own short form, 「6～11月」, for a template's {period}. */
  months: string;
}

const monthOfFiscalYear = (fy: number, month: number): Ym => formatYm(month >= 4 ? fy : fy + 1, month);

const shortMonths = (range: DateRange): string => {
  const from = Number(range.start.slice(5, 7));
  const to = Number(range.end.slice(5, 7));
  return from === to ? `${from}月` : `${from}～${to}月`;
};

export const indicatorPeriod = (spec: IndicatorPeriodSpec, today: Ymd): IndicatorPeriod => {
  const last = lastCompleteMonth(today);
  const [fromMonth, toMonth] = spec.kind === 'months' ? [spec.from, spec.to] : [4, 3];
  let fy = fiscalYearOf(`${last}-01`);
  // Months not begun this fiscal year: the last fiscal year's, which are all over.
  if (monthOfFiscalYear(fy, fromMonth) > last) fy -= 1;
  const from = monthOfFiscalYear(fy, fromMonth);
  const wanted = monthOfFiscalYear(fy, toMonth);
  const to = wanted > last ? last : wanted;
  const range = monthRange(from, to);
  const previous = samePeriodLastYear(range);
  return { fiscalYear: fy, range, previous, label: reiwaSpan(range.start, range.end), previousLabel: reiwaSpan(previous.start, previous.end), months: shortMonths(range) };
};
