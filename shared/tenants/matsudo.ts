/**
 * @module
 * 松戸市 (千葉県), the example municipality. Its local windows are the ones
 * its suicide-prevention plan names (helplines-ja.md); the plan gives no
 * numbers, hours or links, so none are given here: each window ships without
 * a number, hours `unknown`, marked unverified, and the production check
 * refuses them until the city's official details are filled in.
 */
import { CHIBA_HELPLINES, defineHelplines, EMERGENCY_HELPLINES, EVERYONE, HANDBOOK_READ_ON, NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import type { HelplineInput } from '../helplines/schema';
import { defineTenant } from './define';

type LocalWindow = Pick<HelplineInput, 'id' | 'name' | 'description' | 'channels' | 'audiences' | 'topics'>;

const pendingCityDetails = (w: LocalWindow): HelplineInput => ({
  ...w,
  hours: { kind: 'unknown' },
  scope: 'local',
  verifiedOn: HANDBOOK_READ_ON,
  unverified: true,
  unverifiedReason: '番号・受付時間は市の公式情報で確認中',
});

const phone = { type: 'phone' } as const;
const visit = { type: 'visit' } as const;

const LOCAL_WINDOWS: LocalWindow[] = [
  // The city's own window: any topic, so topics stay empty.
  { id: 'matsudo-ikiru-shien', name: '生きる支援相談窓口（健康推進課）', description: '暮らしやこころの悩みを幅広く受け止める、市の相談窓口です。', channels: [phone, visit], audiences: EVERYONE, topics: [] },
  { id: 'matsudo-ikiiki-anshin', name: '高齢者いきいき安心センター（地域包括支援センター）', description: '高齢の方の暮らしや介護について相談できます。', channels: [phone, visit], audiences: ['adult', 'family'], topics: ['care'] },
  { id: 'matsudo-kikan-soudan', name: '基幹相談支援センター', description: '障害やこころの病気がある方の暮らしについて相談できます。', channels: [phone, visit], audiences: ['adult', 'family'], topics: ['mindHealth', 'bodyHealth'] },
  { id: 'matsudo-seikatsu-shien', name: '生活支援課・自立相談支援センター', description: 'お金や生活費、暮らしの支えについて相談できます。', channels: [phone, visit], audiences: ['adult', 'family'], topics: ['money'] },
  { id: 'matsudo-kodomo-katei', name: 'こども家庭センター・親子すこやかセンター', description: '子どものこと、子育てや妊娠・出産について相談できます。', channels: [phone, visit], audiences: EVERYONE, topics: ['parenting', 'family'] },
  // The handbook names this centre without saying what it covers, so it is not narrowed to topics.
  { id: 'matsudo-hotnet', name: '中核地域生活支援センターまつど（ほっとねっと）', description: '暮らしの困りごとを相談できる地域の支援センターです。', channels: [phone, visit], audiences: EVERYONE, topics: [] },
  { id: 'matsudo-houterasu', name: '法テラス', description: '借金や法律の困りごとについて相談できます。', channels: [phone], audiences: ['adult', 'family'], topics: ['debt'] },
  { id: 'matsudo-hellowork', name: 'ハローワーク', description: '仕事探しや働くことについて相談できます。', channels: [visit], audiences: ['adult'], topics: ['work'] },
  { id: 'matsudo-toukatsu-seitoshi', name: 'NPO法人とうかつ生と死を考える会', description: '自死で身近な人を亡くした方のための相談先です。', channels: [phone], audiences: ['adult', 'family'], topics: ['bereavement'] },
  // Reached through the partner-only QR card the city hands out; the page has no link to give.
  { id: 'matsudo-lifelink-sns', name: 'ライフリンク SNS相談', description: '市が配る案内カードのQRコードから使えるSNS相談です。', channels: [{ type: 'line' }], audiences: EVERYONE, topics: [] },
];
const MATSUDO_LOCAL = defineHelplines(LOCAL_WINDOWS.map(pendingCityDetails));

export const MATSUDO = defineTenant({
  id: 'matsudo',
  name: '松戸市',
  prefecture: '千葉県',
  serviceName: 'こころのセルフチェック（松戸市）',
  localNote: '市の相談窓口の電話番号と受付時間は、市の公式情報で確認中です。',
  helplines: [...EMERGENCY_HELPLINES, ...CHIBA_HELPLINES, ...NATIONAL_HELPLINES, ...TEEN_HELPLINES, ...MATSUDO_LOCAL],
});
