/**
 * @module
 * "What weighs on you" topics. Adult topics follow the local window's
 * consultation topics and the plan's priority groups; teen topics are the
 * ones teens name (school, friends, family, bullying, study, body, SNS). Ids
 * are stable: they are counter keys.
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
/**
 * 赤ちゃんママ (pregnancy and the first year after birth, partners too): the
 * worries a 母子保健 window hears. Only 睡眠 is new; the rest are the adult
 * and teen topics of the same meaning, so a local window for 子育て or
 * 夫婦・パートナー serves this mode too and staff count one topic once.
 */
export const PERINATAL_TOPICS = [
  'parenting', // 子育て（育児の不安）
  'sleep', // 睡眠
  'bodyHealth', // からだの健康（産後の回復）
  'couple', // 夫婦・パートナー
  'family', // 家族
  'work', // 仕事
  'money', // お金・生活
  'loneliness', // 孤独・さみしさ（孤立）
  'other', // その他
] as const;
/**
 * 家族: the warning signs a family member can notice, counted as the topics
 * of that mode. Each is one item of the family-signs checklist
 * (shared/instruments/family-signs.ts, which holds the wording and its
 * source); the mode's unit test keeps the two lists the same.
 */
export const FAMILY_TOPICS = [
  'gloomy', // 表情が暗く、元気がない
  'bodyComplaints', // 体調不良の訴えが多くなる
  'mistakes', // 仕事や家事の能率が低下、ミスが増える
  'avoidsOthers', // 周囲との交流を避ける
  'absences', // 遅刻、早退、欠勤（欠席）が増加する
  'noOutings', // 趣味やスポーツ、外出をしなくなる
  'drinking', // 飲酒量が増える
  'suddenLoad', // 仕事の負担が急に増える、大きな失敗をする、職を失う
  'loss', // 本人にとって価値あるものを失う
] as const;
/** Every topic once (the API's vocabulary). A pure call, so a bundle that never reads it leaves it out. */
export const ALL_TOPICS = /* @__PURE__ */ (() => [...new Set([...ADULT_TOPICS, ...TEEN_TOPICS, ...PERINATAL_TOPICS, ...FAMILY_TOPICS])])();
export type AdultTopic = (typeof ADULT_TOPICS)[number];
export type TeenTopic = (typeof TEEN_TOPICS)[number];
export type PerinatalTopic = (typeof PERINATAL_TOPICS)[number];
export type FamilyTopic = (typeof FAMILY_TOPICS)[number];
export type Topic = AdultTopic | TeenTopic | PerinatalTopic | FamilyTopic;
