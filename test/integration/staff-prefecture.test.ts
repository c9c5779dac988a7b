/**
 * @module
 * The prefecture report against a real dynalite table: three towns of 千葉県
 * and one of 埼玉県 get known completions and views; prefecture staff read
 * the sum over their towns only, each town cell under the 公表用 rules
 * (5未満, and 秘匿 where a lone hidden cell could be worked back out of the
 * total), per 100,000 residents only where a town has an official figure,
 * a ranking, a CSV, an audit entry; town staff and other prefectures are
 * refused, and prefecture staff open no town's own report.
 */
import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGENCY_HELPLINES } from '../../shared/helplines';
import type { CountingEvent } from '../../shared/events';
import { prefectureScope } from '../../shared/regions';
import { defineTenant, getTenant, type Tenant } from '../../shared/tenants';
import type { PrefectureReport } from '../../functions/staff/prefecture/report';
import { SYSTEM_CJK_FONT_CANDIDATES } from '../../functions/staff/qr';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

const NOW = new Date('2026-11-20T03:00:00Z');
const QUERY = 'start=2026-11-01&end=2026-11-19';
const town = (id: string, name: string, prefecture: 'chiba' | 'saitama', population?: number, reading = 'てすと'): Tenant =>
  defineTenant({
    id,
    name,
    reading,
    prefecture,
    serviceName: 'こころの体温計',
    helplines: EMERGENCY_HELPLINES,
    ...(population
      ? { population: { residents: population, asOf: '2026-11-01', source: '千葉県毎月常住人口調査（試験用の値）', sourceUrl: 'https://www.pref.chiba.lg.jp/toukei/' } }
      : {}),
  });
const matsudo = getTenant('matsudo') as Tenant;
const TOWNS = [matsudo, town('town-a', 'あおば町', 'chiba', 40_000), town('town-b', 'みどり村', 'chiba', 8_000), town('town-s', 'さくら市', 'saitama', 100_000)];
/** Completions and views sent, by town (this period); last year's are a tenth as many, rounded down. */
const SENT = { matsudo: { completions: 60, views: 200 }, 'town-a': { completions: 20, views: 44 }, 'town-b': { completions: 3, views: 9 }, 'town-s': { completions: 50, views: 70 } } as const;

const complete = (mode: 'self' | 'teen'): CountingEvent => ({
  type: 'complete',
  id: crypto.randomUUID(),
  mode,
  ageBand: mode === 'teen' ? '10s' : '40s',
  gender: 'na',
  band: 'some',
  safetyFlag: false,
  topics: [],
});

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW, SYSTEM_CJK_FONT_CANDIDATES.filter((f) => existsSync(f)).slice(0, 1), TOWNS);
  for (const [id, { completions, views }] of Object.entries(SENT)) {
    const events: { event: CountingEvent; at: Date }[] = [];
    for (let i = 0; i < completions; i++) events.push({ event: complete(i % 4 === 0 ? 'teen' : 'self'), at: new Date(`2026-11-${String(1 + (i % 18)).padStart(2, '0')}T12:00:00+09:00`) });
    for (let i = 0; i < views; i++) events.push({ event: { type: 'view', id: crypto.randomUUID() }, at: new Date('2026-11-10T09:00:00+09:00') });
    for (let i = 0; i < Math.floor(views / 10); i++) events.push({ event: { type: 'view', id: crypto.randomUUID() }, at: new Date('2025-11-10T09:00:00+09:00') });
    for (let i = 0; i < Math.floor(completions / 10); i++) events.push({ event: complete('self'), at: new Date('2025-11-10T12:00:00+09:00') });
    for (let i = 0; i < events.length; i += 50) await Promise.all(events.slice(i, i + 50).map((e) => api.store.record(id, e.event, e.at)));
  }
  // 千葉県's entry page: 23 views this period, 3 last year; 埼玉県's 7 must never show in 千葉県's report.
  const entryViews = (scope: string, n: number, at: string) => Promise.all(Array.from({ length: n }, () => api.store.record(scope, { type: 'view', id: crypto.randomUUID() }, new Date(at))));
  await entryViews(prefectureScope('chiba'), 23, '2026-11-05T09:00:00+09:00');
  await entryViews(prefectureScope('chiba'), 3, '2025-11-05T09:00:00+09:00');
  await entryViews(prefectureScope('saitama'), 7, '2026-11-05T09:00:00+09:00');
});
afterAll(async () => dynamo?.close());

const metric = (report: PrefectureReport, key: string) => {
  const found = report.metrics.find((m) => m.metric === key);
  if (!found) throw new Error(`no metric ${key}`);
  return found;
};

describe('prefecture report', () => {
  it('sums the prefecture\'s towns only, each town under the 公表用 rules', async () => {
    const token = await api.signIn('staff@chiba');
    const res = await api.call(token, `/api/staff/p/chiba/report?${QUERY}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as PrefectureReport;
    expect(report.prefecture).toEqual({ id: 'chiba', name: '千葉県' });
    expect(report.towns.map((t) => t.id)).toEqual(['matsudo', 'town-a', 'town-b']);
    expect(report.period).toMatchObject({ start: '2026-11-01', end: '2026-11-19' });

    const views = metric(report, 'views');
    expect(views.total).toMatchObject({ current: 200 + 44 + 9, previous: 20 + 4 + 0 });
    const byTown = Object.fromEntries(views.byTown.map((l) => [l.key, l]));
    expect(byTown.matsudo).toMatchObject({ current: 200, previous: 20, change: 180 });
    // town-a last year: 4 → 5未満. town-b last year: 0 → 5未満, this year 9 shown.
    expect(byTown['town-a']).toMatchObject({ current: 44, previous: '5未満', change: null });
    expect(byTown['town-b']).toMatchObject({ current: 9, previous: '5未満' });

    const completions = metric(report, 'completions');
    const c = Object.fromEntries(completions.byTown.map((l) => [l.key, l]));
    // town-b's 3 completions read 5未満; with one hidden cell the total would give it back, so the smallest other (town-a's 20) is 秘匿.
    expect(c['town-b']?.current).toBe('5未満');
    expect(c['town-a']?.current).toBe('秘匿');
    expect(c.matsudo?.current).toBe(60);
    expect(completions.total.current).toBe(83);

    // Per 100,000 residents only where a town has an official figure, and never for a hidden count.
    expect(views.perPopulation['town-a']).toEqual({ current: 110, previous: null });
    expect(views.perPopulation['town-b']).toEqual({ current: 112.5, previous: null });
    expect(views.perPopulation.matsudo).toEqual({ current: null, previous: null });
    expect(completions.perPopulation['town-a']?.current).toBeNull();
    expect(report.towns.find((t) => t.id === 'matsudo')?.populationNote).toContain('人口10万人あたりの数値は空欄');
    expect(report.ranking).toEqual([{ town: 'town-b', perPopulation: 112.5 }, { town: 'town-a', perPopulation: 110 }]);
    expect(report.unranked).toEqual([{ town: 'matsudo', reason: 'no_population' }]);
    // The entry page's own views, apart from every town's (not in the アクセス数 total), under the same 5未満 rule.
    expect(report.entry).toMatchObject({ label: '千葉県の入口ページ（市町村を選ぶページ）', current: 23, previous: '5未満', change: null });
    // Bounded per town: two reads each, whatever was counted.
    expect(report.read.queries).toBeGreaterThan(0);
  });

  it('writes the 公表用 CSV with a BOM, one row per town and figure', async () => {
    const token = await api.signIn('staff@chiba');
    const res = await api.call(token, `/api/staff/p/chiba/report.csv?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''kokoro-check_pref-chiba_");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toContain('【公表用】');
    const rows = (parse(text, { bom: true, columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[]).filter((r) => !r.期間?.startsWith('※'));
    const row = (item: string, townName: string) => rows.find((r) => r.項目 === item && r.市町村 === townName);
    expect(row('アクセス数', 'あおば町')).toMatchObject({ 件数: '44', 前年度同期間: '5未満', 人口10万人あたり: '110' });
    expect(row('完了数（全モード）', 'みどり村')).toMatchObject({ 件数: '5未満' });
    expect(row('完了数（全モード）', 'あおば町')).toMatchObject({ 件数: '秘匿', 人口10万人あたり: '' });
    expect(rows.some((r) => r.市町村 === 'さくら市')).toBe(false);
    expect(row('入口ページの表示数', '千葉県の入口ページ（市町村を選ぶページ）')).toMatchObject({ 件数: '23', 前年度同期間: '5未満' });
  });

  it('refuses town staff, other prefectures, and opens no town report to prefecture staff; audits what it shows', async () => {
    const pref = await api.signIn('staff@chiba');
    const townStaff = await api.signIn('staff@matsudo');
    expect((await api.call(townStaff, `/api/staff/p/chiba/report?${QUERY}`)).status).toBe(403);
    expect((await api.call(pref, `/api/staff/p/saitama/report?${QUERY}`)).status).toBe(403);
    expect((await api.call(pref, `/api/staff/p/atlantis/report?${QUERY}`)).status).toBe(403);
    expect((await api.call(pref, `/api/staff/t/matsudo/report?${QUERY}`)).status).toBe(403);
    expect((await api.call(pref, '/api/staff/p/chiba/report?fy=abc')).status).toBe(400);
    const me = (await (await api.call(pref, '/api/staff/me')).json()) as { prefectures: Record<string, string>; tenants: Record<string, string> };
    expect(me).toMatchObject({ tenants: {}, prefectures: { chiba: 'staff' } });
    const entries = await api.audit.list('P:chiba', '2026-11', { limit: 50, now: NOW });
    expect(entries.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['report.view', 'report.csv']));
  });

  it("gives prefecture staff their entry page's QR code, which decodes to /p/<pref>/, and refuses it to anyone else", async () => {
    const pref = await api.signIn('staff@chiba');
    const png = await api.call(pref, '/api/staff/p/chiba/qr.png?size=a4');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-disposition')).toContain('qr-pref-chiba-a4.png');
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe('https://kokoro.example.jp/p/chiba/');
    const svg = await api.call(pref, '/api/staff/p/chiba/qr.svg');
    expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
    expect(await svg.text()).toContain('千葉県 こころのセルフチェック');
    expect((await api.call(pref, '/api/staff/p/chiba/qr.png?size=poster')).status).toBe(400);
    expect((await api.call(pref, '/api/staff/p/saitama/qr.png')).status).toBe(403);
    expect((await api.call(await api.signIn('staff@matsudo'), '/api/staff/p/chiba/qr.png')).status).toBe(403);
    const entries = await api.audit.list('P:chiba', '2026-11', { limit: 50, now: NOW });
    expect(entries.entries.filter((e) => e.action === 'qr.download').map((e) => e.target)).toEqual(
      expect.arrayContaining([expect.objectContaining({ format: 'png', size: 'a4' }), expect.objectContaining({ format: 'svg', size: 'sticker' })]),
    );
  });
});
