/**
 * @module
 * Japanese names for every counted value, as staff write them in the plan's
 * reports. Modes and result bands come from the registry: a mode is named
 * after its landing choice (本人 → 本人モード), a band by its instrument's own
 * label, a score range rather than a word, so no figure can be read as a
 * diagnosis. Periods are written in
 * 令和, with 西暦 days in brackets where a reader needs them.
 */
import { type Band, type FamilyTopic, type Mode, type Topic } from '../../../shared/domain';
import { FAMILY_SIGNS } from '../../../shared/instruments/family-signs';
import { INSTRUMENTS_BY_ID } from '../../../shared/instruments/for-mode';
import { MODE_SPECS, MODES, type InstrumentId } from '../../../shared/modes';
import { jaInlined } from '../../../shared/messages/ja/page';
import { AGE_BAND_LABELS_JA, GENDER_LABELS_JA, PERINATAL_TOPIC_LABELS_JA, TEEN_TOPIC_LABELS_JA } from '../../../shared/messages/ja/vocabulary';
import { RELATIONSHIP_LABELS_JA } from '../../../shared/messages/ja/relationships';
import { LANGUAGE_LABELS_JA } from '../../../shared/messages/ja/languages';

export const MODE_LABELS = Object.fromEntries(MODES.map((mode) => [mode, `${jaInlined.landing.modes[mode].label}モード`])) as Record<Mode, string>;

/** The same names the resident chose from (shared vocabulary). */
export const AGE_LABELS = AGE_BAND_LABELS_JA;
export const GENDER_LABELS = GENDER_LABELS_JA;

/** Who the other person is to the resident (家族): the same names the resident chose from. */
export const RELATIONSHIP_LABELS = RELATIONSHIP_LABELS_JA;

/** The page's language (日本語, やさしい日本語, 英語 …), as staff name it; one list for the reports and the QR tool. */
export const LANGUAGE_LABELS = LANGUAGE_LABELS_JA;

/** What the language rows count, for the CSV's notes and the dashboard's language panel. */
export const LANGUAGE_NOTE = 'ページの言語別の数は、利用者が表示したページの言語（日本語・やさしい日本語・英語・中国語・ベトナム語）ごとの数です。言語を数え始める前の記録は、日本語のページしかなかったため日本語に含めています。経路別の数とは掛け合わせていません。';

/** A helpline tap before any result existed (landing page, crisis panel). */
export const NO_RESULT_LABEL = '結果表示前';

/**
 * A band as its instrument names it. Band ids are shared counter keys
 * (`low` is the K6's 0～4点 and the family checklist's 「選んだサイン 0」),
 * so a band is only ever named together with the instrument that gave it.
 */
export const instrumentBandLabel = (instrument: InstrumentId, band: Band): string =>
  INSTRUMENTS_BY_ID[instrument].result.bands.find((b) => b.id === band)?.label ?? band;

/** A band of the instrument `mode` runs, by that instrument's own label (a range, never a diagnosis word). */
export const bandLabel = (mode: Mode, band: Band): string => instrumentBandLabel(MODE_SPECS[mode].instrument, band);

/** Every instrument some mode runs, once each, in registry order (the reports' order of band rows). */
export const REPORTED_INSTRUMENTS: readonly InstrumentId[] = [...new Set(MODES.map((mode) => MODE_SPECS[mode].instrument))];

/**
 * How the dashboard names one instrument's result chart, its table's first
 * column and what the figures are not: a new instrument without its words is
 * a type error.
 */
export const INSTRUMENT_RESULT_WORDS: Record<InstrumentId, { title: string; column: string; note: string; footnote: string }> = {
  'k6-ja': {
    title: '結果（K6の得点）別のチェック完了数',
    column: 'K6の得点',
    note: 'K6の合計点の範囲で示しています。診断ではありません。',
    footnote: '結果はK6の得点範囲で示しており、診断ではありません。',
  },
  'family-signs': {
    title: '家族モードで選ばれたサインの数別のチェック完了数',
    column: '選ばれたサインの数',
    note: '気にかけている相手について選ばれたサインの数です。危険の度合いや診断を示すものではありません。',
    footnote: '家族モードは選ばれたサインの数で示しており、危険の度合いや診断ではありません。',
  },
};

/** The modes that run `instrument`, in registry order. */
export const modesRunning = (instrument: InstrumentId): Mode[] => MODES.filter((mode) => MODE_SPECS[mode].instrument === instrument);

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
