/**
 * @module
 * 家族モード's checklist: warning signs someone close can notice in another
 * person. Not a validated or scored instrument and not a risk score: the
 * resident ticks what they have noticed, the result shows those signs back
 * with how to talk, listen and get help, and staff count the signs (as the
 * mode's topics) and how many were ticked (as bands, a counting bucket only).
 *
 * The wording is government material, copied as printed, never our own
 * clinical content: items 1–7 are 「うつ病を疑うサイン」 from 厚生労働省
 * 「うつ対策推進方策マニュアル」 and items 8–9 two of 「自殺のサイン 特に注意
 * すべき十箇条」 (平成20年版 内閣府『自殺対策白書』), both as reproduced with
 * their origin named on 吹田市「周りの人が気づくサイン」. 佐倉市 (千葉県)
 * prints the same seven (as 「周囲が気づく変化」, one word differing: 効率).
 * 「自殺を口にする」 from the same list is not an item: the mode asks it as
 * its safety question, which shows crisis help at once (shared/modes).
 * Read from stored copies of those pages on 2026-12-02 (the live pages were
 * not reachable from the build machine): re-read them live before release.
 */
import type { Instrument } from './schema';

export const FAMILY_SIGNS = {
  id: 'family-signs',
  name: '周りの人が気づくサイン（家族モードのチェックリスト）',
  licence: {
    statement:
      'Government material (厚生労働省, 内閣府), quoted as printed, with its source shown on the page; national government pages publish under the 公共データ利用規約 (PDL1.0), which allows reuse with the source named and any editing stated. Edited by kokoro-check: nine of the seventeen signs on the source page selected and shown as a checklist, 「自殺を口にする。」 asked as the safety question instead, full stops dropped from items 8–9. Not a scored or validated instrument.',
    // The Digital Agency's page of the 公共データ利用規約 (PDL1.0).
    sourceUrl: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
  },
  citations: [
    '厚生労働省 地域におけるうつ対策検討会「うつ対策推進方策マニュアル —都道府県・市町村職員のために—」（2004年）「うつ病を疑うサイン（周囲が気づく変化）」',
    '内閣府『自殺対策白書』平成20年版「自殺のサイン（自殺予防の十箇条）」',
    '吹田市「周りの人が気づくサイン」（更新日 2022年9月26日）https://www.city.suita.osaka.jp/kenko/1018600/1018634/1015259.html — both lists as reproduced there, each naming its source',
    '佐倉市「うつ病を疑うサイン」（更新日 2022年6月1日）https://www.city.sakura.lg.jp/soshiki/kenkosuishinka/156/3557.html — the same seven signs as 「周囲が気づく変化」',
  ],
  itemSourceUrl: 'https://www.city.suita.osaka.jp/kenko/1018600/1018634/1015259.html',
  recallLeadIn: 'その方に、次のような様子はありますか。',
  // Checklist items are named by the topic they are counted as (shared/modes/topics.ts FAMILY_TOPICS).
  items: [
    { id: 'gloomy', text: '以前と比べて表情が暗く、元気がない' },
    { id: 'bodyComplaints', text: '体調不良の訴え（身体の痛みや倦怠感）が多くなる' },
    { id: 'mistakes', text: '仕事や家事の能率が低下、ミスが増える' },
    { id: 'avoidsOthers', text: '周囲との交流を避けるようになる' },
    { id: 'absences', text: '遅刻、早退、欠勤（欠席）が増加する' },
    { id: 'noOutings', text: '趣味やスポーツ、外出をしなくなる' },
    { id: 'drinking', text: '飲酒量が増える' },
    { id: 'suddenLoad', text: '仕事の負担が急に増える、大きな失敗をする、職を失う' },
    { id: 'loss', text: '本人にとって価値あるもの（職、地位、家族、財産）を失う' },
  ],
  result: {
    kind: 'checklist',
    // How many signs were ticked, for counting only: the sources give no cutoff, so these say nothing about risk.
    bands: [
      { id: 'low', min: 0, max: 0, label: '選んだサイン 0' },
      { id: 'some', min: 1, max: 2, label: '選んだサイン 1～2' },
      { id: 'high', min: 3, max: 9, label: '選んだサイン 3以上' },
    ],
  },
} satisfies Instrument;
