/**
 * @module
 * National phone and chat lines for everyone (helplines-ja.md, "National
 * phone lines" and "Chat / SNS"). Values are from the handbook's dated
 * snapshot; anything it marks UNCONFIRMED ships `unverified`, with hours
 * `unknown` where the hours are the unconfirmed part, and no number or URL
 * that the handbook does not give.
 */
import { defineHelplines, EVERYONE, everyDay, HANDBOOK_READ_ON } from './define';

export const NATIONAL_HELPLINES = defineHelplines([
  {
    id: 'kokoro-unified-dial',
    name: 'こころの健康相談統一ダイヤル',
    description: 'こころの悩みを、お住まいの都道府県の相談窓口につなぐ全国共通の番号です。',
    channels: [{ type: 'phone', number: '0570-064-556' }],
    // Hours are set by each prefecture / 政令市 the call is routed to.
    hours: { kind: 'unknown' },
    hoursNote: '受付時間は都道府県によって異なります',
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://www.mhlw.go.jp/mamorouyokokoro/',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'yorisoi-hotline',
    name: 'よりそいホットライン',
    description: '24時間いつでも、電話で話を聴いてもらえます。',
    // The handbook also lists 0120-279-226 for 岩手・宮城・福島; tenants there should add it.
    channels: [{ type: 'phone', number: '0120-279-338' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://kotobank.jp/',
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '運営団体が未確認で、出典が辞書サイトのため',
  },
  {
    id: 'inochi-no-denwa-free',
    name: 'いのちの電話（フリーダイヤル）',
    description: 'つらい気持ちや悩みを、無料の電話で聴いてもらえます。',
    channels: [{ type: 'phone', number: '0120-783-556' }],
    hours: {
      kind: 'weekly',
      days: everyDay('16:00', '21:00'),
      holidays: 'normal',
      // 10th of each month: 08:00 until 08:00 the next morning (end ≤ start runs past midnight).
      monthDays: { '10': [{ start: '08:00', end: '08:00' }] },
    },
    hoursNote: '毎日16時〜21時。毎月10日は朝8時から翌朝8時まで',
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    // Also stated at https://www.city.akiruno.tokyo.jp/0000015267.html (2023).
    sourceUrl: 'https://www.kawatana.jp/topics/news/post-1166.html',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'inochi-sos',
    name: '#いのちSOS',
    description: '生きるのがつらいと感じるときに、電話で相談できます。',
    channels: [{ type: 'phone', number: '0120-061-338' }],
    hours: { kind: 'unknown' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://mainichi.jp/articles/20220826/osg/00m/040/001000d',
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '現在の受付時間が未確認（2022年の報道のみ）',
  },
  {
    id: 'anata-no-ibasho',
    name: 'あなたのいばしょ',
    description: '年齢を問わず、名前を出さずに24時間チャットで相談できます。',
    // The handbook gives no address for the chat itself, so none is linked.
    channels: [{ type: 'chat' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://www.wakapota.metro.tokyo.lg.jp/column/introduction.php?id=13',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'ikizura-bit',
    name: '生きづらびっと',
    description: '生きづらさを感じるときに、LINEで相談できます。',
    channels: [{ type: 'line' }],
    hours: { kind: 'unknown' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '受付時間の情報が食い違っていて未確認、出典もなし',
  },
  {
    id: 'kokoro-hot-chat',
    name: 'こころのほっとチャット',
    description: 'こころの悩みを、LINEやチャットで相談できます。',
    channels: [{ type: 'line' }, { type: 'chat' }],
    hours: { kind: 'unknown' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '現在の受付時間が未確認（2020年の情報のみ）、出典もなし',
  },
]);
