/**
 * @module
 * Numbers as staff write them in the plan's report: 「46,293件」, a change
 * with its sign, the rate of change, a rate per 100 to one decimal — and a
 * suppressed cell stays 「5未満」 wherever it appears, never a number. Periods
 * in 令和 (「令和8年4月～11月」) for captions, so a table pasted into Word or
 * Excel still says which months it counts.
 */
import type { ReportLine } from '../api';

const grouping = new Intl.NumberFormat('ja-JP');
const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A report cell, or 「—」 where a table leaves a sum out. */
export type Cell = ReportLine['current'] | '—';

export const countText = (cell: Cell): string => (typeof cell === 'number' ? grouping.format(cell) : cell);

/** 「1,234件」 with its unit; a mark (5未満 / 秘匿 / —) stands alone, never 「5未満件」. */
export const countWithUnit = (cell: Cell, unit = '件'): string => (typeof cell === 'number' ? `${grouping.format(cell)}${unit}` : cell);

/** A suppressed or missing figure draws as nothing; its table cell still says 5未満. */
export const countValue = (cell: Cell): number => (typeof cell === 'number' ? cell : 0);

export const signed = (n: number, format: (n: number) => string = (x) => grouping.format(x)): string =>
  n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : '±0';

/** 「+477（+1.0%）」; 「+12」 when last year was 0 (no rate); 「—」 when the change is withheld. */
export const changeText = (line: Pick<ReportLine, 'change' | 'changeRate'>): string => {
  if (line.change === null) return '—';
  const rate = line.changeRate === null ? '' : `（${signed(line.changeRate, (x) => oneDecimal.format(x))}%）`;
  return `${signed(line.change)}${rate}`;
};

/** 「2026年4月1日」 from `2026-04-01`. */
export const jaDate = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** A figure per 100 (always one decimal, so 12 and 12.3 line up as 「12.0件」 and 「12.3件」); 5未満 as it is. */
export const perHundredText = (cell: Cell): string => (typeof cell === 'number' ? `${oneDecimal.format(cell)}件` : cell);

/** Periods in 令和 (「令和8年4月～11月」) and 出力日 (「令和8年12月2日」), by the same rules as the API's labels and the CSV. */
export { eraDateLabel as reiwaDate, reiwaSpan } from '../../../shared/periods/era';
