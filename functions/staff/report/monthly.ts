/**
 * @module
 * The month-by-month series a dashboard draws as bars: access, completions by
 * mode and helpline taps per month of the period, each beside the same month
 * one year earlier (令和8年4月 against 令和7年4月, never the whole period). A
 * month cut short at yesterday (前日まで) or by explicit dates is compared with
 * the same days of last year, because the previous rows were read for exactly
 * those days; each point says which days those are.
 */
import { MODES } from '../../../shared/domain';
import { daysInMonth, monthsBetween, parseYm, samePeriodLastYear, type DateRange } from '../../../shared/periods';
import type { CounterRow } from '../../store';
import { aggregate, emptyReportFigures, type Figures } from './aggregate';
import { eraMonthLabel, MODE_LABELS } from './labels';
import { complementSuppression } from './complement';
import { countLine, type ReportLine } from './lines';

export interface MonthlyPoint {
  month: string;
  /** 「令和8年4月」 */
  label: string;
  /** The days of this month counted (a month cut short by the period ends early). */
  start: string;
  end: string;
  /** The same month last year, 「令和7年4月」, and the days of it compared. */
  previousMonth: string;
  previousLabel: string;
  previousStart: string;
  previousEnd: string;
  lines: ReportLine[];
}

const byMonth = (rows: readonly CounterRow[]) => {
  const groups = new Map<string, CounterRow[]>();
  for (const row of rows) {
    const month = row.period.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), row]);
  }
  return groups;
};

const lastYearMonth = (month: string): string => {
  const { year, month: m } = parseYm(month);
  return `${year - 1}-${String(m).padStart(2, '0')}`;
};

export const monthlySeries = (range: DateRange, current: readonly CounterRow[], previous: readonly CounterRow[], suppress: boolean): MonthlyPoint[] => {
  const cur = byMonth(current);
  const prev = byMonth(previous);
  // Monthly totals never depend on channel names, so no registry is needed here.
  const figuresOf = (groups: Map<string, CounterRow[]>, month: string): Figures => {
    const rows = groups.get(month);
    return rows ? aggregate(rows, new Set()) : emptyReportFigures();
  };
  const points = monthsBetween(range.start, range.end).map((month): MonthlyPoint => {
    const previousMonth = lastYearMonth(month);
    const c = figuresOf(cur, month);
    const p = figuresOf(prev, previousMonth);
    const { year, month: m } = parseYm(month);
    const first = `${month}-01`;
    const last = `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
    const days = { start: first < range.start ? range.start : first, end: last > range.end ? range.end : last };
    const before = samePeriodLastYear(days);
    return {
      month,
      label: eraMonthLabel(month),
      ...days,
      previousMonth,
      previousLabel: eraMonthLabel(previousMonth),
      previousStart: before.start,
      previousEnd: before.end,
      lines: [
        countLine('views', 'アクセス数', c.views, p.views, suppress),
        countLine('completions', 'チェック完了数', c.completions, p.completions, suppress),
        ...MODES.map((mode) =>
          countLine(`completions|${mode}`, `チェック完了数（${MODE_LABELS[mode]}）`, c.completionsByMode[mode] ?? 0, p.completionsByMode[mode] ?? 0, suppress),
        ),
        countLine('helplineTaps', '相談窓口タップ数', c.helplineTaps, p.helplineTaps, suppress),
      ],
    };
  });
  if (suppress) {
    // Each month's modes add up to its completions; each figure's months add up to the period's total.
    const inMonth = points.map((point) => point.lines.filter((line) => line.key.startsWith('completions|')));
    const keys = points[0]?.lines.map((line) => line.key) ?? [];
    const acrossMonths = keys.map((key) => points.flatMap((point) => point.lines.filter((line) => line.key === key)));
    complementSuppression([...inMonth, ...acrossMonths]);
  }
  return points;
};
