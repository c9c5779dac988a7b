/**
 * @module
 * The fiscal-year trend against a real dynalite table through the staff API:
 * events in 令和5, 6 and 8 (none in 令和7) go in through the counter store,
 * closed months partly through monthly rollups, and `GET /trend` gives every
 * year from the first with records — 令和7年度 as 「記録なし」, not zeros —
 * the running year counted to the last complete month and compared with the
 * same months of the year before, each figure equal to a count of the events.
 * The 公表用 trend and the CSV's 「年度推移」 rows say the same.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trend } from '../../functions/staff/report';
import type { CountingEvent } from '../../shared/events';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

// 12:00 JST on 2 December 2026: November is the last complete month.
const NOW = new Date('2026-12-02T03:00:00Z');

const complete = (mode: 'self' | 'teen' | 'perinatal' | 'family'): CountingEvent => ({
  type: 'complete',
  id: crypto.randomUUID(),
  mode,
  ageBand: mode === 'teen' ? '10s' : '30s',
  gender: 'na',
  band: 'low',
  safetyFlag: false,
  topics: [],
  // 家族 says who the other person is.
  ...(mode === 'family' ? { relationship: 'sibling' as const } : {}),
});
const view = (): CountingEvent => ({ type: 'view', id: crypto.randomUUID() });
const times = (n: number, make: () => CountingEvent) => Array.from({ length: n }, make);

// [JST time, events]
const SENT: [string, CountingEvent[]][] = [
  ['2023-05-10T10:00:00', [...times(9, view), ...times(6, () => complete('self')), ...times(2, () => complete('teen')), ...times(5, () => complete('perinatal')), ...times(7, () => complete('family'))]], // 令和5年度
  ['2024-04-01T00:00:00', [...times(20, view), ...times(7, () => complete('self'))]], // 令和6年度, first minute
  ['2025-03-31T23:59:00', [...times(3, view), ...times(6, () => complete('teen'))]], // 令和6年度, last minute
  ['2024-11-30T12:00:00', [...times(4, view)]], // 令和6年度, inside 4月～11月
  ['2024-12-05T12:00:00', [...times(5, view)]], // 令和6年度, after 11月: outside the running year's comparison
  ['2026-04-01T00:00:00', [...times(11, view), ...times(8, () => complete('self')), ...times(5, () => complete('teen'))]], // 令和8年度
  ['2026-11-30T23:59:00', [...times(2, view)]], // 令和8年度, last minute of November
  ['2026-12-01T08:00:00', [...times(50, view)]], // December: not a complete month, left out
];

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  for (const [when, events] of SENT) {
    await Promise.all(events.map((event) => api.store.record('matsudo', event, new Date(`${when}+09:00`))));
  }
  // Closed months of past years through their rollups, as the nightly job leaves them.
  for (const month of ['2023-05', '2024-04', '2024-11', '2025-03']) await api.store.rollupMonth('matsudo', month, NOW);
  staff = await api.signIn('staff@matsudo');
});
afterAll(async () => dynamo?.close());

const trendOf = async (query = ''): Promise<Trend> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/trend${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Trend;
};
const figure = (trend: Trend, fy: number, key: string) => {
  const line = trend.years.find((y) => y.fy === fy)?.lines.find((l) => l.key === key);
  return [line?.current, line?.previous];
};

describe('the fiscal-year trend', () => {
  it('gives each year from the first with records, 記録なし where a year has none, the running year to last month', async () => {
    const trend = await trendOf();
    expect(trend.years.map((y) => [y.fy, y.label, y.recorded, y.partial, y.start, y.end])).toEqual([
      [2023, '令和5年度', true, false, '2023-04-01', '2024-03-31'],
      [2024, '令和6年度', true, false, '2024-04-01', '2025-03-31'],
      [2025, '令和7年度', false, false, '2025-04-01', '2026-03-31'],
      [2026, '令和8年度（4月～11月）', true, true, '2026-04-01', '2026-11-30'],
    ]);
    // 令和4年度 and before have no record: not listed at all, and 令和5年度 shows no change against nothing.
    expect(trend.years.map((y) => y.previousRecorded)).toEqual([false, true, true, false]);
    expect(trend.years[0]?.lines.every((l) => l.change === null)).toBe(true);
    expect(trend.years.at(-1)?.tick).toBe('令和8年度（11月まで）');
    expect(figure(trend, 2023, 'views')).toEqual([9, 0]);
    expect(figure(trend, 2023, 'completions|self')).toEqual([6, 0]);
    expect(figure(trend, 2023, 'completions|teen')).toEqual([2, 0]);
    expect(figure(trend, 2023, 'completions|perinatal')).toEqual([5, 0]);
    expect(figure(trend, 2023, 'completions|family')).toEqual([7, 0]);
    expect(figure(trend, 2024, 'views')).toEqual([20 + 3 + 4 + 5, 9]);
    expect(figure(trend, 2024, 'completions')).toEqual([13, 20]);
    expect(figure(trend, 2024, 'completions|family')).toEqual([0, 7]);
    expect(figure(trend, 2025, 'views')).toEqual([0, 32]);
    // The running year against 令和7年度's same months (none), December's 50 views left out.
    expect(figure(trend, 2026, 'views')).toEqual([13, 0]);
    expect(figure(trend, 2026, 'completions')).toEqual([13, 0]);
    expect(figure(trend, 2026, 'completions|teen')).toEqual([5, 0]);
  });

  it('publishes the trend with 5未満 and 秘匿 like the report, and writes it into the CSV as 年度推移', async () => {
    const published = await trendOf('?suppress=1');
    expect(published.suppressed).toBe(true);
    // 令和5年度: 6 本人, 2 10代, 5 赤ちゃんママ and 7 家族 add up to the published 20: the 2 is 5未満, so the smallest other, the 5, is 秘匿.
    expect(figure(published, 2023, 'completions|teen')).toEqual(['5未満', '5未満']);
    expect(figure(published, 2023, 'completions|perinatal')[0]).toBe('秘匿');
    expect(figure(published, 2023, 'completions|self')[0]).toBe(6);
    expect(figure(published, 2023, 'completions|family')[0]).toBe(7);
    expect(figure(published, 2023, 'completions')[0]).toBe(20);
    expect(figure(published, 2024, 'views')).toEqual([32, 9]);

    const res = await api.call(staff, '/api/staff/t/matsudo/report.csv?from=2026-04&to=2026-11&suppress=1');
    expect(res.status).toBe(200);
    const rows = parse((await res.text()).slice(1), { columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[];
    const trendRows = rows.filter((r) => r['区分'] === '年度推移');
    expect(trendRows.find((r) => r['期間']?.startsWith('令和5年度') && r['項目'] === 'チェック完了数（赤ちゃんママモード）')?.['件数']).toBe('秘匿');
    expect(trendRows.find((r) => r['期間']?.startsWith('令和7年度') && r['項目'] === 'アクセス数')).toMatchObject({ 件数: '記録なし', 前年度同期間: '32' });
    expect(trendRows.find((r) => r['期間']?.startsWith('令和8年度') && r['項目'] === 'アクセス数')).toMatchObject({
      期間: '令和8年度（4月～11月）（2026/04/01～2026/11/30）',
      比較期間: '令和7年度同期間（2025/04/01～2025/11/30）',
    });
    expect(rows.find((r) => r['期間']?.startsWith('※年度推移'))).toBeDefined();
  });

  it('refuses a bad flag with 400 and a signed-out call with 401', async () => {
    expect((await api.call(staff, '/api/staff/t/matsudo/trend?suppress=yes')).status).toBe(400);
    expect((await api.call('', '/api/staff/t/matsudo/trend')).status).toBe(401);
    // A town the account has no role in.
    expect((await api.call(staff, '/api/staff/t/sample-town/trend')).status).toBe(403);
  });
});
