/**
 * @module
 * Japanese names for every counted value, as staff write them in the plan's
 * reports. Modes and result bands come from the registry: a mode is named
 * after its landing choice (本人 → 本人モード), a band by its instrument's own
 * label, a score range rather than a word, so no figure can be read as a
 * diagnosis. Periods are written in
 * 令和, with 西暦 days in brackets where a reader needs them.
 */
import { MODES, type Band, type FamilyTopic, type Mode, type Topic } from '../../../shared/domain';
import { FAMILY_SIGNS } from '../../../shared/instruments/family-signs';
import { instrumentFor } from '../../../shared/instruments/for-mode';
import { jaInlined } from '../../../shared/messages/ja/page';
import { AGE_BAND_LABELS_JA, GENDER_LABELS_JA, PERINATAL_TOPIC_LABELS_JA, TEEN_TOPIC_LABELS_JA } from '../../../shared/messages/ja/vocabulary';

export const MODE_LABELS = Object.fromEntries(MODES.map((mode) => [mode, `${jaInlined.landing.modes[mode].label}モード`])) as Record<Mode, string>;

/** The same names the resident chose from (shared vocabulary). */
export const AGE_LABELS = AGE_BAND_LABELS_JA;
export const GENDER_LABELS = GENDER_LABELS_JA;

/** The bands of every mode's instrument, in registry order, by band id; `none` = a tap before any result. */
export const BAND_LABELS = {
  ...Object.fromEntries(MODES.flatMap((mode) => instrumentFor(mode).result.bands.map((b) => [b.id, b.label]))),
  none: '結果表示前',
} as Record<Band | 'none', string>;

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
  ...PERINATAL_TOPIC_LABELS_JA,
  // 家族: a sign is counted as a topic and named by its checklist item, word for word.
  ...(Object.fromEntries(FAMILY_SIGNS.items.map((item) => [item.id, item.text])) as Record<FamilyTopic, string>),
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
