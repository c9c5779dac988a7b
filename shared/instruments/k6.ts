/**
 * @module
 * The K6 (Kessler 6), Japanese version, exactly as worded in 国民生活基礎調査
 * (MHLW). Free to use with citation; see ../shared/content/k6-ja.md in the
 * handbook. Scores are 0–4 per item, total 0–24 — never the 1–5 scoring some
 * web pages show. Bands: 0–4, 5–9, 10–12 (健康日本21 counts ≥10) and 13–24
 * (Kessler's ≥13 for serious psychological distress).
 */
import type { Instrument } from './schema';

// Plain data so the phone's bundle carries no validator; `INSTRUMENTS` in
// index.ts runs every instrument through `defineInstrument`, and the build's
// prerender step and the unit tests import it, so a missing licence fails both.
export const K6 = {
  id: 'k6-ja',
  name: 'K6（日本語版）',
  licence: {
    statement:
      'The K6 is free to use without formal permission, with citation of Kessler et al. 2003 and, for the Japanese version, Furukawa et al. 2008.',
    sourceUrl: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
  },
  citations: [
    'Kessler RC, et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189.',
    'Furukawa TA, et al. The performance of the Japanese version of the K6 and K10 in the World Mental Health Survey Japan. Int J Methods Psychiatr Res. 2008;17(3):152-158.',
  ],
  itemSourceUrl: 'https://www.mhlw.go.jp/toukei/saikin/hw/k-tyosa/k-tyosa07/3-7.html',
  recallLeadIn: '過去30日の間にどれくらいの頻度で次のことがありましたか。',
  items: [
    { id: 'k6-1', text: '神経過敏に感じましたか' },
    { id: 'k6-2', text: '絶望的だと感じましたか' },
    { id: 'k6-3', text: 'そわそわ、落ち着かなく感じましたか' },
    { id: 'k6-4', text: '気分が沈み込んで、何が起こっても気が晴れないように感じましたか' },
    { id: 'k6-5', text: '何をするのも骨折りだと感じましたか' },
    { id: 'k6-6', text: '自分は価値のない人間だと感じましたか' },
  ],
  options: [
    { label: 'まったくない', score: 0 },
    { label: '少しだけ', score: 1 },
    { label: 'ときどき', score: 2 },
    { label: 'たいてい', score: 3 },
    { label: 'いつも', score: 4 },
  ],
  result: {
    kind: 'bands',
    bands: [
      { id: 'low', min: 0, max: 4, label: 'K6 0～4点' },
      { id: 'some', min: 5, max: 9, label: 'K6 5～9点' },
      { id: 'high', min: 10, max: 12, label: 'K6 10～12点' },
      { id: 'veryHigh', min: 13, max: 24, label: 'K6 13点以上' },
    ],
  },
} satisfies Instrument;
