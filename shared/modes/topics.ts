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
/** Every topic once (the API's vocabulary). A pure call, so a bundle that never reads it leaves it out. */
export const ALL_TOPICS = /* @__PURE__ */ (() => [...new Set([...ADULT_TOPICS, ...TEEN_TOPICS])])();
export type AdultTopic = (typeof ADULT_TOPICS)[number];
export type TeenTopic = (typeof TEEN_TOPICS)[number];
export type Topic = AdultTopic | TeenTopic;
