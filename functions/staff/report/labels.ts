/**
 * @module
 * Japanese names for every counted value, as staff write them in the plan's
 * reports. Result bands are named by their K6 score range rather than by a
 * word, so no figure can be read as a diagnosis. Periods are written in
 * 令和, with 西暦 days in brackets where a reader needs them.
 */
import type { Band, Mode, Topic } from '../../../shared/domain';
import { fiscalYearOf, fiscalYearRange, isLastDayOfMonth, reiwaLabel } from '../../../shared/periods';
import { AGE_BAND_LABELS_JA, GENDER_LABELS_JA, TEEN_TOPIC_LABELS_JA } from '../../../shared/messages/ja/vocabulary';

export const MODE_LABELS: Record<Mode, string> = { self: '本人モード', teen: '10代モード' };

/** The same names the resident chose from (shared vocabulary). */
export const AGE_LABELS = AGE_BAND_LABELS_JA;
export const GENDER_LABELS = GENDER_LABELS_JA;

export const BAND_LABELS: Record<Band | 'none', string> = {
  low: 'K6 0～4点',
  some: 'K6 5～9点',
  high: 'K6 10～12点',
  veryHigh: 'K6 13点以上',
  none: '結果表示前',
};

export const TOPIC_LABELS: Record<Topic, string> = {
  life: '生き方・生きがい',
  loneliness: '孤独',
  work: '仕事',
  money: '経済・生活',
  parenting: '育児',
  care: '介護',
  couple: '夫婦',
  education: '教育',
  relations: '対人・ひきこもり',
  gender: '男女',
  bodyHealth: '健康（からだ）',
  mindHealth: '健康（こころ）',
  debt: '借金・法律',
  bereavement: '身近な人を亡くした',
  other: 'その他',
  ...TEEN_TOPIC_LABELS_JA,
};

export const DIRECT_LABEL = '経路なし（直接）';
export const UNREGISTERED_LABEL = '未登録';
export const UNREGISTERED_KEY = '?unregistered';

export const hourLabel = (hour: number): string => `${hour}時台`;

// Era names come from Intl's Japanese calendar, as reiwaLabel (shared/periods) does for fiscal years,
// so 令和元年 and 平成31年4月 come out right without a hand-kept table.
const eraMonthFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' });
const eraDayFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const eraLetterFormat = new Intl.DateTimeFormat('en-US-u-ca-japanese', { era: 'narrow', year: 'numeric', timeZone: 'UTC' });
const utcNoon = (ymd: string) => {
  const [y = 0, m = 1, d = 1] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
};

/** 「令和8年4月」 for `2026-04`. */
export const eraMonthLabel = (ym: string): string => eraMonthFormat.format(utcNoon(`${ym}-15`));
/** 「令和8年4月1日」 for `2026-04-01`. */
export const eraDateLabel = (ymd: string): string => eraDayFormat.format(utcNoon(ymd));
/**
 * `R8` for fiscal year 2026: the era's Latin letter and year in digits, for
 * ASCII file names. Read at December 31 like reiwaLabel, so FY2019 is `R1`.
 */
export const eraFiscalCode = (fy: number): string => {
  const parts = eraLetterFormat.formatToParts(new Date(Date.UTC(fy, 11, 31, 12)));
  return `${parts.find((p) => p.type === 'era')?.value ?? ''}${parts.find((p) => p.type === 'year')?.value ?? ''}`;
};
/** `2026/04/01`: the 西暦 form put in brackets beside a 令和 period. */
export const slashDate = (ymd: string): string => ymd.replaceAll('-', '/');

/**
 * A period as the CSV writes it, in 令和 with the counted 西暦 days in
 * brackets: 「令和8年度（2026/04/01～2026/11/29）」, 「令和8年6月～令和8年11月（…）」,
 * 「令和8年6月1日～令和8年6月15日（…）」. Named by the days asked for (`requestedEnd`),
 * so a running fiscal year is still 令和8年度; the brackets say which days were counted.
 */
export const eraPeriodLabel = (start: string, end: string, requestedEnd = end): string => {
  const fy = fiscalYearOf(start);
  const range = fiscalYearRange(fy);
  const wholeMonths = start.endsWith('-01') && isLastDayOfMonth(requestedEnd);
  const [from, to] = [start.slice(0, 7), requestedEnd.slice(0, 7)];
  const name =
    start === range.start && requestedEnd === range.end
      ? reiwaLabel(fy)
      : wholeMonths
        ? from === to
          ? eraMonthLabel(from)
          : `${eraMonthLabel(from)}～${eraMonthLabel(to)}`
        : start === requestedEnd
          ? eraDateLabel(start)
          : `${eraDateLabel(start)}～${eraDateLabel(requestedEnd)}`;
  return `${name}（${slashDate(start)}～${slashDate(end)}）`;
};

/**
 * Excel runs a cell starting with = + - @ (or a tab/CR) as a formula; a label
 * typed by an admin must never become one, so such text gets a leading quote.
 * Only text columns pass through here: negative changes stay numbers.
 */
export const excelSafe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
