/**
 * @module
 * Japanese names for every counted value, as staff write them in the plan's
 * reports. Result bands are named by their K6 score range rather than by a
 * word, so no figure can be read as a diagnosis. Periods are written in
 * 令和, with 西暦 days in brackets where a reader needs them.
 */
import type { Band, Mode, Topic } from '../../../shared/domain';
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

// Periods in 令和 have one home, shared with the dashboard and the plan's indicators.
export { eraDateLabel, eraFiscalCode, eraMonthLabel, eraPeriodLabel, slashDate } from '../../../shared/periods';

/**
 * Excel runs a cell starting with = + - @ (or a tab/CR) as a formula; a label
 * typed by an admin must never become one, so such text gets a leading quote.
 * Only text columns pass through here: negative changes stay numbers.
 */
export const excelSafe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
