/**
 * @module
 * Lines for children and young people. Each entry cites the official page
 * (a ministry's, a municipality's or the operator's) on which its number,
 * link and hours were read, from stored snapshots on `READ_ON`.
 * チャイルドライン's phone and chat are separate entries because their hours
 * differ: the phone is daily, the chat only on days its own calendar marks.
 */
import { defineHelplines, everyDay } from './define';

/** The day the official pages cited below were read (stored snapshots). */
const READ_ON = '2026-12-01';

export const TEEN_HELPLINES = defineHelplines([
  {
    id: 'kodomo-sos-dial',
    name: '24時間子供SOSダイヤル',
    description: '悩んでいる子どもや保護者が、夜間や休日も含めて24時間いつでも教育委員会の相談窓口に電話できます。',
    // Written as on the MEXT page: 「24時間子供SOSダイヤル0120-078310(なやみいおう)」.
    channels: [{ type: 'phone', number: '0120-078310' }],
    hours: { kind: 'always' },
    audiences: ['teen', 'family'],
    topics: [],
    scope: 'national',
    crisis: true,
    // 文部科学省: 「悩んでいる子供や保護者等がいつでも相談できるよう教育委員会が夜間・休日を含め
    // 24時間対応可能な相談体制を整備しています。」
    sourceUrl: 'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm',
    verifiedOn: READ_ON,
  },
  {
    id: 'childline-phone',
    name: 'チャイルドライン（電話）',
    description: '18歳までの子どもが、どんなことでも話せる無料の電話です。',
    channels: [{ type: 'phone', number: '0120-99-7777' }],
    hours: {
      kind: 'weekly',
      days: everyDay('16:00', '21:00'),
      holidays: 'normal',
      closedDates: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'],
    },
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    crisis: true,
    // 福島県チャイルドライン推進協議会 (a regional organisation of the チャイルドライン network):
    // 「電話番号 0120-99-7777 毎日 午後4時~午後9時 (12月29日~1月3日はお休みです)」「※18歳までの子ども専用」.
    // The network's own chat page (childline.or.jp/chat) does not give the phone number.
    sourceUrl: 'http://www.cl-fukushima.org/suisinkyougikai/index.html',
    verifiedOn: READ_ON,
  },
  {
    id: 'childline-chat',
    name: 'チャイルドライン（チャット）',
    description: '18歳までの子どもが、相談員と1対1で文字で話せるチャットです。',
    // The page itself is the way in: 「画面の右下にあるこのアイコンをクリックするとチャットが始まります」.
    channels: [{ type: 'chat', url: 'https://childline.or.jp/chat' }],
    // The open days are marked on a calendar picture (「黄色の日にチャットができます」), not in text.
    hours: { kind: 'unknown' },
    hoursNote: 'チャットができる日は、リンク先のカレンダーで確かめられます（夜9時を過ぎると自動で終わります）',
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    crisis: true,
    // チャイルドライン: 「チャットができる人:18歳までの子ども」「オンラインチャットは夜9時を過ぎると、
    // 会話の途中でも自動で終了します。」
    sourceUrl: 'https://childline.or.jp/chat',
    verifiedOn: READ_ON,
  },
  {
    id: 'jido-sodanjo-189',
    name: '児童相談所 虐待対応ダイヤル',
    description: '虐待かもしれないと思ったときに、すぐに近くの児童相談所に通告・相談できる全国共通の番号です。',
    channels: [{ type: 'phone', number: '189' }],
    hours: { kind: 'always' },
    audiences: ['teen', 'family'],
    topics: [],
    scope: 'national',
    // 川口市 (updated 2020-11-06): 「「虐待かも」と思った時などに、すぐに児童相談所に通告・相談ができる
    // 全国共通の電話番号です。… 24時間365日対応しており、通話料は無料です。」
    sourceUrl: 'https://www.city.kawaguchi.lg.jp/soshiki/01080/030/gyakutai/32717.html',
    verifiedOn: READ_ON,
  },
  {
    id: 'kodomo-jinken-110',
    name: 'こどもの人権110番',
    description: 'いじめや虐待など、子どもの人権に関わる悩みを法務局に電話で相談できます。',
    channels: [{ type: 'phone', number: '0120-007-110' }],
    hours: {
      kind: 'weekly',
      days: {
        '1': [{ start: '08:30', end: '17:15' }],
        '2': [{ start: '08:30', end: '17:15' }],
        '3': [{ start: '08:30', end: '17:15' }],
        '4': [{ start: '08:30', end: '17:15' }],
        '5': [{ start: '08:30', end: '17:15' }],
        '6': [],
        '7': [],
      },
      holidays: 'closed',
      // 「平日」 for a 法務局: not on 行政機関の休日, which include 12/29–1/3.
      closedDates: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'],
    },
    audiences: ['teen'],
    topics: [],
    scope: 'national',
    // 小千谷市 (updated 2025-08-20): 「電話番号 0120-007-110(全国共通フリーダイヤル、通話は無料です)
    // 相談できる時間 平日(月~金曜日)の午前8時30分~午後5時15分」. (Its yearly 強化週間 with longer
    // hours is dated, so it is not shipped.)
    sourceUrl: 'https://www.city.ojiya.niigata.jp/soshiki/shimin/kodomonojinken.html',
    verifiedOn: READ_ON,
  },
]);
