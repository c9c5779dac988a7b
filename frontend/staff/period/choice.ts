/**
 * @module
 * The period a staff member picks — a fiscal year (令和N年度) or a run of
 * whole months — as the staff API's query string, the fiscal years offered
 * in the picker, and the checks the API would make, said in Japanese before
 * a request is sent. The dashboard opens on month-end figures (月末実績):
 * from April to the last complete month, the figure the plan's mid-year and
 * annual reports quote; fiscal years and months are offered up to the last
 * complete day (yesterday, JST), because reports count 前日まで. Imports the
 * period maths file by file so zod (used by the API's query parser) stays out
 * of the dashboard bundle.
 */
import { monthsBetween, parseYm, YM_PATTERN, type Ym, type Ymd } from '../../../shared/periods/dates';
import { fiscalYearOf, reiwaLabel } from '../../../shared/periods/fiscal';
import { eraMonthLabel } from '../../../shared/periods/era';
import { lastCompleteDay, lastCompleteMonth } from '../../../shared/periods/ranges';

export type PeriodChoice = { kind: 'fy'; fy: number } | { kind: 'months'; from: Ym; to: Ym };

/** The API allows at most 24 months in one report. */
export const MAX_MONTHS = 24;

export const periodQueryString = (choice: PeriodChoice): string =>
  new URLSearchParams(choice.kind === 'fy' ? { fy: String(choice.fy) } : { from: choice.from, to: choice.to }).toString();

/**
 * Month-end figures: April of the last complete month's fiscal year to that
 * month (on 2 December, 令和8年4月～11月); from April to 1 May, the whole fiscal
 * year just ended, named as a fiscal year.
 */
export const defaultChoice = (today: Ymd): PeriodChoice => {
  const { from, to } = monthDefaults(today);
  return to.endsWith('-03') ? { kind: 'fy', fy: fiscalYearOf(`${from}-01`) } : { kind: 'months', from, to };
};

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

/** 「令和8年6月（2026年6月）」: 令和 first, 西暦 in brackets for anyone matching it to a calendar. */
export const monthLabel = (ym: Ym): string => {
  const { year, month } = parseYm(ym);
  return `${eraMonthLabel(ym)}（${year}年${month}月）`;
};

/** The last complete month and the first month of its fiscal year: the default months (月末実績). */
export const monthDefaults = (today: Ymd): { from: Ym; to: Ym } => {
  const to = lastCompleteMonth(today);
  return { from: `${fiscalYearOf(`${to}-01`)}-04`, to };
};

/** The first month the picker offers: April 2019, the first fiscal year of 令和. */
export const FIRST_MONTH: Ym = '2019-04';

/** Every month the picker offers, newest first. */
export const monthOptions = (today: Ymd): { ym: Ym; label: string }[] =>
  monthsBetween(`${FIRST_MONTH}-01`, `${latestMonth(today)}-01`)
    .reverse()
    .map((ym) => ({ ym, label: monthLabel(ym) }));

/** The newest month that has a complete day, the month picker's upper bound. */
export const latestMonth = (today: Ymd): Ym => lastCompleteDay(today).slice(0, 7);
