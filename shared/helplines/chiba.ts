/**
 * @module
 * Lines for Chiba prefecture (helplines-ja.md), from the handbook's dated
 * snapshot. Tenants in Chiba list these after the national lines.
 */
import { defineHelplines, EVERYONE, HANDBOOK_READ_ON } from './define';

export const CHIBA_HELPLINES = defineHelplines([
  {
    id: 'chiba-inochi-no-denwa',
    name: '千葉いのちの電話',
    description: 'つらい気持ちや悩みを、24時間いつでも電話で聴いてもらえる千葉県の相談です。',
    channels: [{ type: 'phone', number: '043-227-3900' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'prefecture',
    crisis: true,
    sourceUrl: 'https://www.chiba-inochi.jp/about/',
    verifiedOn: HANDBOOK_READ_ON,
  },
]);
