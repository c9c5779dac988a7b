/**
 * @module
 * National phone and chat lines for everyone. Each verified entry cites the
 * official public page (a municipality's, the Tokyo Metropolitan
 * Government's or the operator's own) on which its number or hours were read, from stored
 * snapshots on `READ_ON`. What no official page gave — a chat's link, a
 * line's current hours — ships absent, and the entry says why it is
 * unverified. 厚生労働省「まもろうよ こころ」 had no stored copy to read;
 * re-check these against it before a real launch.
 */
import { defineHelplines, EVERYONE, everyDay, HANDBOOK_READ_ON } from './define';

/** The day the official pages cited below were read (stored snapshots). */
const READ_ON = '2026-12-01';
/** The day 法テラス's own multilingual page was read (stored snapshot). */
const OPERATOR_READ_ON = '2026-12-02';

export const NATIONAL_HELPLINES = defineHelplines([
  {
    id: 'kokoro-unified-dial',
    name: 'こころの健康相談統一ダイヤル',
    description: 'こころの悩みを相談したいときに、電話をかけた地域の公的な相談窓口につながる全国共通の番号です。',
    channels: [{ type: 'phone', number: '0570-064-556' }],
    // The hours are those of the local office the call reaches; the page read gives none.
    hours: { kind: 'unknown' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    // 加古川市「こころの健康」(updated 2024-05-16): 「全国どこからでも共通の電話番号に電話すれば、
    // 電話をかけた所在地の公的な相談機関に接続されます。電話:0570-064-556」
    sourceUrl: 'https://www.city.kakogawa.lg.jp/soshikikarasagasu/kenkouiryou/kenkoka/uerunesukenkojoho2/1418542913345.html',
    verifiedOn: READ_ON,
  },
  {
    id: 'yorisoi-hotline',
    name: 'よりそいホットライン',
    description: '暮らしの中の困りごとや、気持ち・悩みを聞いてほしいときに、24時間いつでも電話で相談できます。',
    // 0120-279-226 (岩手・宮城・福島) is in the handbook but on no official page read here: not shipped.
    channels: [{ type: 'phone', number: '0120-279-338' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    // 加古川市「こころの健康」: 「よりそいホットライン 暮らしの中で困っていること、気持ちや悩みを
    // 聞いてほしい方の電話相談。電話:0120-279-338(24時間対応)」
    sourceUrl: 'https://www.city.kakogawa.lg.jp/soshikikarasagasu/kenkouiryou/kenkoka/uerunesukenkojoho2/1418542913345.html',
    verifiedOn: READ_ON,
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
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    // あきる野市「その悩み誰かに相談していますか?」(2023-03-24): 「一般社団法人日本いのちの電話連盟
    // 電話番号:0120-783-556(年中無休で午後4時から午後9時まで、毎月10日は午前8時から翌日午前8時まで)」
    sourceUrl: 'https://www.city.akiruno.tokyo.jp/0000015267.html',
    verifiedOn: READ_ON,
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
    // 志賀町(石川県) 自殺予防週間のページ: 「【いのちSOS】フリーダイヤル 0120-061-338」. The stored copy
    // was served from Yahoo's cache of the town's page (www-town-shika-lg-jp.cache.yimg.jp); it gives no hours.
    sourceUrl: 'https://www.town.shika.lg.jp/hoken-center/yobousesshu_2_2_2.html',
    verifiedOn: READ_ON,
    unverified: true,
    unverifiedReason: '番号は町の公式ページで確認したが、受付時間を載せた公式ページが見つからない（時間は2022年の新聞記事にしかない）',
  },
  {
    id: 'anata-no-ibasho',
    name: 'あなたのいばしょ',
    description: '年齢や性別に関係なく、どんな悩みでも24時間チャットで相談できます。',
    // No official page read gives the chat's address (it appears only in news articles), so none is linked.
    channels: [{ type: 'chat' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'national',
    crisis: true,
    // 東京都 若者支援ポータル (2025-08-26): 「あなたのいばしょでは、24時間365日のチャット相談窓口を運営
    // しています。いつでも誰でも年齢や性別に関係なく、どんな相談でも受け付ける仕組みを整えています。」
    sourceUrl: 'https://www.wakapota.metro.tokyo.lg.jp/column/introduction.php?id=13',
    verifiedOn: READ_ON,
    unverified: true,
    unverifiedReason: '24時間365日の受付は東京都の公式ページで確認したが、チャットの入口のURLを載せた公式ページが見つからない',
  },
  {
    id: 'houterasu-multilingual',
    name: '法テラス 多言語情報提供サービス',
    description: '外国語で話したい方が、借金・離婚・仕事・ビザなどの困りごとを通訳を通して伝え、役立つ法律の制度や相談先を無料で案内してもらえます。',
    // 法テラス「Legal Information for Foreign Nationals(外国人のみなさまへ)」: 「Call us at 0570-078377
    // (Multilingual Information Service.)」「Explain your situation to the interpreter.」「The interpreter will put you
    // through to your nearest Houterasu District Office or District Branch Office.」
    channels: [{ type: 'phone', number: '0570-078377' }],
    // The interpreter puts the call through to a 法テラス office, so the line works in the offices' hours: 「Office Hours:
    // Monday to Friday from 9 a.m. to 5 p.m.」 (やさしい日本語 page: 「月曜日から金曜日(午前9時から午後5時 )」). The page
    // says nothing of public holidays; they are shown closed (no promise the page does not make) and the note says so.
    hours: {
      kind: 'weekly',
      days: { '1': [{ start: '09:00', end: '17:00' }], '2': [{ start: '09:00', end: '17:00' }], '3': [{ start: '09:00', end: '17:00' }], '4': [{ start: '09:00', end: '17:00' }], '5': [{ start: '09:00', end: '17:00' }], '6': [], '7': [] },
      holidays: 'closed',
    },
    hoursNote: '通訳を通して法テラスの事務所につながる時間です。祝日の扱いはページに書かれていません',
    audiences: EVERYONE,
    topics: ['debt'],
    scope: 'national',
    // The languages the page offers this service's guidance in, its 「Contents」 list: 「English(英語) 中文(中国語)
    // 한국어(韓国語) Español(スペイン語) Português(ポルトガル語) Tiếng Việt(ベトナム語) Tagalog(タガログ語)
    // नेपाली भाषा(ネパール語) ภาษาไทย(タイ語) Bahasa Indonesia(インドネシア語) やさしい 日本語」.
    languages: ['en', 'zh', 'ko', 'es', 'pt', 'vi', 'tl', 'ne', 'th', 'id'],
    sourceUrl: 'https://www.houterasu.or.jp/multilingual/index.html',
    verifiedOn: OPERATOR_READ_ON,
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
    unverifiedReason: 'LINEの入口・受付時間・運営団体を載せた公式ページが見つからない（報道は2018年と2020年で食い違う）',
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
    unverifiedReason: 'LINE・チャットの入口と現在の受付時間を載せた公式ページが見つからない（2020年の報道のみ）',
  },
]);
