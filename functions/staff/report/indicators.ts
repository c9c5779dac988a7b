/**
 * @module
 * The plan's indicators for a report: each tenant indicator's figure for its
 * own default period (月末実績) and the same months last year, summed by the
 * report's own `aggregate` from the same counter rows — the report's rows when
 * they cover the indicator's months, otherwise one extra read per side — so
 * an indicator can never disagree with the section line it matches.
 * `indicatorCsvLines` gives the rows for the report CSV, in its columns.
 * With suppression on, a figure reads as the 公表用 report for the same
 * months lets it be read: under 5 「5未満」, and 「秘匿」 where any part of it
 * is hidden there — under 5 or by complementary suppression — so an
 * indicator pasted beside that report never gives a hidden cell back.
 */
import {
  fillTemplate,
  indicatorPeriod,
  termsFor,
  type Indicator,
  type IndicatorFigureSpec,
  type IndicatorPeriod,
  type Term,
} from '../../../shared/indicators';
import { monthRange, type DateRange, type Ymd } from '../../../shared/periods';
import type { CounterReadResult, CounterRow } from '../../store';
import { aggregate, type Figures } from './aggregate';
import type { Report } from './build';
import { excelSafe, slashDate } from './labels';
import { COMPLEMENT_SUPPRESSED, SUPPRESSED, SUPPRESSION_THRESHOLD } from './lines';
import { buildSections, MODE_VALUES, type SectionId } from './sections';

/** 「秘匿」 (the report's own mark): a sum of several report cells, one of which suppression hides, so the sum would give it back. */
export const WITHHELD = COMPLEMENT_SUPPRESSED;
export type IndicatorValue = number | typeof SUPPRESSED | typeof WITHHELD;

export interface ReportIndicator {
  id: string;
  /** As the plan writes it. */
  name: string;
  /** The 用語 the name uses (利用者数, アクセス数 …), for the label's definition. */
  terms: Term['id'][];
  value: IndicatorValue;
  /** The same months one year earlier (前年度同期間). */
  lastYear: IndicatorValue;
  change: number | null;
  period: {
    /** 「令和8年6月～11月」. */
    label: string;
    /** 「6～11月」, the plan's short form. */
    months: string;
    start: string;
    end: string;
    previousLabel: string;
    previousStart: string;
    previousEnd: string;
  };
  /** The plan's sentence, filled: ready to paste. */
  sentence: string;
}

/** The report cells an indicator's figure adds up: one per mode, or the single total of views. */
export const figureParts = (figure: IndicatorFigureSpec, f: Figures): number[] => {
  switch (figure.kind) {
    case 'view':
      return [f.views];
    case 'start':
      return figure.modes.map((mode) => f.startsByMode[mode] ?? 0);
    case 'complete':
      return figure.modes.map((mode) => (figure.ageBand ? f.byModeAge[`${mode}|${figure.ageBand}`] : f.completionsByMode[mode]) ?? 0);
  }
};

/** Rows of days inside `range`; a month row counts when the whole month is inside (indicator periods are whole months). */
export const rowsWithin = (rows: readonly CounterRow[], range: DateRange): CounterRow[] =>
  rows.filter((row) => {
    const days = row.period.length === 7 ? monthRange(row.period, row.period) : { start: row.period, end: row.period };
    return days.start >= range.start && days.end <= range.end;
  });

const NO_CHANNELS: ReadonlySet<string> = new Set();

/**
 * Where each part of an indicator's figure is published in a report for the
 * same months: the section and line key. Parts that cannot occur (a mode that
 * never asks the age band, see MODE_VALUES) are no part: they would count as
 * 「5未満」 and withhold a real figure.
 */
export const publishedParts = (figure: IndicatorFigureSpec): { section: SectionId; key: string }[] => {
  switch (figure.kind) {
    case 'view':
      return [{ section: 'summary', key: 'views' }];
    case 'start':
      return figure.modes.map((mode) => ({ section: 'startsByMode', key: mode }));
    case 'complete': {
      const { ageBand } = figure;
      return ageBand
        ? figure.modes.filter((mode) => MODE_VALUES[mode].ageBands.includes(ageBand)).map((mode) => ({ section: 'completionsByModeAge', key: `${mode}|${ageBand}` }))
        : figure.modes.map((mode) => ({ section: 'completionsByMode', key: mode }));
    }
  }
};

const NO_HELPLINE_NAMES = (id: string) => id;

/**
 * The figure as the 公表用 report for the same months would let it be read: a
 * total under 5 is 「5未満」; a total over parts of which the report hides any
 * — under 5, or 「秘匿」 by complementary suppression — is 「秘匿」, since the
 * indicator beside that report would give the hidden cell back; otherwise the
 * total. Unsuppressed, the plain total.
 */
const valuesOf = (figure: IndicatorFigureSpec, cur: Figures, prev: Figures, suppress: boolean): { value: IndicatorValue; lastYear: IndicatorValue } => {
  const parts = publishedParts(figure);
  const totalOf = (f: Figures) => figureParts(figure, f).reduce((a, b) => a + b, 0);
  const [currentTotal, previousTotal] = [totalOf(cur), totalOf(prev)];
  if (!suppress) return { value: currentTotal, lastYear: previousTotal };
  const sections = buildSections(cur, prev, { channels: new Map(), helplineName: NO_HELPLINE_NAMES, suppress: true });
  const cellsOf = (column: 'current' | 'previous') =>
    parts.map(({ section, key }) => sections.find((s) => s.id === section)?.lines.find((l) => l.key === key)?.[column]);
  const mark = (total: number, cells: ReturnType<typeof cellsOf>): IndicatorValue =>
    total < SUPPRESSION_THRESHOLD ? SUPPRESSED : cells.some((c) => typeof c !== 'number') ? WITHHELD : total;
  return { value: mark(currentTotal, cellsOf('current')), lastYear: mark(previousTotal, cellsOf('previous')) };
};

export const computeIndicator = (
  indicator: Indicator,
  period: IndicatorPeriod,
  current: readonly CounterRow[],
  previous: readonly CounterRow[],
  suppress: boolean,
): ReportIndicator => {
  const { value, lastYear } = valuesOf(
    indicator.figure,
    aggregate(rowsWithin(current, period.range), NO_CHANNELS),
    aggregate(rowsWithin(previous, period.previous), NO_CHANNELS),
    suppress,
  );
  return {
    id: indicator.id,
    name: indicator.name,
    terms: termsFor(indicator.figure.kind, indicator.name).map((t) => t.id),
    value,
    lastYear,
    change: typeof value === 'number' && typeof lastYear === 'number' ? value - lastYear : null,
    period: {
      label: period.label,
      months: period.months,
      start: period.range.start,
      end: period.range.end,
      previousLabel: period.previousLabel,
      previousStart: period.previous.start,
      previousEnd: period.previous.end,
    },
    sentence: fillTemplate(indicator.template, { value, lastYear, period: period.months }),
  };
};

export interface RowsRead {
  range: DateRange;
  rows: readonly CounterRow[];
}

export interface IndicatorLoad {
  indicators: readonly Indicator[];
  /** Japan date the report is made on. */
  today: Ymd;
  /** What the report already read for its period and last year's. */
  report: { current: RowsRead; previous: RowsRead };
  read: (fromYmd: string, toYmd: string) => Promise<CounterReadResult>;
  suppress: boolean;
}

const covers = (outer: DateRange, inner: DateRange) => outer.start <= inner.start && inner.end <= outer.end;
const span = (ranges: DateRange[]): DateRange | undefined =>
  ranges.length === 0 ? undefined : { start: ranges.map((r) => r.start).sort()[0] as string, end: ranges.map((r) => r.end).sort().at(-1) as string };

/** Computes every indicator, reading only the months the report's own reads do not cover (at most one read per side). */
export const loadIndicators = async ({ indicators, today, report, read, suppress }: IndicatorLoad) => {
  const periods = indicators.map((indicator) => indicatorPeriod(indicator.period, today));
  let items = 0;
  let queries = 0;
  const rowsFor = async (have: RowsRead, wanted: DateRange[]): Promise<RowsRead> => {
    const missing = span(wanted.filter((r) => !covers(have.range, r)));
    if (!missing) return have;
    const result = await read(missing.start, missing.end);
    items += result.itemsRead;
    queries += result.queries;
    return { range: missing, rows: result.rows };
  };
  const [current, previous] = await Promise.all([
    rowsFor(report.current, periods.map((p) => p.range)),
    rowsFor(report.previous, periods.map((p) => p.previous)),
  ]);
  const pick = (a: RowsRead, b: RowsRead, r: DateRange) => (covers(a.range, r) ? a.rows : b.rows);
  return {
    indicators: indicators.map((indicator, i) => {
      const period = periods[i] as IndicatorPeriod;
      return computeIndicator(indicator, period, pick(report.current, current, period.range), pick(report.previous, previous, period.previous), suppress);
    }),
    read: { items, queries },
  };
};


/**
 * The report CSV's rows for the indicators, in its columns (期間, 区分, 項目,
 * 件数, 前年度同期間, 増減, 増減率（%）, 比較期間) under 区分 「計画の指標」.
 */
export const indicatorCsvLines = (report: Pick<Report, 'indicators'>): string[][] =>
  (report.indicators ?? []).map((ind) => {
    const rate = ind.change !== null && typeof ind.lastYear === 'number' && ind.lastYear > 0 ? String(Math.round((ind.change / ind.lastYear) * 1000) / 10) : '';
    return [
      `${ind.period.label}（${slashDate(ind.period.start)}～${slashDate(ind.period.end)}）`,
      '計画の指標',
      excelSafe(ind.name),
      String(ind.value),
      String(ind.lastYear),
      ind.change === null ? '' : String(ind.change),
      rate,
      `${ind.period.previousLabel}（${slashDate(ind.period.previousStart)}～${slashDate(ind.period.previousEnd)}）`,
    ];
  });
