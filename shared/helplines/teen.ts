/**
 * @module
 * Lines for children and young people (helplines-ja.md, "Teen lines" and
 * チャイルドライン's chat). Values are from the handbook's dated snapshot.
 * チャイルドライン's phone and chat are separate entries because their hours
 * differ: the phone is daily, the chat only on set days we do not know.
 */
import { defineHelplines, everyDay, HANDBOOK_READ_ON } from './define';

export const TEEN_HELPLINES = defineHelplines([
  {
    id: 'kodomo-sos-dial',
    name: '24時間子供SOSダイヤル',
    description: '子どもや若い人が24時間いつでも相談できる電話で、お住まいの地域の教育委員会につながります。',
    channels: [{ type: 'phone', number: '0120-0-78310' }],
    hours: { kind: 'always' },
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'childline-phone',
    name: 'チャイルドライン（電話）',
    description: '18歳までの子どもが、気持ちを話せる電話です。',
    channels: [{ type: 'phone', number: '0120-99-7777' }],
    hours: {
      kind: 'weekly',
      days: everyDay('16:00', '21:00'),
      holidays: 'normal',
      closedDates: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'],
    },
    hoursNote: '毎日16時〜21時（12月29日〜1月3日はお休み）',
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://childline.or.jp/chat',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'childline-chat',
    name: 'チャイルドライン（チャット）',
    description: '18歳までの子どもが、文字で気持ちを伝えられるチャットです。',
    channels: [{ type: 'chat', url: 'https://childline.or.jp/chat' }],
    hours: { kind: 'unknown' },
    hoursNote: 'チャットは決まった日に開いています',
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    crisis: true,
    sourceUrl: 'https://childline.or.jp/chat',
    verifiedOn: HANDBOOK_READ_ON,
  },
  {
    id: 'jido-sodanjo-189',
    name: '児童相談所 虐待対応ダイヤル',
    description: '虐待かもしれないと思ったときに、児童相談所につながる番号です。',
    channels: [{ type: 'phone', number: '189' }],
    hours: { kind: 'always' },
    audiences: ['teen', 'family'],
    topics: [],
    scope: 'national',
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '出典URLが未確認',
  },
  {
    id: 'kodomo-jinken-110',
    name: '子どもの人権110番',
    description: '子どもの人権に関わる悩みを相談できる電話です。',
    channels: [{ type: 'phone', number: '0120-007-110' }],
    // The handbook's "weekdays 08:30–17:15" has no source, so the hours ship as unknown.
    hours: { kind: 'unknown' },
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '出典・受付時間が未確認',
  },
]);
