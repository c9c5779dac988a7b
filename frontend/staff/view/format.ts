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

export type Cell = ReportLine['current'];

export const countText = (cell: Cell): string => (typeof cell === 'number' ? grouping.format(cell) : cell);

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

// The era from Intl's Japanese calendar, as shared/periods names fiscal years: no hand-kept era table.
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const eraOf = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number);
  return eraYear.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 12)));
};
const isMonthEnd = (ymd: string): boolean => {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate() === d;
};

/**
 * 「令和8年4月～11月」 for whole months, 「令和8年4月1日～12月1日」 when the end is
 * not a month's last day (counted 前日まで); the era and year are repeated
 * only when they change (「令和7年4月～令和8年3月」).
 */
export const reiwaSpan = (start: string, end: string): string => {
  const whole = start.endsWith('-01') && isMonthEnd(end);
  const part = (ymd: string, withYear: boolean) => {
    const [, m, d] = ymd.split('-').map(Number);
    return `${withYear ? eraOf(ymd) : ''}${m}月${whole ? '' : `${d}日`}`;
  };
  if (start.slice(0, 7) === end.slice(0, 7) && whole) return part(start, true);
  return `${part(start, true)}～${part(end, eraOf(start) !== eraOf(end))}`;
};

/** 「令和8年12月2日」 from `2026-12-02`, for 出力日. */
export const reiwaDate = (ymd: string): string => {
  const [, m, d] = ymd.split('-').map(Number);
  return `${eraOf(ymd)}${m}月${d}日`;
};
