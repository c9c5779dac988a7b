/**
 * @module
 * Periods written in 令和, the one place the staff API, its CSV, the plan's
 * indicators and the dashboard get era names from. Names come from Intl's
 * Japanese calendar rather than a hand-kept table, so 平成31年4月, 令和元年5月
 * and any future era are right without a code change. Zod-free, so the
 * dashboard can import it file by file.
 */
import { fiscalYearOf, fiscalYearRange, reiwaLabel } from './fiscal';
import { isLastDayOfMonth, parseYmd, type Ym, type Ymd } from './dates';

const eraYearFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const eraLetterFormat = new Intl.DateTimeFormat('en-US-u-ca-japanese', { era: 'narrow', year: 'numeric', timeZone: 'UTC' });
const utcNoon = (ymd: Ymd) => {
  const { year, month, day } = parseYmd(ymd);
  return new Date(Date.UTC(year, month - 1, day, 12));
};

/** 「令和8年」 for a day. */
const eraYearOf = (ymd: Ymd): string => eraYearFormat.format(utcNoon(ymd));
const monthOf = (ymd: Ymd): number => parseYmd(ymd).month;
const dayOf = (ymd: Ymd): number => parseYmd(ymd).day;

/** 「令和8年4月」 for `2026-04`; read mid-month, so `2019-04` is 平成31年4月. */
export const eraMonthLabel = (ym: Ym): string => `${eraYearOf(`${ym}-15`)}${monthOf(`${ym}-15`)}月`;

/** 「令和8年4月1日」 for `2026-04-01`. */
export const eraDateLabel = (ymd: Ymd): string => `${eraYearOf(ymd)}${monthOf(ymd)}月${dayOf(ymd)}日`;

/**
 * `R8` for fiscal year 2026: the era's Latin letter and year in digits, for
 * ASCII file names. Read at December 31 like reiwaLabel, so FY2019 is `R1`.
 */
export const eraFiscalCode = (fy: number): string => {
  const parts = eraLetterFormat.formatToParts(new Date(Date.UTC(fy, 11, 31, 12)));
  return `${parts.find((p) => p.type === 'era')?.value ?? ''}${parts.find((p) => p.type === 'year')?.value ?? ''}`;
};

/** `2026/04/01`: the 西暦 form put in brackets beside a 令和 period. */
export const slashDate = (ymd: Ymd): string => ymd.replaceAll('-', '/');

/**
 * A span in its shortest 令和 form: 「令和8年4月～11月」 for whole months,
 * 「令和8年4月1日～12月1日」 when either end is not a month boundary, 「令和8年6月」
 * for one month, 「令和8年6月1日」 for one day; the era and year are repeated
 * only when they change (「令和8年4月～令和9年3月」).
 */
export const reiwaSpan = (start: Ymd, end: Ymd): string => {
  const whole = start.endsWith('-01') && isLastDayOfMonth(end);
  const part = (ymd: Ymd, withYear: boolean) => `${withYear ? eraYearOf(ymd) : ''}${monthOf(ymd)}月${whole ? '' : `${dayOf(ymd)}日`}`;
  if (whole && start.slice(0, 7) === end.slice(0, 7)) return part(start, true);
  if (!whole && start === end) return part(start, true);
  return `${part(start, true)}～${part(end, eraYearOf(start) !== eraYearOf(end))}`;
};

/**
 * A period's name: 「令和8年度」 for a whole fiscal year (asked for whole, even
 * while it is still running), otherwise its span. `requestedEnd` is the last
 * day asked for, later than `end` while the period runs (前日まで).
 */
export const periodName = (start: Ymd, end: Ymd, requestedEnd: Ymd = end): string => {
  const fy = fiscalYearOf(start);
  const range = fiscalYearRange(fy);
  return start === range.start && requestedEnd === range.end ? reiwaLabel(fy) : reiwaSpan(start, requestedEnd);
};

/**
 * A period as the CSV writes it, in 令和 with the counted 西暦 days in
 * brackets: 「令和8年度（2026/04/01～2026/11/29）」, 「令和8年6月～11月（…）」.
 * Named by the days asked for, so a running fiscal year is still 令和8年度;
 * the brackets say which days were counted.
 */
export const eraPeriodLabel = (start: Ymd, end: Ymd, requestedEnd: Ymd = end): string =>
  `${periodName(start, end, requestedEnd)}（${slashDate(start)}～${slashDate(end)}）`;
