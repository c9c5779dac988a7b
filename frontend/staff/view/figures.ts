/**
 * @module
 * Turns a staff report into what each chart draws: plain rows of a label,
 * this period's figure and the same period last year. Modes are summed
 * where a chart shows all users (age bands; result bands of the modes that
 * run one instrument), keeping each mode in the table; a mode about someone
 * else (家族) counts that person's age, so it keeps its own column beside the
 * age chart and is not added in. Channels and helplines are ranked by this
 * period's figure. Pure, so every figure on screen can be checked against the report.
 */
import { AGE_BANDS, MODES, type Band, type Mode } from '../../../shared/domain';
import { RELATIONSHIPS } from '../../../shared/domain/relationships';
import { LANGS } from '../../../shared/languages';
import { modeSpec, type InstrumentId } from '../../../shared/modes';
import { AGE_LABELS, instrumentBandLabel, modesRunning, RELATIONSHIP_LABELS } from '../../../functions/staff/report/labels';
import type { ChannelKind } from '../../../functions/staff/channels/kinds';
import type { Report, ReportLine } from '../api';
import { MODE_VALUES, type ReportChannel, type SectionId } from '../../../functions/staff/report/sections';
import { countLine } from '../../../functions/staff/report/lines';
import { countValue } from './format';

export type { ReportLine };

/** A figure as a table shows it: a count, a mark (5未満 / 秘匿), or 「—」 for a sum that would give a hidden part back. */
export type ShownCell = ReportLine['current'] | typeof NOT_SHOWN;
export const NOT_SHOWN = '—';

export interface ChartRow {
  key: string;
  label: string;
  /** What the chart draws (a hidden figure draws as nothing). */
  current: number;
  previous: number;
  /** What the table says: a sum only when every part is shown, so a 公表用 table never re-adds a hidden cell. */
  cells: { current: ShownCell; previous: ShownCell; change: number | null; changeRate: number | null };
  /** The report lines behind the row, for its table. */
  lines: ReportLine[];
  /**
   * Rows by mode: each mode's own line, absent where the report has none (10代モード beyond 10代), so a table column stays that mode's.
   * The row sums the modes in `lines`; a mode listed here but not summed (家族 in the age chart) is a column of its own.
   */
  byMode?: Partial<Record<Mode, ReportLine>>;
  highlight?: boolean;
}

export const sectionLines = (report: Report, id: SectionId): ReportLine[] => report.sections.find((s) => s.id === id)?.lines ?? [];

const lineOf = (report: Report, id: SectionId, key: string): ReportLine | undefined => sectionLines(report, id).find((l) => l.key === key);

const sumOf = (cells: ReportLine['current'][]): ShownCell => (cells.every((c) => typeof c === 'number') ? cells.reduce<number>((n, c) => n + (c as number), 0) : NOT_SHOWN);

/** One line's own cells, or a sum of several with its change worked out like a report line's. */
export const shownCells = (lines: ReportLine[]): ChartRow['cells'] => {
  if (lines.length === 1 && lines[0]) return { current: lines[0].current, previous: lines[0].previous, change: lines[0].change, changeRate: lines[0].changeRate };
  const current = sumOf(lines.map((l) => l.current));
  const previous = sumOf(lines.map((l) => l.previous));
  if (typeof current !== 'number' || typeof previous !== 'number') return { current, previous, change: null, changeRate: null };
  // The change and its rate by the report's own rule (lines.ts), so a summed row reads like a CSV line.
  const { change, changeRate } = countLine('', '', current, previous, false);
  return { current, previous, change, changeRate };
};

const row = (key: string, label: string, lines: ReportLine[], highlight = false): ChartRow => ({
  key,
  label,
  current: lines.reduce((n, l) => n + countValue(l.current), 0),
  previous: lines.reduce((n, l) => n + countValue(l.previous), 0),
  cells: shownCells(lines),
  lines,
  highlight,
});

const byModeRows = (
  report: Report,
  id: SectionId,
  values: readonly string[],
  label: (value: string) => string,
  { highlight, modes = MODES, summed = modes }: { highlight?: string; modes?: readonly Mode[]; summed?: readonly Mode[] } = {},
): ChartRow[] =>
  values.map((value) => {
    const byMode: Partial<Record<Mode, ReportLine>> = {};
    for (const mode of modes) {
      const line = lineOf(report, id, `${mode}|${value}`);
      if (line) byMode[mode] = line;
    }
    const lines = summed.map((mode) => byMode[mode]).filter((l): l is ReportLine => l !== undefined);
    return { ...row(value, label(value), lines, value === highlight), byMode };
  });

/** The modes about the resident (本人, 10代, 赤ちゃんママ), whose age band is the resident's own. */
export const SELF_MODES: readonly Mode[] = MODES.filter((mode) => !modeSpec(mode).aboutOther);
/** The modes about someone else (家族): their age band and relationship are that person's. */
export const OTHER_MODES: readonly Mode[] = MODES.filter((mode) => modeSpec(mode).aboutOther);

/**
 * Completions per age band of the modes about the resident, summed; 10代 is the plan's priority group and is marked.
 * 家族's lines (the other person's age) ride along in `byMode` for their own column.
 */
export const ageRows = (report: Report): ChartRow[] =>
  byModeRows(report, 'completionsByModeAge', AGE_BANDS, (v) => AGE_LABELS[v as keyof typeof AGE_LABELS] ?? v, { highlight: '10s', summed: SELF_MODES });

/**
 * Completions per result band of one instrument, the modes that run it summed (the K6's modes together, 家族's checklist
 * alone), each band named by its instrument (a range or a count of signs, never a diagnosis word).
 */
export const bandRows = (report: Report, instrument: InstrumentId = 'k6-ja'): ChartRow[] => {
  const modes = modesRunning(instrument);
  const bands = [...new Set(modes.flatMap((mode) => MODE_VALUES[mode].bands))];
  return byModeRows(report, 'completionsByModeBand', bands, (band) => instrumentBandLabel(instrument, band as Band), { modes });
};

/** Completions by who the other person is, in the modes about someone else (家族), summed over those modes. */
export const relationshipRows = (report: Report): ChartRow[] =>
  byModeRows(report, 'completionsByModeRelationship', RELATIONSHIPS, (v) => RELATIONSHIP_LABELS[v as keyof typeof RELATIONSHIP_LABELS] ?? v, { modes: OTHER_MODES });

/** One page language's row: its accesses (what the chart draws), starts and completions, in the order the page offers them. */
export interface LanguageRow extends ChartRow {
  views: ReportLine;
  starts?: ReportLine;
  completions?: ReportLine;
}

/** Accesses, starts and completions by the page's language (日本語 first), each from its own section, never summed together. */
export const languageRows = (report: Report): LanguageRow[] =>
  LANGS.map((lang) => lineOf(report, 'viewsByLanguage', lang))
    .filter((views): views is ReportLine => views !== undefined)
    .map((views) => {
      const starts = lineOf(report, 'startsByLanguage', views.key);
      const completions = lineOf(report, 'completionsByLanguage', views.key);
      return { ...row(views.key, views.label, [views]), views, ...(starts ? { starts } : {}), ...(completions ? { completions } : {}) };
    });

export const hourRows = (report: Report): ChartRow[] => sectionLines(report, 'completionsByHour').map((l) => row(l.key, l.label, [l]));

const ranked = (rows: ChartRow[]): ChartRow[] =>
  [...rows].sort((a, b) => b.current - a.current || b.previous - a.previous || a.label.localeCompare(b.label, 'ja'));

/** Outreach channels by access this period, each with its completions beside. */
export const channelRows = (report: Report): ChartRow[] =>
  ranked(
    sectionLines(report, 'viewsByChannel').map((views) => {
      const completions = lineOf(report, 'completionsByChannel', views.key);
      return { ...row(views.key, views.label, [views]), lines: completions ? [views, completions] : [views] };
    }),
  );

/** One channel's row of the channel table: what it is, and its published lines (absent where the report has none, e.g. no copies counted). */
export interface ChannelTableRow {
  key: string;
  label: string;
  /** Absent for 経路なし（直接） and 未登録. */
  channel?: ReportChannel;
  views: ReportLine;
  completions?: ReportLine;
  completionRate?: ReportLine;
  viewsPer100?: ReportLine;
}

/** Every channel row, ranked as the chart ranks them, with its completion rate and accesses per 100 copies. */
export const channelTableRows = (report: Report): ChannelTableRow[] => {
  const described = new Map((report.sections.find((s) => s.id === 'viewsByChannel')?.channels ?? []).map((ch) => [ch.key, ch]));
  return channelRows(report).map((r) => {
    const channel = described.get(r.key);
    return {
      key: r.key,
      label: r.label,
      ...(channel ? { channel } : {}),
      views: r.lines[0] as ReportLine,
      completions: r.lines[1],
      completionRate: lineOf(report, 'completionRateByChannel', r.key),
      viewsPer100: lineOf(report, 'viewsPer100ByChannel', r.key),
    };
  });
};

export interface ChannelKindRow {
  key: ChannelKind;
  label: string;
  views: ReportLine;
  completions?: ReportLine;
  completionRate?: ReportLine;
  viewsPer100?: ReportLine;
}

/** Totals by kind (ステッカー計, チラシ計 …) in the report's order; only kinds with a registered channel. */
export const channelKindRows = (report: Report): ChannelKindRow[] =>
  sectionLines(report, 'viewsByChannelKind').map((views) => ({
    key: views.key as ChannelKind,
    label: views.label,
    views,
    completions: lineOf(report, 'completionsByChannelKind', views.key),
    completionRate: lineOf(report, 'completionRateByChannelKind', views.key),
    viewsPer100: lineOf(report, 'viewsPer100ByChannelKind', views.key),
  }));

/** The kind totals as chart rows (this period against last year's accesses). */
export const channelKindChartRows = (report: Report): ChartRow[] => channelKindRows(report).map((r) => row(r.key, r.label, [r.views]));

export const helplineRows = (report: Report): ChartRow[] => ranked(sectionLines(report, 'helplineTaps').map((l) => row(l.key, l.label, [l])));

export interface MonthBar {
  month: string;
  label: string;
  /** The same month last year, 「令和7年4月」. */
  previousLabel: string;
  byMode: Record<Mode, number>;
  current: number;
  previous: number;
  lines: ReportLine[];
}

/** A month's line (`views`, `completions`, `completions|self` …), as the report gives it. */
export const monthLine = (bar: Pick<MonthBar, 'lines'>, key: string): ReportLine | undefined => bar.lines.find((l) => l.key === key);

/** Completions per month split by mode, with last year's total for the same month. */
export const monthBars = (report: Report): MonthBar[] =>
  report.monthly.map((point) => {
    const find = (key: string) => point.lines.find((l) => l.key === key);
    const byMode = Object.fromEntries(MODES.map((mode) => [mode, countValue(find(`completions|${mode}`)?.current ?? 0)])) as Record<Mode, number>;
    const total = find('completions');
    return {
      month: point.month,
      label: point.label,
      previousLabel: point.previousLabel,
      byMode,
      current: countValue(total?.current ?? 0),
      previous: countValue(total?.previous ?? 0),
      lines: point.lines,
    };
  });

export const HEADLINE_KEYS = ['views', 'starts', 'completions', 'helplineTaps'] as const;

export const headlineLines = (report: Report): ReportLine[] =>
  HEADLINE_KEYS.map((key) => lineOf(report, 'summary', key)).filter((l): l is ReportLine => l !== undefined);

export const tapRateLine = (report: Report): ReportLine | undefined => lineOf(report, 'summary', 'tapRate');
