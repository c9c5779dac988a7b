/**
 * @module
 * Turns a staff report into what each chart draws: plain rows of a label,
 * this period's figure and the same period last year. Modes are summed
 * where a chart shows all users (age bands, result bands), keeping each
 * mode in the table; channels and helplines are ranked by this period's
 * figure. Pure, so every figure on screen can be checked against the report.
 */
import { AGE_BANDS, BANDS, MODES, type Mode } from '../../../shared/domain';
import { AGE_LABELS, BAND_LABELS } from '../../../functions/staff/report/labels';
import type { Report, ReportLine } from '../api';
import type { SectionId } from '../../../functions/staff/report/sections';
import { countValue } from './format';

export type { ReportLine };

export interface ChartRow {
  key: string;
  label: string;
  current: number;
  previous: number;
  /** The report lines behind the row, for its table. */
  lines: ReportLine[];
  highlight?: boolean;
}

export const sectionLines = (report: Report, id: SectionId): ReportLine[] => report.sections.find((s) => s.id === id)?.lines ?? [];

const lineOf = (report: Report, id: SectionId, key: string): ReportLine | undefined => sectionLines(report, id).find((l) => l.key === key);

const row = (key: string, label: string, lines: ReportLine[], highlight = false): ChartRow => ({
  key,
  label,
  current: lines.reduce((n, l) => n + countValue(l.current), 0),
  previous: lines.reduce((n, l) => n + countValue(l.previous), 0),
  lines,
  highlight,
});

const byModeRows = (report: Report, id: SectionId, values: readonly string[], labels: Record<string, string>, highlight?: string): ChartRow[] =>
  values.map((value) => {
    const lines = MODES.map((mode) => lineOf(report, id, `${mode}|${value}`)).filter((l): l is ReportLine => l !== undefined);
    return row(value, labels[value] ?? value, lines, value === highlight);
  });

/** Completions per age band, both modes together; 10代 is the plan's priority group and is marked. */
export const ageRows = (report: Report): ChartRow[] => byModeRows(report, 'completionsByModeAge', AGE_BANDS, AGE_LABELS, '10s');

/** Completions per K6 score range (named by range, never by a diagnosis word). */
export const bandRows = (report: Report): ChartRow[] => byModeRows(report, 'completionsByModeBand', BANDS, BAND_LABELS);

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

export const helplineRows = (report: Report): ChartRow[] => ranked(sectionLines(report, 'helplineTaps').map((l) => row(l.key, l.label, [l])));

export interface MonthBar {
  month: string;
  label: string;
  byMode: Record<Mode, number>;
  current: number;
  previous: number;
  lines: ReportLine[];
}

/** Completions per month split by mode, with last year's total for the same month. */
export const monthBars = (report: Report): MonthBar[] =>
  report.monthly.map((point) => {
    const find = (key: string) => point.lines.find((l) => l.key === key);
    const byMode = Object.fromEntries(MODES.map((mode) => [mode, countValue(find(`completions|${mode}`)?.current ?? 0)])) as Record<Mode, number>;
    const total = find('completions');
    return {
      month: point.month,
      label: point.label,
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
