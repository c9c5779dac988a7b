/**
 * @module
 * The closed vocabularies every part of kokoro-check agrees on: modes, age
 * bands, genders, result bands, topics and safety answers. Front end, API and
 * reports all validate against these lists, so an unknown value is refused at
 * the door instead of turning up as a stray counter.
 */

/** Modes live now. 家族 / 赤ちゃんママ / アルコール are planned (product.md). */
export const MODES = ['self', 'teen'] as const;
export type Mode = (typeof MODES)[number];

/** Age bands as staff report them. `na` = 答えない. */
export const AGE_BANDS = ['10s', '20s', '30s', '40s', '50s', '60s', '70s', '80plus', 'na'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** `na` = 答えない. */
export const GENDERS = ['male', 'female', 'other', 'na'] as const;
export type Gender = (typeof GENDERS)[number];

/** K6 result bands (content/k6-ja.md): 0–4, 5–9, 10–12, 13–24. */
export const BANDS = ['low', 'some', 'high', 'veryHigh'] as const;
export type Band = (typeof BANDS)[number];

/**
 * Answers to our own safety question. Anything but `no` raises the safety
 * flag and shows the crisis panel at once — including `unsure`, because
 * someone who cannot say "no" deserves help first.
 */
export const SAFETY_ANSWERS = ['no', 'sometimes', 'often', 'now', 'unsure'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];
export const isSafetyFlagged = (answer: SafetyAnswer): boolean => answer !== 'no';
/** 「いまも、そう思っている」: the person is in it right now, so help for this very minute comes first and strongest. */
export const isSafetyUrgent = (answer: SafetyAnswer): boolean => answer === 'now';

/**
 * "What weighs on you" topics. Adult topics follow the local window's
 * consultation topics and the plan's priority groups (product.md); teen
 * topics follow the teen issue. Ids are stable: they are counter keys.
 */
export const ADULT_TOPICS = [
  'life', // 生き方・生きがい
  'loneliness', // 孤独
  'work', // 仕事
  'money', // 経済・生活
  'parenting', // 育児
  'care', // 介護
  'couple', // 夫婦
  'education', // 教育
  'relations', // 対人・ひきこもり
  'gender', // 男女
  'bodyHealth', // 健康（からだ）
  'mindHealth', // 健康（こころ）
  'debt', // 借金・法律
  'bereavement', // 身近な人を亡くした
  'other', // その他
] as const;
export const TEEN_TOPICS = [
  'school', // 学校
  'friends', // 友だち
  'family', // 家族
  'bullying', // いじめ
  'study', // 勉強・進路
  'body', // からだ
  'sns', // SNS・ネット
  'other', // その他
] as const;
export const ALL_TOPICS = [...new Set([...ADULT_TOPICS, ...TEEN_TOPICS])] as const;
export type AdultTopic = (typeof ADULT_TOPICS)[number];
export type TeenTopic = (typeof TEEN_TOPICS)[number];
export type Topic = AdultTopic | TeenTopic;

export const topicsForMode = (mode: Mode): readonly Topic[] =>
  mode === 'teen' ? TEEN_TOPICS : ADULT_TOPICS;

/** Who a helpline is for. */
export const AUDIENCES = ['adult', 'teen', 'family', 'perinatal'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Outreach channel tag from the QR code URL (`?src=`). Lower-case ASCII so a
 * tag is safe as a counter key; `DIRECT_SRC` stands for "no tag".
 */
export const SRC_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const DIRECT_SRC = '-';

/** Tenant ids are the path segment in `/t/<tenant>/`. */
export const TENANT_ID_PATTERN = /^[a-z][a-z0-9-]{1,30}$/;
