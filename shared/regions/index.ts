/**
 * @module
 * The 47 prefectures as data: JIS X 0401 code (the first two digits of every
 * 全国地方公共団体コード), a lower-case id for URLs, groups and keys, the
 * name and its reading. A tenant's `prefecture` is one of these ids, checked
 * by the tenant schema; a prefecture scope (reports, the entry page) is one
 * of them too. Source: 総務省「全国地方公共団体コード」
 * (https://www.soumu.go.jp/denshijiti/code.html), codes 01–47.
 */
export interface Prefecture {
  /** JIS X 0401, two digits. */
  code: string;
  id: string;
  name: string;
  reading: string;
}

export const PREFECTURES = [
  { code: '01', id: 'hokkaido', name: '北海道', reading: 'ほっかいどう' },
  { code: '02', id: 'aomori', name: '青森県', reading: 'あおもりけん' },
  { code: '03', id: 'iwate', name: '岩手県', reading: 'いわてけん' },
  { code: '04', id: 'miyagi', name: '宮城県', reading: 'みやぎけん' },
  { code: '05', id: 'akita', name: '秋田県', reading: 'あきたけん' },
  { code: '06', id: 'yamagata', name: '山形県', reading: 'やまがたけん' },
  { code: '07', id: 'fukushima', name: '福島県', reading: 'ふくしまけん' },
  { code: '08', id: 'ibaraki', name: '茨城県', reading: 'いばらきけん' },
  { code: '09', id: 'tochigi', name: '栃木県', reading: 'とちぎけん' },
  { code: '10', id: 'gunma', name: '群馬県', reading: 'ぐんまけん' },
  { code: '11', id: 'saitama', name: '埼玉県', reading: 'さいたまけん' },
  { code: '12', id: 'chiba', name: '千葉県', reading: 'ちばけん' },
  { code: '13', id: 'tokyo', name: '東京都', reading: 'とうきょうと' },
  { code: '14', id: 'kanagawa', name: '神奈川県', reading: 'かながわけん' },
  { code: '15', id: 'niigata', name: '新潟県', reading: 'にいがたけん' },
  { code: '16', id: 'toyama', name: '富山県', reading: 'とやまけん' },
  { code: '17', id: 'ishikawa', name: '石川県', reading: 'いしかわけん' },
  { code: '18', id: 'fukui', name: '福井県', reading: 'ふくいけん' },
  { code: '19', id: 'yamanashi', name: '山梨県', reading: 'やまなしけん' },
  { code: '20', id: 'nagano', name: '長野県', reading: 'ながのけん' },
  { code: '21', id: 'gifu', name: '岐阜県', reading: 'ぎふけん' },
  { code: '22', id: 'shizuoka', name: '静岡県', reading: 'しずおかけん' },
  { code: '23', id: 'aichi', name: '愛知県', reading: 'あいちけん' },
  { code: '24', id: 'mie', name: '三重県', reading: 'みえけん' },
  { code: '25', id: 'shiga', name: '滋賀県', reading: 'しがけん' },
  { code: '26', id: 'kyoto', name: '京都府', reading: 'きょうとふ' },
  { code: '27', id: 'osaka', name: '大阪府', reading: 'おおさかふ' },
  { code: '28', id: 'hyogo', name: '兵庫県', reading: 'ひょうごけん' },
  { code: '29', id: 'nara', name: '奈良県', reading: 'ならけん' },
  { code: '30', id: 'wakayama', name: '和歌山県', reading: 'わかやまけん' },
  { code: '31', id: 'tottori', name: '鳥取県', reading: 'とっとりけん' },
  { code: '32', id: 'shimane', name: '島根県', reading: 'しまねけん' },
  { code: '33', id: 'okayama', name: '岡山県', reading: 'おかやまけん' },
  { code: '34', id: 'hiroshima', name: '広島県', reading: 'ひろしまけん' },
  { code: '35', id: 'yamaguchi', name: '山口県', reading: 'やまぐちけん' },
  { code: '36', id: 'tokushima', name: '徳島県', reading: 'とくしまけん' },
  { code: '37', id: 'kagawa', name: '香川県', reading: 'かがわけん' },
  { code: '38', id: 'ehime', name: '愛媛県', reading: 'えひめけん' },
  { code: '39', id: 'kochi', name: '高知県', reading: 'こうちけん' },
  { code: '40', id: 'fukuoka', name: '福岡県', reading: 'ふくおかけん' },
  { code: '41', id: 'saga', name: '佐賀県', reading: 'さがけん' },
  { code: '42', id: 'nagasaki', name: '長崎県', reading: 'ながさきけん' },
  { code: '43', id: 'kumamoto', name: '熊本県', reading: 'くまもとけん' },
  { code: '44', id: 'oita', name: '大分県', reading: 'おおいたけん' },
  { code: '45', id: 'miyazaki', name: '宮崎県', reading: 'みやざきけん' },
  { code: '46', id: 'kagoshima', name: '鹿児島県', reading: 'かごしまけん' },
  { code: '47', id: 'okinawa', name: '沖縄県', reading: 'おきなわけん' },
] as const satisfies readonly Prefecture[];

export type PrefectureId = (typeof PREFECTURES)[number]['id'];
export const PREFECTURE_IDS = PREFECTURES.map((p) => p.id) as [PrefectureId, ...PrefectureId[]];

const BY_ID: ReadonlyMap<string, Prefecture> = new Map(PREFECTURES.map((p) => [p.id, p]));
/** The prefecture of an id; undefined for anything else. */
export const prefectureOf = (id: string): Prefecture | undefined => BY_ID.get(id);

/** The shape of a prefecture id in a URL (`/p/<id>/`): lower-case letters only, like every id above. */
export const PREFECTURE_ID_PATTERN = /^[a-z]{2,12}$/;

/**
 * The counting scope of a prefecture's entry page: the key its views are stored under, beside the towns'.
 * A dot can never be in a tenant id (TENANT_ID_PATTERN), so no town can share it.
 */
export const prefectureScope = (id: string): string => `p.${id}`;

/**
 * The prefectures that have an entry page: those of the tenants served, in JIS order. Test-only tenants never make
 * one (the page lists real towns only), so the build, both routers and the counting API agree by this one rule.
 */
export const servedPrefectures = (tenants: readonly { prefecture: string; testOnly?: boolean }[]): Prefecture[] => {
  const served = new Set(tenants.filter((t) => !t.testOnly).map((t) => t.prefecture));
  return PREFECTURES.filter((p) => served.has(p.id));
};
