/**
 * @module
 * Japanese names of the closed vocabularies that residents choose from and
 * staff count by — age bands, genders and teen topics — in one place, so the
 * page's choices and the staff reports' rows can never drift apart. (Adult
 * topics are worded twice on purpose: plain words for residents, the city
 * window's own topic names for staff.) 家族's relationships are in
 * ./relationships, so the page's first script, which imports this module, never carries them.
 */
import type { AdultTopic, AgeBand, Gender, PerinatalTopic, TeenTopic } from '../../domain';

export const AGE_BAND_LABELS_JA: Record<AgeBand, string> = {
  '10s': '10代',
  '20s': '20代',
  '30s': '30代',
  '40s': '40代',
  '50s': '50代',
  '60s': '60代',
  '70s': '70代',
  '80plus': '80歳以上',
  na: '答えない',
};

export const TEEN_TOPIC_LABELS_JA: Record<Exclude<TeenTopic, 'other'>, string> = {
  school: '学校',
  friends: '友だち',
  family: '家族',
  bullying: 'いじめ',
  study: '勉強・進路',
  body: 'からだ',
  sns: 'SNS・ネット',
};

/** 赤ちゃんママ topics that are neither adult nor teen ones. */
export const PERINATAL_TOPIC_LABELS_JA: Record<Exclude<PerinatalTopic, AdultTopic | TeenTopic>, string> = { sleep: '睡眠' };

export const GENDER_LABELS_JA: Record<Gender, string> = { male: '男性', female: '女性', other: 'その他', na: '答えない' };

