/**
 * @module
 * Lines for Chiba prefecture, each from official pages read from stored
 * snapshots (the date is on each entry). Tenants in Chiba list these after
 * the national lines.
 */
import { defineHelplines, EVERYONE } from './define';

/** The day the number was read on a municipality's page (stored snapshot); the operator's own page was read the day before. */
const READ_ON = '2026-12-02';

export const CHIBA_HELPLINES = defineHelplines([
  {
    id: 'chiba-inochi-no-denwa',
    name: '千葉いのちの電話',
    description: 'つらい気持ちや悩みを、24時間いつでも電話で聴いてもらえる千葉県の相談です。',
    // 鴨川市 (千葉県)「自殺予防週間」: 「自殺をはじめとする精神的危機に直面し、助けと励ましを求めている人の電話相談です。
    // 千葉いのちの電話 043−227−3900 (24時…」 — the stored copy breaks off inside the bracket, so the hours rest on
    // the operator's own page: 千葉いのちの電話「千葉いのちの電話の理念と使命」(https://www.chiba-inochi.jp/about/,
    // read 2026-12-01): 「千葉を始め23センターでは24時間受信体制で相談電話を開設しています。」
    // The city's page shows no 更新日 in the stored text.
    channels: [{ type: 'phone', number: '043-227-3900' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'prefecture',
    crisis: true,
    sourceUrl: 'https://www.city.kamogawa.lg.jp/site/school/17187.html',
    verifiedOn: READ_ON,
  },
]);
