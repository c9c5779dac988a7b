/**
 * @module
 * 松戸市 (千葉県), the example municipality. Its local windows are the ones
 * its suicide-prevention plan names (helplines-ja.md). Each window carries
 * only what an official page was read to state (stored snapshots read on
 * `READ_ON`): a window whose number and hours were both read ships verified;
 * one with less ships what was read, marked unverified with the reason, and
 * the production check refuses it until the rest is confirmed.
 */
import { CHIBA_HELPLINES, defineHelplines, EMERGENCY_HELPLINES, EVERYONE, NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { CHIBA_LANGUAGE_HELPLINES } from '../helplines/chiba-languages';
import type { HelplineInput } from '../helplines/schema';
import type { IndicatorInput } from '../indicators/schema';
import { defineTenant } from './define';

/** The day the official pages cited below were read (stored snapshots). */
const READ_ON = '2026-12-01';
/** The day the 親子すこやかセンター page was read and the other windows' pages looked for again (stored snapshots). */
const READ_AGAIN_ON = '2026-12-02';

const phone = { type: 'phone' } as const;
const visit = { type: 'visit' } as const;
const local = { scope: 'local', verifiedOn: READ_ON } as const;
const unknownHours = { kind: 'unknown' } as const;

/** 「平日」 at a city office: Monday to Friday, closed on holidays and 12/29–1/3 (行政機関の休日). */
const cityWeekdays = (start: string, end: string): HelplineInput['hours'] => ({
  kind: 'weekly',
  days: { '1': [{ start, end }], '2': [{ start, end }], '3': [{ start, end }], '4': [{ start, end }], '5': [{ start, end }], '6': [], '7': [] },
  holidays: 'closed',
  closedDates: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'],
});

/** 松戸市's own windows; exported so their ids are known to the helplines' texts (shared/helplines/texts). */
export const MATSUDO_LOCAL = defineHelplines([
  // The city's own window: any topic, so topics stay empty.
  {
    id: 'matsudo-ikiru-shien', name: '生きる支援相談窓口（健康推進課）', description: '暮らしやこころの悩みを幅広く受け止める、市の相談窓口です。',
    channels: [phone, visit], hours: unknownHours, audiences: EVERYONE, topics: [], ...local,
    // 松戸市「こころの健康」の「主な相談窓口一覧」: 「健康相談 こころと身体の健康相談、専門的な相談窓口の案内を
    // 行っています。松戸市 健康推進課 電話:047-」 — the stored copy breaks off inside the number.
    sourceUrl: 'https://www.city.matsudo.chiba.jp/iryoutoshi/healthcare/kokoro2.html',
    sourceUpdatedOn: '2022-07-27',
    unverified: true,
    // Looked for again on READ_AGAIN_ON with queries for the number and its 受付時間 line: every stored copy of the
    // page ends at the same 「電話:047-」, and no other official page read gives 健康推進課's consultation number (the
    // city's 「第2期松戸市自殺対策計画」 page, 更新日:2024年4月1日, describes the plan and shows no number in its stored text;
    // its gatekeeper page, 更新日:2023年3月1日, breaks off at 「誰でもゲートキーパー手」 before any 相談先).
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: '市の「こころの健康」ページに健康推進課の電話が載っているが、読めた写しでは番号が途中で切れており、受付時間も確認できていない（2026年12月2日に探し直しても、番号を載せた市の公式ページは見つからない）',
  },
  {
    id: 'matsudo-ikiiki-anshin', name: '高齢者いきいき安心センター（地域包括支援センター）', description: '高齢の方の暮らしや介護について相談できます。',
    channels: [phone, visit], hours: unknownHours, audiences: ['adult', 'family'], topics: ['care'], ...local,
    unverified: true,
    // Several centres by district: no single number is picked. Looked for again on READ_AGAIN_ON: no city page listing the
    // centres was in the stored pages; one centre's number (明第1) is on a 社会福祉協議会 district page, not the city's list.
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: 'センターは地区ごとに複数あり、一つの番号は載せない。地区別の一覧を載せた市の公式ページを確認できていない（2026年12月2日に探し直しても見つからない）',
  },
  {
    id: 'matsudo-kikan-soudan', name: '基幹相談支援センター', description: '障害やこころの病気がある方の暮らしについて相談できます。',
    channels: [phone, visit], hours: unknownHours, audiences: ['adult', 'family'], topics: ['mindHealth', 'bodyHealth'], ...local,
    unverified: true,
    // Looked for again on READ_AGAIN_ON (「松戸市基幹相談支援センターCoCo」 among other names): its number, hours and place are
    // only in 松戸よみうり's article on its opening; no city page.
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: '番号と受付時間は地域紙の記事にしか見つからず、市の公式ページで確認できていない（2026年12月2日に探し直しても見つからない）',
  },
  {
    id: 'matsudo-seikatsu-shien', name: '生活支援課・自立相談支援センター', description: 'お金や生活費、暮らしの支えについて相談できます。',
    channels: [phone, visit], hours: unknownHours, audiences: ['adult', 'family'], topics: ['money'], ...local,
    // 松戸市「生活困窮者自立支援制度」: 「生活全般にわたる困りごとの総合相談窓口である「松戸市自立相談支援センター」が
    // 平成27年4月より開設されました。」 — the stored copy shows no number or hours.
    sourceUrl: 'https://www.city.matsudo.chiba.jp/kenko_fukushi/seikatsushien/seikatsukonkyuusha/seikatukonkyusha.html',
    sourceUpdatedOn: '2017-08-09',
    unverified: true,
    // Looked for again on READ_AGAIN_ON: the city's newer page for the system (更新日:2024年7月12日, at
    // kenko_fukushi/seikatsushien/seikatsushien/seikatsukonkyuusha/seikatukonkyusha.html, stored only as Yahoo's cache of it)
    // says 「市役所本館3階に松戸市自立相談支援センターを設置しており、専門の相談支援員が常駐しています。」 and breaks off
    // before any number. The number and hours appear only on a directory site and a local news site: not shipped
    // (looked for once more on READ_AGAIN_ON, with the number itself as the query: still only those two).
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: '窓口は市の公式ページで確認したが、電話番号と受付時間は読めた範囲の公式ページに載っていない（番号と時間は地域の情報サイトにしか見つからない）',
  },
  {
    id: 'matsudo-kodomo-katei', name: 'こども家庭センター（家庭児童相談窓口）', description: '子どものこと、子育てや家庭の悩みについて、専門の相談員に相談できます。',
    channels: [{ type: 'phone', number: '047-366-3941' }], hours: cityWeekdays('09:00', '17:00'), audiences: EVERYONE, topics: ['parenting', 'family'], ...local,
    // 松戸市「子ども部長のページ」: 「こども家庭センターでは、専門の相談員が相談に応じます。家庭やお子さんの悩み事について、
    // なんでもご相談ください。(相談は無料で、予約は必要ありません。)家庭児童相談窓口 相談電話(平日9時から17時):047-366-3941」
    sourceUrl: 'https://www.city.matsudo.chiba.jp/shisei/torikumi_shoukai/kodomo.html',
    sourceUpdatedOn: '2023-04-07',
    // What the structured hours cannot say; the hours themselves show once, from the data.
    hoursNote: '相談は無料で、予約は必要ありません',
  },
  // On the same page as 家庭児童相談窓口, with its own number and the same weekday hours.
  {
    id: 'matsudo-fujin-soudan', name: 'こども家庭センター（婦人相談窓口）', description: '女性が家庭や夫婦のこと、暮らしの悩みを専門の相談員に相談できる市の窓口です。',
    channels: [{ type: 'phone', number: '047-366-3955' }], hours: cityWeekdays('09:00', '17:00'), audiences: ['adult', 'family'], topics: ['couple', 'gender'], ...local,
    // 松戸市「子ども部長のページ」: 「婦人相談窓口 相談電話(平日9時から17時):047-366-3955」
    sourceUrl: 'https://www.city.matsudo.chiba.jp/shisei/torikumi_shoukai/kodomo.html',
    sourceUpdatedOn: '2023-04-07',
  },
  // For the 赤ちゃんママ mode: the city's own page for its 産後ケア事業 names where to ask.
  {
    id: 'matsudo-sango-care', name: '産後ケア事業（中央保健福祉センター）', description: '産後の体調や育児に不安があるお母さんと赤ちゃんを支える、市の産後ケアについて問い合わせできます。',
    channels: [{ type: 'phone', number: '047-366-7489' }], hours: unknownHours, audiences: ['perinatal'], topics: ['parenting'], ...local,
    // 松戸市「産後ケア事業」: 「出産後、家族等から十分な育児等の援助が受けられず、特に育児支援を要する家庭を対象に、
    // 産後ケア事業(宿泊型・日帰り型・訪問型)を実施しています。」「中央保健福祉センター(047-366-7489)へお問い合わせください。」
    sourceUrl: 'https://www.city.matsudo.chiba.jp/smph/kosodate/matsudodekosodate/kosodatenavi/ninshinshitara/sanngokea.html',
    sourceUpdatedOn: '2024-02-20',
    unverified: true,
    // The city's 「流産・死産を経験された方へ」 page gives the same 中央保健福祉センター number with 受付時間, but for its
    // consultations, not for 産後ケア inquiries, so those hours are not carried over here. Looked for again on
    // READ_AGAIN_ON (the city's 母子保健 / こども家庭センター / 「出産したら」 pages): no 受付時間 for 産後ケア inquiries.
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: '番号は市の産後ケア事業のページで確認したが、受付時間が載っておらず、ページには令和6年4月以降に内容が変わる可能性があると書かれている',
  },
  // For the 赤ちゃんママ mode: the city's 「流産・死産を経験された方へ」 lists three 親子すこやかセンター (中央・小金・
  // 常盤平), each with its own number, under one 受付時間. One entry each, so no single number is picked for all.
  // The stored copy was served from Yahoo's cache of the city's page (www.city.matsudo.chiba.jp.cache.yimg.jp);
  // the text is the city's own, and the page itself is cited.
  ...([
    ['matsudo-oyako-sukoyaka-chuo', '親子すこやかセンター中央', '047-366-7766'],
    ['matsudo-oyako-sukoyaka-kogane', '親子すこやかセンター小金', '047-346-6066'],
    ['matsudo-oyako-sukoyaka-tokiwadaira', '親子すこやかセンター常盤平', '047-384-8020'],
  ] as const).map(([id, name, number]): HelplineInput & { id: typeof id } => ({
    id, name, description: '流産や死産を経験してつらいとき、気持ちや状況を保健師・社会福祉士・助産師に電話や面接で相談できる市の窓口です。',
    channels: [{ type: 'phone', number }, visit], hours: cityWeekdays('08:30', '17:00'), audiences: ['perinatal'], topics: ['bereavement'],
    scope: 'local', verifiedOn: READ_AGAIN_ON,
    // 松戸市「流産・死産を経験された方へ」: 「保健福祉センターまたは、親子すこやかセンターで相談を受け付けております。
    // 電話や面接、ご自宅へお伺いして相談に応じます。」「受付時間:月曜日から金曜日 午前8時30分から午後5時まで
    // (祝日・年末年始を除く)」「親子すこやかセンター 保健師、社会福祉士、助産師が相談に応じます。」
    // 「親子すこやかセンター中央:047-366-7766」「親子すこやかセンター小金:047-346-6066」「親子すこやかセンター常盤平:047-384-8020」
    sourceUrl: 'https://www.city.matsudo.chiba.jp/kosodate/matsudodekosodate/kosodatenavi/ninshinshitara/ryuzann.html',
    sourceUpdatedOn: '2024-02-01',
    hoursNote: 'ご自宅へ伺っての相談もできます',
  })),
  // 千葉県's own list of its 中核地域生活支援センター gives this centre's number; its hours are on no official page read.
  {
    id: 'matsudo-hotnet', name: '中核地域生活支援センターまつど（ほっとねっと）', description: '子どもや大人、障害のある方やその家族など、誰でも暮らしの困りごとを相談できる、県が設けた福祉の総合相談の窓口です。',
    channels: [{ type: 'phone', number: '047-309-7677' }], hours: unknownHours, audiences: EVERYONE, topics: [], scope: 'local', verifiedOn: READ_AGAIN_ON,
    // 千葉県「ちば県民だより(令和3年1月号)4面」「福祉の総合相談窓口のご案内」: 「「中核地域生活支援センター」は、「誰でも」
    // 「どこでも」「どんなことでも」相談者に寄り添った支援を行っています。」「子どもや大人、障害のある方やそのご家族など、
    // どなたでも相談ができます。」「ご自宅などの話しやすいところでお話をお聞きします。」「【県内の中核地域生活支援センター】
    // 最寄りのセンターにご連絡ください。」「松 戸 ほっとねっと TEL 047(309)7677」. The page gives no hours.
    sourceUrl: 'https://www.pref.chiba.lg.jp/kouhou/kenmindayori/r3/r3-01/tayori-4.html',
    sourceUpdatedOn: '2021-01-01',
    unverified: true,
    // The 24 h, 365 days (「24時間365日いつでも電話を受けられる体制」) is on harutaka-aozora.jp, whose being the operator's own
    // site was not confirmed, and on a 流山市 community page quoting the prefecture's 要綱: neither is an official source.
    hoursNote: '電話での相談のほか、自宅など話しやすい場所で話を聞いてもらうこともできます',
    unverifiedReason: '番号は千葉県の広報紙（ちば県民だより 令和3年1月号）の公式ページで確認したが、受付時間は県・市・運営法人の公式ページで確認できていない（2026年12月2日）',
  },
  {
    id: 'matsudo-houterasu', name: '法テラス・サポートダイヤル', description: '借金や法律の困りごとについて、制度や相談先を案内してもらえます。',
    channels: [{ type: 'phone', number: '0570-078374' }],
    // 「受付日時 平日の9時~21時、土曜日の9時から17時 (祝日・年末年始を除く)」; 年末年始 read as 12/29–1/3, as for the
    // other public offices here.
    hours: {
      kind: 'weekly',
      days: {
        '1': [{ start: '09:00', end: '21:00' }], '2': [{ start: '09:00', end: '21:00' }], '3': [{ start: '09:00', end: '21:00' }],
        '4': [{ start: '09:00', end: '21:00' }], '5': [{ start: '09:00', end: '21:00' }], '6': [{ start: '09:00', end: '17:00' }], '7': [],
      },
      holidays: 'closed',
      closedDates: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'],
    },
    audiences: ['adult', 'family'], topics: ['debt'], scope: 'local', verifiedOn: READ_AGAIN_ON,
    // 法テラス「法テラス・サポートダイヤル」: 「法的トラブルでお困りの方は 電話 0570-078374 おなやみなし」「法テラスの専門
    // オペレーターが、お問い合わせ内容に応じて、法制度や相談機関・団体等を紹介します。」「利用料 0円」
    // (IP電話・プリペイド携帯からの 03-6745-5600 is on the same page; a card shows one number, so it is not added.)
    sourceUrl: 'https://www.houterasu.or.jp/madoguchi_info/call_center/index.html',
    hoursNote: '案内は無料です（通話料はかかります）。個別の法律相談ではなく、制度や相談先の紹介です',
  },
  {
    id: 'matsudo-hellowork', name: 'ハローワーク', description: '仕事探しや働くことについて相談できます。',
    channels: [visit], hours: unknownHours, audiences: ['adult'], topics: ['work'], ...local,
    unverified: true,
    // Looked for again on READ_AGAIN_ON on 厚生労働省 / 千葉労働局 pages: only 流山市's page naming 松戸公共職業安定所 (no
    // number or hours) and unrelated ハローワーク pages were stored.
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: 'ハローワーク松戸の所在地・番号・受付時間を厚生労働省・千葉労働局の公式ページで確認できていない（2026年12月2日に探し直しても見つからない）',
  },
  {
    id: 'matsudo-toukatsu-seitoshi', name: 'NPO法人とうかつ生と死を考える会', description: '自死で身近な人を亡くした方のための相談先です。',
    channels: [phone], hours: unknownHours, audiences: ['adult', 'family'], topics: ['bereavement'], ...local,
    unverified: true,
    // Looked for again on READ_AGAIN_ON: no page of the city or of the association names it.
    verifiedOn: READ_AGAIN_ON,
    unverifiedReason: '番号と受付時間を市または会の公式ページで確認できていない（2026年12月2日に探し直しても見つからない）',
  },
  // Reached through the partner-only QR card the city hands out; the page has no link to give.
  {
    id: 'matsudo-lifelink-sns', name: 'ライフリンク SNS相談', description: '市が配る案内カードのQRコードから使えるSNS相談です。',
    channels: [{ type: 'line' }], hours: unknownHours, audiences: EVERYONE, topics: [], ...local,
    unverified: true,
    unverifiedReason: '市が配るカードのQRコードからのみ使え、公式ページに載せられるリンクと受付時間がない',
  },
]);

/**
 * The two figures the city's mid-year report gives, named and worded as it
 * prints them (product.md). アクセス数 is the fiscal year so far, every page
 * open whatever the mode. 「本人モード、10代の利用者数」 is completed checks in
 * 本人モード by residents who chose 10代: the plan names that mode alone, so the
 * 10代モード is left out — adding 'teen' to `modes` is the city's call.
 */
const MATSUDO_INDICATORS: IndicatorInput[] = [
  {
    id: 'access',
    name: 'こころの体温計アクセス数',
    figure: { kind: 'view' },
    period: { kind: 'fiscalYearToDate' },
    template: 'こころの体温計アクセス数：{value}件（前年度同時期アクセス数：{lastYear}件）',
  },
  {
    id: 'self-teens',
    name: '『こころの体温計』本人モード、10代の利用者数',
    figure: { kind: 'complete', modes: ['self'], ageBand: '10s' },
    period: { kind: 'months', from: 6, to: 11 },
    template: '『こころの体温計』本人モード、10代の利用者数（{period}）：{value}件（前年度同期間：{lastYear}件）',
  },
];

export const MATSUDO = defineTenant({
  id: 'matsudo',
  name: '松戸市',
  reading: 'まつどし',
  prefecture: 'chiba',
  // Looked for on 2026-12-02 in the stored pages of 千葉県 (毎月常住人口調査: only the prefecture totals and the
  // towns' changes were in the stored copies) and of 松戸市 (no 人口と世帯 page stored); secondary sites are no source.
  populationNote: '人口の公式な数値（千葉県毎月常住人口調査など）を確認中のため、人口10万人あたりの数値は空欄です。',
  serviceName: 'こころのセルフチェック（松戸市）',
  localNote: '市の相談窓口の一部は、電話番号と受付時間を確認中です。',
  // The note in each page language, saying only what the Japanese says; the service's name stays Japanese on the
  // やさしい日本語 page (it is the page's title, which shows no ruby).
  texts: {
    easy: { localNote: 'しの　そうだんの　まどぐちの　なかには、でんわばんごうと　うけつけの　じかんを　いま　たしかめて　いる　ところが　あります。' },
    en: { serviceName: 'Self-check for your mind (Matsudo City)', localNote: 'For some of the city’s consultation windows, the phone number and hours are still being confirmed.' },
    zh: { serviceName: '心理自我检查（松户市）', localNote: '市里部分咨询窗口的电话号码和受理时间正在确认中。' },
    vi: { serviceName: 'Tự kiểm tra tâm lý (Thành phố Matsudo)', localNote: 'Một số quầy tư vấn của thành phố đang được xác nhận số điện thoại và giờ tiếp nhận.' },
  },
  helplines: [...EMERGENCY_HELPLINES, ...CHIBA_HELPLINES, ...CHIBA_LANGUAGE_HELPLINES, ...NATIONAL_HELPLINES, ...TEEN_HELPLINES, ...MATSUDO_LOCAL],
  indicators: MATSUDO_INDICATORS,
});
