/**
 * @module
 * The two CSV files staff download — 庁内用 (every figure) and 公表用 (small
 * cells hidden) — against a real dynalite table, from events whose truth is
 * known: a 5未満 cell is truly under 5 and a cell hidden only to protect it
 * reads 秘匿 however large it is; rows that cannot occur (10代モード × 20代)
 * are absent rather than hidden; each file is named and headed by tenant,
 * period and kind; 月別 rows compare each month with the same month last year.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, type AgeBand, type Mode } from '../../shared/domain';
import type { CountingEvent } from '../../shared/events';
import { jstParts } from '../../shared/time';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

// 2026-11-30 12:00 JST: 令和8年度 runs to the 29th so far (前日まで).
const NOW = new Date('2026-11-30T03:00:00Z');

interface Sent {
  at: Date;
  event: CountingEvent;
}
const sent: Sent[] = [];
let day = 0;
/** Spreads events over a month at noon JST, so every one lands in the month it is meant for. */
const at = (month: string) => new Date(`${month}-${String((day++ % 28) + 1).padStart(2, '0')}T12:00:00+09:00`);
const views = (month: string, src: string | undefined, n: number) => {
  for (let i = 0; i < n; i++) sent.push({ at: at(month), event: { type: 'view', id: crypto.randomUUID(), ...(src ? { src } : {}) } });
};
const completions = (month: string, mode: Mode, ageBand: AgeBand, n: number) => {
  for (let i = 0; i < n; i++) {
    sent.push({ at: at(month), event: { type: 'complete', id: crypto.randomUUID(), mode, ageBand, gender: 'na', band: 'some', safetyFlag: false, topics: [], src: 'sticker-a' } });
  }
};

// Channels: 未登録 has 3 views in each June, so the smallest other channel (flyer-b, 8 and 9) must be hidden with it — as 秘匿.
for (const [month, flyer] of [['2026-06', 8], ['2025-06', 9]] as const) {
  views(month, 'sticker-a', 40);
  views(month, 'flyer-b', flyer);
  views(month, undefined, 20);
  views(month, 'rogue-x', 3);
}
views('2026-07', 'sticker-a', 25);
views('2025-07', 'sticker-a', 11);
// 本人モード: one age band under 5, every other one at least 6, so exactly one large band is hidden beside it.
const SELF_AGES: Record<AgeBand, number> = { '10s': 3, '20s': 12, '30s': 9, '40s': 15, '50s': 7, '60s': 6, '70s': 8, '80plus': 10, na: 40 };
for (const month of ['2026-06', '2025-06']) for (const band of AGE_BANDS) completions(month, 'self', band, SELF_AGES[band]);
// 10代モード: its only age band is 10代; July this year and last differ, so a whole-period comparison would show.
completions('2026-06', 'teen', '10s', 30);
completions('2026-07', 'teen', '10s', 14);
completions('2025-06', 'teen', '10s', 22);
completions('2025-07', 'teen', '10s', 6);
// Outside the months asked for: must not leak into any 月別 comparison.
views('2025-05', 'sticker-a', 17);
completions('2025-08', 'teen', '10s', 5);
completions('2026-11', 'self', '40s', 5);

const inMonth = (month: string, test: (e: CountingEvent) => boolean) => sent.filter((s) => jstParts(s.at).date.startsWith(month) && test(s.event)).length;
const truthOf = (month: string) => ({
  views: inMonth(month, (e) => e.type === 'view'),
  completions: inMonth(month, (e) => e.type === 'complete'),
  self: inMonth(month, (e) => e.type === 'complete' && e.mode === 'self'),
  teen: inMonth(month, (e) => e.type === 'complete' && e.mode === 'teen'),
});

type Row = Record<'期間' | '区分' | '項目' | '件数' | '前年度同期間' | '増減' | '増減率（%）' | '比較期間', string>;
interface CsvFile {
  disposition: string;
  name: string;
  title: string;
  rows: Row[];
  notes: string[];
}

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  for (let i = 0; i < sent.length; i += 50) await Promise.all(sent.slice(i, i + 50).map((s) => api.store.record('matsudo', s.event, s.at)));
  const admin = await api.signIn('admin@matsudo');
  for (const tag of ['sticker-a', 'flyer-b']) {
    const res = await api.call(admin, '/api/staff/t/matsudo/channels', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tag, label: tag, kind: 'sticker' }) });
    expect(res.status).toBe(201);
  }
  staff = await api.signIn('staff@matsudo');
});
afterAll(async () => dynamo?.close());

const download = async (query: string): Promise<CsvFile> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report.csv?${query}`);
  expect(res.status).toBe(200);
  const disposition = res.headers.get('content-disposition') ?? '';
  const [title = [], header = [], ...rest] = parse(await res.text(), { bom: true, relax_column_count: true }) as string[][];
  const isNote = (r: string[]) => r.length === 1 && (r[0] ?? '').startsWith('※');
  return {
    disposition,
    name: decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? ''),
    title: title.join(','),
    rows: rest.filter((r) => !isNote(r)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])) as Row),
    notes: rest.filter(isNote).map((r) => r[0] ?? ''),
  };
};
const MONTHS = 'from=2026-06&to=2026-07';
const find = (file: CsvFile, section: string, item: string) => file.rows.find((r) => r.区分 === section && r.項目 === item);

describe('公表用 and 庁内用 CSV against the real store', () => {
  it('hides under-5 cells as 5未満 and the cells that would give them back as 秘匿, never the other way round', async () => {
    const [full, published] = [await download(MONTHS), await download(`${MONTHS}&suppress=1`)];
    expect(published.rows.map((r) => [r.区分, r.項目, r.期間])).toEqual(full.rows.map((r) => [r.区分, r.項目, r.期間]));
    const seen = { small: 0, secret: 0 };
    published.rows.forEach((row, i) => {
      // Rates (率, per 100 copies) are not counts; the channel suite checks they hide with their parts.
      if (row.項目.includes('率') || row.区分.includes('率') || row.区分.includes('100部あたり')) return;
      for (const column of ['件数', '前年度同期間'] as const) {
        // A year of the trend with no record says so in both files.
        if (row[column] === '記録なし') return expect(full.rows[i]?.[column]).toBe('記録なし');
        const truth = Number(full.rows[i]?.[column]);
        expect(Number.isInteger(truth), `${row.区分} ${row.項目}`).toBe(true);
        if (row[column] === '5未満') (seen.small++, expect(truth, `${row.区分} ${row.項目}`).toBeLessThan(5));
        else if (row[column] === '秘匿') (seen.secret++, expect(truth, `${row.区分} ${row.項目}`).toBeGreaterThanOrEqual(5));
        else expect(row[column]).toBe(String(truth));
      }
    });
    expect(seen.small).toBeGreaterThan(0);
    expect(seen.secret).toBeGreaterThan(0);
    // The seeded cases: flyer-b's 8 and 9 views stand beside 未登録's 3, and 本人モード・60代's 6 beside 10代's 3.
    expect(find(published, 'アクセス数（経路別）', '未登録')).toMatchObject({ 件数: '5未満', 前年度同期間: '5未満' });
    expect(find(published, 'アクセス数（経路別）', 'flyer-b')).toMatchObject({ 件数: '秘匿', 前年度同期間: '秘匿', 増減: '' });
    expect(find(full, 'アクセス数（経路別）', 'flyer-b')).toMatchObject({ 件数: '8', 前年度同期間: '9' });
    expect(find(published, 'チェック完了数（モード×年代）', '本人モード・10代')).toMatchObject({ 件数: '5未満', 前年度同期間: '5未満' });
    expect(find(published, 'チェック完了数（モード×年代）', '本人モード・60代')).toMatchObject({ 件数: '秘匿', 前年度同期間: '秘匿' });
    expect(find(published, 'チェック完了数（モード×年代）', '本人モード・答えない')).toMatchObject({ 件数: '40', 前年度同期間: '40' });
    expect(published.notes.join('\n')).toContain('「5未満」：0～4件');
    expect(published.notes.join('\n')).toContain('「秘匿」：');
  });

  it('leaves structural zeros out of both files, so they force nothing to be hidden', async () => {
    for (const file of [await download(MONTHS), await download(`${MONTHS}&suppress=1`)]) {
      const teenAges = file.rows.filter((r) => r.区分 === 'チェック完了数（モード×年代）' && r.項目.startsWith('10代モード'));
      expect(teenAges.map((r) => r.項目)).toEqual(['10代モード・10代']);
      expect(teenAges[0]).toMatchObject({ 件数: String(30 + 14), 前年度同期間: String(22 + 6) });
      // Topics a mode does not offer have no row either.
      expect(file.rows.filter((r) => r.区分.startsWith('気がかりなこと') && ['本人モード・いじめ', '10代モード・介護'].includes(r.項目))).toEqual([]);
    }
  });

  it('names and heads each file by tenant, period and kind', async () => {
    const full = await download(MONTHS);
    const published = await download(`${MONTHS}&suppress=1`);
    expect(full.name).toBe('kokoro-check_matsudo_R8-06-07_庁内用.csv');
    expect(published.name).toBe('kokoro-check_matsudo_R8-06-07_公表用.csv');
    expect(full.disposition).toContain('filename="kokoro-check_matsudo_R8-06-07_internal.csv"');
    expect(published.disposition).toContain('filename="kokoro-check_matsudo_R8-06-07_public.csv"');
    for (const [file, kind] of [[full, '【庁内用】'], [published, '【公表用】']] as const) {
      expect(file.title.startsWith(kind)).toBe(true);
      expect(file.title).toContain('松戸市');
      expect(file.title).toContain('期間：令和8年6月～7月（2026/06/01～2026/07/31）');
      expect(file.title).toContain('出力日時：令和8年11月30日 12:00（日本時間）');
    }
    const year = await download('fy=2026&suppress=1');
    expect(year.name).toBe('kokoro-check_matsudo_R8-04-11_公表用.csv');
    expect(year.title).toContain('期間：令和8年度（2026/04/01～2026/11/29）');
  });

  it('compares each month with the same month last year, exactly, every period in 令和', async () => {
    for (const file of [await download(MONTHS), await download(`${MONTHS}&suppress=1`)]) {
      const monthly = file.rows.filter((r) => r.区分 === '月別');
      expect([...new Set(monthly.map((r) => `${r.期間} / ${r.比較期間}`))]).toEqual(['令和8年6月（2026年6月） / 令和7年6月（2025年6月）', '令和8年7月（2026年7月） / 令和7年7月（2025年7月）']);
    }
    const full = await download(MONTHS);
    for (const [month, lastYear] of [['2026-06', '2025-06'], ['2026-07', '2025-07']] as const) {
      const [cur, prev] = [truthOf(month), truthOf(lastYear)];
      const cell = (item: string) => full.rows.find((r) => r.区分 === '月別' && r.期間.startsWith(`令和8年${Number(month.slice(5))}月`) && r.項目 === item);
      expect(cell('アクセス数')).toMatchObject({ 件数: String(cur.views), 前年度同期間: String(prev.views), 増減: String(cur.views - prev.views) });
      expect(cell('チェック完了数')).toMatchObject({ 件数: String(cur.completions), 前年度同期間: String(prev.completions) });
      expect(cell('チェック完了数（本人モード）')).toMatchObject({ 件数: String(cur.self), 前年度同期間: String(prev.self) });
      expect(cell('チェック完了数（10代モード）')).toMatchObject({ 件数: String(cur.teen), 前年度同期間: String(prev.teen) });
    }
    // The seeded July differs from June, so these are really per month: 14 against 6, not the period's 44 against 28.
    expect(truthOf('2026-07').teen).toBe(14);
    expect(truthOf('2025-07').teen).toBe(6);
    // A running month is compared with the same days of last year's month.
    const year = await download('fy=2026');
    const november = year.rows.filter((r) => r.区分 === '月別' && r.期間.startsWith('令和8年11月'));
    expect(november[0]).toMatchObject({ 期間: '令和8年11月（2026/11/01～2026/11/29）', 比較期間: '令和7年11月（2025/11/01～2025/11/29）' });
    expect(november.find((r) => r.項目 === 'チェック完了数（本人モード）')).toMatchObject({ 件数: '5', 前年度同期間: '0' });
    expect(year.rows.filter((r) => r.区分 === '月別' && r.期間.startsWith('令和8年8月')).find((r) => r.項目 === 'チェック完了数（10代モード）')).toMatchObject({ 件数: '0', 前年度同期間: '5' });
  });
});
