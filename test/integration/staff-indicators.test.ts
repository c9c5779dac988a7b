/**
 * @module
 * The plan's indicators against a real dynalite table: events with known
 * mode, age band and day go in through the counter store (part of last year
 * through monthly rollups), and matsudo's two indicators come out of the
 * staff API equal to a count of the events themselves — アクセス数 every page
 * open of the fiscal year so far, 「本人モード、10代の利用者数」 本人モード
 * completions with age band 10代 for 6～11月, the 10代モード left out as
 * configured — with their 前年度同期間, 令和 period labels and sentences.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, MODES, type AgeBand, type Mode } from '../../shared/domain';
import type { CountingEvent } from '../../shared/events';
import { jstParts } from '../../shared/time';
import type { Report } from '../../functions/staff/report';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

// 12:00 JST on 1 December 2026: November is the last complete month (月末実績).
const NOW = new Date('2026-12-01T03:00:00Z');

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

interface Sent {
  tenant: string;
  at: Date;
  event: CountingEvent;
}

const completion = (mode: Mode, ageBand: AgeBand): CountingEvent => ({
  type: 'complete',
  id: crypto.randomUUID(),
  mode,
  ageBand,
  gender: 'na',
  band: 'low',
  safetyFlag: false,
  topics: [],
});
const viewEvent = (src?: string): CountingEvent => ({ type: 'view', id: crypto.randomUUID(), ...(src ? { src } : {}) });

const makeEvents = (): Sent[] => {
  const r = rng(7);
  const from = Date.parse('2025-03-15T00:00:00+09:00');
  const to = Date.parse('2026-12-01T11:59:00+09:00');
  const sent: Sent[] = [];
  for (let i = 0; i < 600; i++) {
    const at = new Date(from + Math.floor(r() * (to - from)));
    const tenant = r() < 0.1 ? 'kashiwa' : 'matsudo';
    const mode = pick(r, MODES);
    const kind = r();
    // Many 10代 answers, so the age band filter has something to tell apart.
    const ageBand: AgeBand = mode === 'teen' || r() < 0.4 ? '10s' : pick(r, AGE_BANDS);
    const event: CountingEvent =
      kind < 0.35
        ? viewEvent(pick(r, ['sticker-a', 'school-file', undefined]))
        : kind < 0.45
          ? { type: 'start', id: crypto.randomUUID(), mode }
          : completion(mode, ageBand);
    sent.push({ tenant, at, event });
  }
  // Month and fiscal-year edges, each on both sides.
  const at = (jst: string) => new Date(`${jst}+09:00`);
  for (const [when, event] of [
    ['2026-05-31T23:59:00', completion('self', '10s')], // before 6月
    ['2026-06-01T00:00:00', completion('self', '10s')], // 6月's first minute
    ['2026-11-30T23:59:00', completion('self', '10s')], // 11月's last minute
    ['2026-12-01T00:30:00', completion('self', '10s')], // today: not a complete month
    ['2025-06-01T00:00:00', completion('self', '10s')],
    ['2025-11-30T23:59:00', completion('self', '10s')],
    ['2025-12-01T00:00:00', completion('self', '10s')],
    ['2026-03-31T23:59:00', viewEvent('sticker-a')], // last fiscal year
    ['2026-04-01T00:00:00', viewEvent('sticker-a')], // this fiscal year
    ['2026-12-01T01:00:00', viewEvent()], // today
  ] as const) {
    sent.push({ tenant: 'matsudo', at: at(when), event });
  }
  return sent;
};

const truth = (sent: Sent[], range: { start: string; end: string }) => {
  const inRange = sent.filter((s) => s.tenant === 'matsudo' && jstParts(s.at).date >= range.start && jstParts(s.at).date <= range.end);
  return {
    views: inRange.filter((s) => s.event.type === 'view').length,
    completions: (mode: Mode, age: AgeBand) => inRange.filter((s) => s.event.type === 'complete' && s.event.mode === mode && s.event.ageBand === age).length,
  };
};

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;
const sent = makeEvents();
const grouped = (n: number) => new Intl.NumberFormat('ja-JP').format(n);

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  for (let i = 0; i < sent.length; i += 50) {
    await Promise.all(sent.slice(i, i + 50).map((s) => api.store.record(s.tenant, s.event, s.at)));
  }
  for (const month of ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08']) await api.store.rollupMonth('matsudo', month, NOW);
  staff = await api.signIn('staff@matsudo');
});
afterAll(async () => dynamo?.close());

const getReport = async (query: string): Promise<Report> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
};

describe('matsudo plan indicators', () => {
  const sixToEleven = truth(sent, { start: '2026-06-01', end: '2026-11-30' });
  const sixToElevenLastYear = truth(sent, { start: '2025-06-01', end: '2025-11-30' });
  const yearToDate = truth(sent, { start: '2026-04-01', end: '2026-11-30' });
  const yearToDateLastYear = truth(sent, { start: '2025-04-01', end: '2025-11-30' });

  it('counts 本人モード completions with age band 10代 for 6/1–11/30 and last year’s, without the 10代モード', async () => {
    const report = await getReport('fy=2026');
    const ind = report.indicators?.find((i) => i.id === 'self-teens');
    expect(sixToEleven.completions('teen', '10s')).toBeGreaterThan(0);
    expect(ind).toMatchObject({
      name: '『こころの体温計』本人モード、10代の利用者数',
      value: sixToEleven.completions('self', '10s'),
      lastYear: sixToElevenLastYear.completions('self', '10s'),
      terms: ['users'],
      period: {
        label: '令和8年6月～11月',
        months: '6～11月',
        start: '2026-06-01',
        end: '2026-11-30',
        previousLabel: '令和7年6月～11月',
        previousStart: '2025-06-01',
        previousEnd: '2025-11-30',
      },
    });
    expect(ind?.sentence).toBe(
      `『こころの体温計』本人モード、10代の利用者数（6～11月）：${grouped(sixToEleven.completions('self', '10s'))}件（前年度同期間：${grouped(sixToElevenLastYear.completions('self', '10s'))}件）`,
    );
    // The same figure as the report's own 本人モード・10代 line when the report covers the same months.
    const monthly = await getReport('from=2026-06&to=2026-11');
    const line = monthly.sections.find((s) => s.id === 'completionsByModeAge')?.lines.find((l) => l.key === 'self|10s');
    expect(line).toMatchObject({ current: ind?.value, previous: ind?.lastYear });
  });

  it('makes アクセス数 of every page open of the fiscal year so far, against the same months last year', async () => {
    const ind = (await getReport('fy=2026')).indicators?.find((i) => i.id === 'access');
    expect(ind).toMatchObject({
      value: yearToDate.views,
      lastYear: yearToDateLastYear.views,
      change: yearToDate.views - yearToDateLastYear.views,
      terms: ['views'],
      period: { label: '令和8年4月～11月', start: '2026-04-01', end: '2026-11-30', previousStart: '2025-04-01', previousEnd: '2025-11-30' },
    });
    expect(ind?.sentence).toBe(`こころの体温計アクセス数：${grouped(yearToDate.views)}件（前年度同時期アクセス数：${grouped(yearToDateLastYear.views)}件）`);
  });

  it('gives the same indicators whatever period the report itself is for', async () => {
    const wide = await getReport('fy=2026');
    for (const query of ['from=2026-06&to=2026-06', 'start=2026-11-15&end=2026-11-20', 'fy=2025']) {
      const other = await getReport(query);
      expect(other.indicators).toEqual(wide.indicators);
    }
  });

  it('keeps another tenant’s events out', async () => {
    const kashiwa = sent.filter((s) => s.tenant === 'kashiwa' && s.event.type === 'view').length;
    expect(kashiwa).toBeGreaterThan(0);
    const ind = (await getReport('fy=2026')).indicators?.find((i) => i.id === 'access');
    expect(ind?.value).toBe(yearToDate.views);
  });
});
