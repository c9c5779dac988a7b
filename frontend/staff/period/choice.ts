/**
 * @module
 * The period a staff member picks — a fiscal year (令和N年度) or a run of
 * whole months — as the staff API's query string, the fiscal years offered
 * in the picker, and the checks the API would make, said in Japanese before
 * a request is sent. Everything is reckoned from the last complete day
 * (yesterday, JST), because reports count 前日まで: on 1 April the new fiscal
 * year has no complete day yet, so the year just ended is shown. Imports the
 * period maths file by file so zod (used by the API's query parser) stays out
 * of the dashboard bundle.
 */
import { monthsBetween, parseYm, YM_PATTERN, type Ym, type Ymd } from '../../../shared/periods/dates';
import { fiscalYearOf, reiwaLabel } from '../../../shared/periods/fiscal';
import { lastCompleteDay } from '../../../shared/periods/ranges';

export type PeriodChoice = { kind: 'fy'; fy: number } | { kind: 'months'; from: Ym; to: Ym };

/** The API allows at most 24 months in one report. */
export const MAX_MONTHS = 24;

export const periodQueryString = (choice: PeriodChoice): string =>
  new URLSearchParams(choice.kind === 'fy' ? { fy: String(choice.fy) } : { from: choice.from, to: choice.to }).toString();

/** The fiscal year of yesterday: the newest one with a day to report. */
export const defaultChoice = (today: Ymd): PeriodChoice => ({ kind: 'fy', fy: fiscalYearOf(lastCompleteDay(today)) });

export interface FiscalYearOption {
  fy: number;
  /** 「令和8年度（2026年4月～2027年3月）」 */
  label: string;
}

/** The newest fiscal year with a complete day first, then the `count - 1` before it. */
export const fiscalYearOptions = (today: Ymd, count = 6): FiscalYearOption[] =>
  Array.from({ length: count }, (_, i) => {
    const fy = fiscalYearOf(lastCompleteDay(today)) - i;
    return { fy, label: `${reiwaLabel(fy)}（${fy}年4月～${fy + 1}年3月）` };
  });

/** Japanese reason a month range cannot be asked for, or undefined when it can. */
export const monthRangeProblem = (from: string, to: string, today: Ymd): string | undefined => {
  if (!YM_PATTERN.test(from) || !YM_PATTERN.test(to)) return '開始月と終了月を「2026-06」の形で選んでください。';
  if (from > to) return '開始月が終了月より後になっています。';
  if (`${from}-01` > lastCompleteDay(today)) return '開始月には集計できる日がまだありません（前日までを集計します）。';
  if (monthsBetween(`${from}-01`, `${to}-01`).length > MAX_MONTHS) return `一度に表示できるのは${MAX_MONTHS}か月までです。`;
  return undefined;
};

/** 「2026年6月」 */
export const monthLabel = (ym: Ym): string => {
  const { year, month } = parseYm(ym);
  return `${year}年${month}月`;
};

/** Yesterday's month and the first month of its fiscal year, to prefill the month picker. */
export const monthDefaults = (today: Ymd): { from: Ym; to: Ym } => {
  const last = lastCompleteDay(today);
  return { from: `${fiscalYearOf(last)}-04`, to: last.slice(0, 7) };
};

/** The newest month that has a complete day, the month picker's upper bound. */
export const latestMonth = (today: Ymd): Ym => lastCompleteDay(today).slice(0, 7);
