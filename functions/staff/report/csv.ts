/**
 * @module
 * The report as a CSV file Excel in Japan opens correctly with a double
 * click: UTF-8 with a byte-order mark, CRLF line ends, Japanese headers, one
 * row per period × dimension. Written with csv-stringify so quoting of
 * labels with commas or quotes is never hand-rolled.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report } from './build';
import type { ReportLine } from './lines';

export const CSV_COLUMNS = ['期間', '区分', '項目', '件数', '前年度同期間', '増減', '増減率（%）', '比較期間'] as const;
export const BOM = '\uFEFF';

const slash = (ymd: string) => ymd.replaceAll('-', '/');

/**
 * Excel runs a cell starting with = + - @ (or a tab/CR) as a formula; a label
 * typed by an admin must never become one, so such text gets a leading quote.
 * Only text columns pass through here: negative changes stay numbers.
 */
export const excelSafe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const reportCsv = (report: Report): string => {
  const { period } = report;
  const periodCell = `${period.label}（${slash(period.start)}～${slash(period.end)}）`;
  const compareCell = `${period.previousLabel}（${slash(period.previousStart)}～${slash(period.previousEnd)}）`;
  const row = (when: string, section: string, line: ReportLine) =>
    [excelSafe(when), excelSafe(section), excelSafe(line.label), line.current, line.previous, line.change ?? '', line.changeRate ?? '', excelSafe(compareCell)];
  const records = [
    ...report.sections.flatMap((section) => section.lines.map((line) => row(periodCell, section.title, line))),
    ...report.monthly.flatMap((point) => point.lines.map((line) => row(point.label, '月別', line))),
  ];
  return BOM + stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
};

/** `matsudo_令和8年度_2026-04-01_2026-11-30.csv`, safe for Content-Disposition via RFC 5987. */
export const csvFileName = (report: Report): string => `${report.tenant}_${report.period.label}_${report.period.start}_${report.period.end}.csv`;
