/**
 * @module
 * The trend over fiscal years: access, checks started and completed (by
 * mode) and helpline taps for each of the last five fiscal years, the newest
 * one counted to the last complete month (月末実績, 「令和8年度（4月～11月）」)
 * and compared with the same months of the year before, the others whole.
 * A year with no counter at all says so (`recorded: false`, 「記録なし」)
 * instead of showing 0件, and years before the first one with records are
 * left out. Past years are read from their monthly rollups, one partition per
 * year, so the trend costs the same whatever the traffic.
 */
import { MODES } from '../../../shared/domain';
import { fiscalYearOf, slashDate, fiscalYearRange, lastCompleteMonth, monthRange, reiwaLabel, samePeriodLastYear, type DateRange, type Ymd } from '../../../shared/periods';
import { excelSafe } from './labels';
import type { CounterRow } from '../../store';
import { aggregate, type Figures } from './aggregate';
import { complementSuppression } from './complement';
import { MODE_LABELS } from './labels';
import { countLine, type ReportLine } from './lines';

export const TREND_SECTION = '年度推移';
export const NOT_RECORDED = '記録なし';

/** How many fiscal years the trend shows at most. */
export const TREND_YEARS = 5;

export interface TrendYear {
  fy: number;
  /** 「令和7年度」, or 「令和8年度（4月～11月）」 for the running year. */
  label: string;
  start: Ymd;
  end: Ymd;
  /** The running fiscal year, counted to the last complete month. */
  partial: boolean;
  /** Whether any counter exists for the year; a year without is 「記録なし」, not 0件. */
  recorded: boolean;
  /** Whether the year before has any counter for the same months; without, there is no change to show. */
  previousRecorded: boolean;
  /** Under the chart's column: 「令和7年度」, 「令和8年度（11月まで）」. */
  tick: string;
  /** Each figure beside the same months of the year before. */
  lines: ReportLine[];
}

export interface Trend {
  tenant: string;
  suppressed: boolean;
  /** Oldest first, as a chart reads. */
  years: TrendYear[];
  read: { items: number; queries: number };
}

/** The running fiscal year's months to the last complete month; none on 1–30 April (the year has no complete month yet). */
export const trendRanges = (today: Ymd, count = TREND_YEARS): { fy: number; range: DateRange; partial: boolean }[] => {
  const last = lastCompleteMonth(today);
  const newest = fiscalYearOf(`${last}-01`);
  const newestRange = monthRange(`${newest}-04`, last);
  return Array.from({ length: count }, (_, i) => newest - (count - 1) + i).map((fy) =>
    fy === newest ? { fy, range: newestRange, partial: newestRange.end !== fiscalYearRange(fy).end } : { fy, range: fiscalYearRange(fy), partial: false },
  );
};

/** 「4月～11月」, 「4月」. */
const monthsText = (range: DateRange): string => {
  const [from, to] = [Number(range.start.slice(5, 7)), Number(range.end.slice(5, 7))];
  return from === to ? `${from}月` : `${from}月～${to}月`;
};

const inRange = (rows: readonly CounterRow[], range: DateRange): CounterRow[] =>
  // Rolled-up months carry `YYYY-MM`, days `YYYY-MM-DD`: both compare as text against the range's days and months.
  rows.filter((row) => row.period >= range.start.slice(0, row.period.length) && row.period <= range.end.slice(0, row.period.length));

const linesOf = (c: Figures, p: Figures, suppress: boolean): ReportLine[] => [
  countLine('views', 'アクセス数', c.views, p.views, suppress),
  countLine('starts', 'チェック開始数', c.starts, p.starts, suppress),
  countLine('completions', 'チェック完了数', c.completions, p.completions, suppress),
  ...MODES.map((mode) => countLine(`completions|${mode}`, `チェック完了数（${MODE_LABELS[mode]}）`, c.completionsByMode[mode] ?? 0, p.completionsByMode[mode] ?? 0, suppress)),
  countLine('helplineTaps', '相談窓口タップ数', c.helplineTaps, p.helplineTaps, suppress),
];

export interface TrendInput {
  tenant: string;
  today: Ymd;
  suppress: boolean;
  /** Reads a fiscal year's counters (rollups for closed months). */
  read: (from: Ymd, to: Ymd) => Promise<{ rows: readonly CounterRow[]; itemsRead: number; queries: number }>;
}

export const buildTrend = async ({ tenant, today, suppress, read }: TrendInput): Promise<Trend> => {
  const ranges = trendRanges(today);
  const oldest = ranges[0];
  if (!oldest) return { tenant, suppressed: suppress, years: [], read: { items: 0, queries: 0 } };
  // One read per fiscal year, and one more for the year before the oldest (its comparison).
  const years = [fiscalYearRange(oldest.fy - 1), ...ranges.map((r) => fiscalYearRange(r.fy))];
  const results = await Promise.all(years.map((range) => read(range.start, range.end)));
  const rowsOf = (fy: number): readonly CounterRow[] => results[fy - (oldest.fy - 1)]?.rows ?? [];
  const all = ranges.map(({ fy, range, partial }): TrendYear => {
    const current = inRange(rowsOf(fy), range);
    const previous = inRange(rowsOf(fy - 1), samePeriodLastYear(range));
    const lines = linesOf(aggregate(current, new Set()), aggregate(previous, new Set()), suppress);
    // Against a year with no record there is no change to speak of: 0 → 4,325 is not growth.
    if (previous.length === 0) for (const line of lines) Object.assign(line, { change: null, changeRate: null });
    return {
      fy,
      label: partial ? `${reiwaLabel(fy)}（${monthsText(range)}）` : reiwaLabel(fy),
      tick: partial ? `${reiwaLabel(fy)}（${Number(range.end.slice(5, 7))}月まで）` : reiwaLabel(fy),
      start: range.start,
      end: range.end,
      partial,
      recorded: current.length > 0,
      previousRecorded: previous.length > 0,
      lines,
    };
  });
  const first = all.findIndex((y) => y.recorded);
  const shown = first < 0 ? [] : all.slice(first);
  // A year's modes add up to its completions: hide a second mode when one is under 5.
  if (suppress) complementSuppression(shown.map((y) => y.lines.filter((l) => l.key.startsWith('completions|'))));
  return {
    tenant,
    suppressed: suppress,
    years: shown,
    read: { items: results.reduce((n, r) => n + r.itemsRead, 0), queries: results.reduce((n, r) => n + r.queries, 0) },
  };
};

/** The trend's rows for the report CSV (区分 「年度推移」), in its columns; each year beside the same months of the year before. */
export const trendCsvLines = (trend: Trend): (string | number)[][] =>
  trend.years.flatMap((year) => {
    const previous = samePeriodLastYear({ start: year.start, end: year.end });
    const when = `${year.label}（${slashDate(year.start)}～${slashDate(year.end)}）`;
    const compare = `${reiwaLabel(year.fy - 1)}${year.partial ? '同期間' : ''}（${slashDate(previous.start)}～${slashDate(previous.end)}）`;
    // A year with no counter at all is 「記録なし」, never a row of zeros.
    return year.lines.map((line) => [
      excelSafe(when),
      TREND_SECTION,
      excelSafe(line.label),
      year.recorded ? line.current : NOT_RECORDED,
      year.previousRecorded ? line.previous : NOT_RECORDED,
      year.recorded ? (line.change ?? '') : '',
      year.recorded ? (line.changeRate ?? '') : '',
      excelSafe(compare),
    ]);
  });
