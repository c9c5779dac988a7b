/**
 * @module
 * Lines for Chiba prefecture, from the operator's own page read on
 * `READ_ON` (stored snapshot). Tenants in Chiba list these after the
 * national lines.
 */
import { defineHelplines, EVERYONE } from './define';

/** The day the official page cited below was read (stored snapshot). */
const READ_ON = '2026-12-01';

export const CHIBA_HELPLINES = defineHelplines([
  {
    id: 'chiba-inochi-no-denwa',
    name: '千葉いのちの電話',
    description: 'つらい気持ちや悩みを、24時間いつでも電話で聴いてもらえる千葉県の相談です。',
    // The handbook's 043-227-3900 is not in the text of the operator's page as stored (it appears only in a
    // 2009 news article), so no number ships until an official page is read that gives it.
    channels: [{ type: 'phone' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'prefecture',
    crisis: true,
    // 千葉いのちの電話「千葉いのちの電話の理念と使命」: 「千葉を始め23センターでは24時間受信体制で
    // 相談電話を開設しています。」
    sourceUrl: 'https://www.chiba-inochi.jp/about/',
    verifiedOn: READ_ON,
    unverified: true,
    unverifiedReason: '24時間の受付は運営団体の公式ページで確認したが、電話番号を載せた公式ページが見つからない',
  },
]);
