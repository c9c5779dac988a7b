/**
 * @module
 * Chiba prefecture lines that answer in other languages, each from the
 * prefecture's own page read on `READ_ON` (stored snapshot). Only what the
 * page states is given: its numbers, hours and the languages it lists.
 *
 * Looked for and left out, because no official page was found that states
 * them (only blogs, news or aggregators did): よりそいホットライン's
 * foreign-language line, 外国人在留支援センター (FRESC), 千葉県精神保健福祉センター's
 * consultation number and 松戸健康福祉センター's 精神保健福祉相談. Looked for again on
 * 2026-12-02: the prefecture's 「千葉県精神保健福祉センターの移転について」 (2023-08-03)
 * names its 依存症 and family-related consultations but gives only the press
 * contact's number; 松戸市's 「外国人相談窓口(多言語)」 on its English page breaks
 * off at 「currently available in 3 languages (E」, before its languages,
 * number or hours; 松戸市's 英語・中国語行政通訳 is for city-hall matters only.
 * 法テラス's multilingual line is national (./national).
 */
import { defineHelplines, EVERYONE } from './define';

/** The day the official page cited below was read (stored snapshot). */
const READ_ON = '2026-12-01';

const TWO_SITTINGS = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '16:00' }];

export const CHIBA_LANGUAGE_HELPLINES = defineHelplines([
  {
    id: 'chiba-foreign-residents',
    name: '千葉県外国人総合相談窓口',
    description: '外国から来た方が、暮らしの困りごとを日本語や母語で相談できる千葉県の窓口です。',
    channels: [{ type: 'phone', number: '043-297-2966' }, { type: 'visit' }],
    // 「月曜~金曜日(祝日を除く)9時00分~12時00分、13時00分~16時00分」
    hours: {
      kind: 'weekly',
      days: { '1': TWO_SITTINGS, '2': TWO_SITTINGS, '3': TWO_SITTINGS, '4': TWO_SITTINGS, '5': TWO_SITTINGS, '6': [], '7': [] },
      // The page names no year-end closure, so none is added.
      holidays: 'closed',
    },
    hoursNote: '2019年の県の発表に書かれた時間です。',
    audiences: EVERYONE,
    topics: [],
    scope: 'prefecture',
    // 千葉県 報道発表「外国人相談窓口の機能拡充について」(更新日:令和元(2019)年6月19日):
    // 「13言語(日本語、英語、中国語、スペイン語、タガログ語、ベトナム語、韓国語、ネパール語、タイ語、
    // ポルトガル語、インドネシア語、ロシア語、ヒンディー語)」「相談受付方法 電話又は来所」
    // 「電話番号:043-297-2966(変更なし)」
    languages: ['ja', 'en', 'zh', 'es', 'tl', 'vi', 'ko', 'ne', 'th', 'pt', 'id', 'ru', 'hi'],
    sourceUrl: 'https://www.pref.chiba.lg.jp/kokusai/press/2019/soudan.html',
    sourceUpdatedOn: '2019-06-19',
    verifiedOn: READ_ON,
  },
]);
