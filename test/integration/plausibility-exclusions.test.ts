/**
 * @module
 * Flagged hours and excluded days against a real dynalite table: quiet days
 * and one flooded hour go in through the counter store; the nightly check
 * (the rollup run) flags exactly that hour, once; an admin excludes the day
 * and every figure of the report drops by exactly that day's counts while
 * nothing stored is deleted; staff cannot exclude, bad input is refused with
 * nothing stored, and a withdrawal brings the figures back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompleteEvent, CountingEvent } from '../../shared/events';
import { TENANTS } from '../../shared/tenants';
import { runRollups } from '../../functions/lambda/rollup-job';
import type { Report } from '../../functions/staff/report';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

// 2026-11-20 09:00 JST: days up to 2026-11-19 are closed.
const NOW = new Date('2026-11-20T00:00:00Z');
const FLOOD_DAY = '2026-11-15';
const QUIET_DAYS = Array.from({ length: 14 }, (_, i) => `2026-11-${String(1 + i).padStart(2, '0')}`);

const complete = (over: Partial<CompleteEvent> = {}): CountingEvent => ({
  type: 'complete',
  id: crypto.randomUUID(),
  mode: 'self',
  ageBand: '30s',
  gender: 'na',
  band: 'some',
  safetyFlag: false,
  topics: ['work'],
  ...over,
});
const at = (day: string, hour: number, minute = 0) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+09:00`);

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;
let admin: string;
const matsudo = TENANTS.filter((t) => t.id === 'matsudo');

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  const sent: { event: CountingEvent; at: Date }[] = [];
  // Two completions an evening on quiet days (busiest hour 2), plus a view each.
  for (const day of QUIET_DAYS) {
    sent.push({ event: complete(), at: at(day, 20, 5) }, { event: complete({ ageBand: '40s' }), at: at(day, 20, 40) });
    sent.push({ event: { type: 'view', id: crypto.randomUUID() }, at: at(day, 19) });
  }
  // The flood: 30 teen-mode completions, all very high and safety-flagged, between 03:00 and 03:59, and 30 views.
  for (let i = 0; i < 30; i++) {
    sent.push({ event: complete({ mode: 'teen', ageBand: '10s', band: 'veryHigh', safetyFlag: true, topics: [] }), at: at(FLOOD_DAY, 3, i) });
    sent.push({ event: { type: 'view', id: crypto.randomUUID() }, at: at(FLOOD_DAY, 3, i) });
  }
  for (const s of sent) await api.store.record('matsudo', s.event, s.at);
  staff = await api.signIn('staff@matsudo');
  admin = await api.signIn('admin@matsudo');
});
afterAll(async () => dynamo?.close());

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const getReport = async (token = staff): Promise<Report> => {
  const res = await api.call(token, '/api/staff/t/matsudo/report?start=2026-11-01&end=2026-11-19');
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
};
const line = (report: Report, section: string, key: string) => report.sections.find((s) => s.id === section)?.lines.find((l) => l.key === key)?.current as number | undefined;

describe('the nightly plausibility check', () => {
  it('flags the flooded hour and nothing else, once', async () => {
    const logged: string[] = [];
    const first = await runRollups({ store: api.store, tenants: matsudo, now: NOW, plausibility: api.plausibility, log: (l) => logged.push(l) });
    // The run looks back a week: 2026-11-12..19 are assessed; the flood day is the only one with a flagged hour.
    expect(first.flaggedHours).toBe(1);
    const metricLine = JSON.parse(logged.find((l) => l.includes('FlaggedHours')) ?? '{}') as Record<string, unknown>;
    expect(metricLine).toMatchObject({ FlaggedHours: 1, tenant: 'matsudo', hours: [`${FLOOD_DAY} 03:00 30`] });
    expect(await api.plausibility.flaggedBetween('matsudo', '2026-11-01', '2026-11-19')).toEqual([
      // Fewer than 7 assessed days lie before the flood day in this first run (12–14), so only the minimum of 20 applies.
      { day: FLOOD_DAY, hour: 3, completions: 30, threshold: 20 },
    ]);
    const again = await runRollups({ store: api.store, tenants: matsudo, now: NOW, plausibility: api.plausibility, log: () => {} });
    expect(again.flaggedHours).toBe(0);
  });

  it('shows the flagged hour in the report without changing any figure', async () => {
    const report = await getReport();
    expect(report.flaggedHours).toEqual([{ day: FLOOD_DAY, hour: 3, completions: 30, threshold: 20, excluded: false }]);
    expect(report.exclusions).toEqual([]);
    expect(line(report, 'summary', 'completions')).toBe(QUIET_DAYS.length * 2 + 30);
  });
});

describe('excluding days from the reports', () => {
  it('refuses staff, bad input and future days, storing nothing', async () => {
    const before = await dynamo.scanAll();
    const ok = { from: FLOOD_DAY, to: FLOOD_DAY, reason: '深夜3時台に同じ回答が集中。機械的な送信と判断' };
    expect((await api.call(staff, '/api/staff/t/matsudo/exclusions', json(ok))).status).toBe(403);
    for (const bad of [
      { ...ok, to: '2026-11-14' },
      { ...ok, reason: 'x' },
      { ...ok, from: '2026-10-01', to: '2026-11-15' },
      { ...ok, from: '2026-11-15T03' },
      { ...ok, extra: 1 },
      { ...ok, to: '2026-11-21' },
    ]) {
      const res = await api.call(admin, '/api/staff/t/matsudo/exclusions', json(bad));
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    const after = await dynamo.scanAll();
    // Only audit entries were added (the refusals are recorded); no exclusion.
    expect(after.filter((item) => item.pk?.S?.startsWith('XR#'))).toEqual([]);
    expect(after.filter((item) => !item.pk?.S?.startsWith('AU#'))).toEqual(before.filter((item) => !item.pk?.S?.startsWith('AU#')));
  });

  it('takes exactly the excluded day out of every figure, deletes nothing, and comes back on withdrawal', async () => {
    const before = await getReport();
    const stored = (await dynamo.scanAll()).filter((item) => !item.pk?.S?.startsWith('AU#'));
    const res = await api.call(admin, '/api/staff/t/matsudo/exclusions', json({ from: FLOOD_DAY, to: FLOOD_DAY, reason: '深夜3時台に同じ回答が集中。機械的な送信と判断' }));
    expect(res.status).toBe(201);
    const exclusion = (await res.json()) as { id: string; createdOn: string };
    expect(exclusion.createdOn).toBe('2026-11-20');

    const after = await getReport();
    expect(line(after, 'summary', 'completions')).toBe((line(before, 'summary', 'completions') ?? 0) - 30);
    expect(line(after, 'summary', 'views')).toBe((line(before, 'summary', 'views') ?? 0) - 30);
    expect(line(after, 'completionsByModeAge', 'teen|10s')).toBe((line(before, 'completionsByModeAge', 'teen|10s') ?? 0) - 30);
    expect(line(after, 'completionsByModeBand', 'teen|veryHigh')).toBe((line(before, 'completionsByModeBand', 'teen|veryHigh') ?? 0) - 30);
    expect(line(after, 'safetyFlagsByMode', 'teen')).toBe((line(before, 'safetyFlagsByMode', 'teen') ?? 0) - 30);
    expect(line(after, 'completionsByHour', '3')).toBe(0);
    // Days not excluded are untouched.
    expect(line(after, 'completionsByModeAge', 'self|30s')).toBe(line(before, 'completionsByModeAge', 'self|30s'));
    expect(after.monthly.find((m) => m.month === '2026-11')?.lines.find((l) => l.key === 'completions|teen')?.current).toBe(0);
    expect(after.exclusions).toMatchObject([{ from: FLOOD_DAY, to: FLOOD_DAY, reason: '深夜3時台に同じ回答が集中。機械的な送信と判断' }]);
    expect(after.flaggedHours).toEqual([{ day: FLOOD_DAY, hour: 3, completions: 30, threshold: 20, excluded: true }]);

    // Nothing counted was deleted: every item stored before is still there, unchanged; one exclusion item was added.
    const now = (await dynamo.scanAll()).filter((item) => !item.pk?.S?.startsWith('AU#'));
    expect(now.filter((item) => !item.pk?.S?.startsWith('XR#'))).toEqual(stored);
    expect(now.filter((item) => item.pk?.S?.startsWith('XR#'))).toHaveLength(1);

    // The CSV says which day it leaves out and why (庁内用), and only which day (公表用).
    const csv = await (await api.call(staff, '/api/staff/t/matsudo/report.csv?start=2026-11-01&end=2026-11-19')).text();
    expect(csv).toContain('※令和8年11月15日の記録は、集計から除いています（理由：深夜3時台に同じ回答が集中。機械的な送信と判断。令和8年11月20日に除外。記録は消していません）。');
    const published = await (await api.call(staff, '/api/staff/t/matsudo/report.csv?start=2026-11-01&end=2026-11-19&suppress=1')).text();
    expect(published).toContain('※令和8年11月15日の記録は、集計から除いています。');
    expect(published).not.toContain('機械的な送信');

    // Withdrawn: the figures are back, the exclusion stays on record with its date; staff may not withdraw.
    expect((await api.call(staff, `/api/staff/t/matsudo/exclusions/${exclusion.id}/withdraw`, { method: 'POST' })).status).toBe(403);
    const withdrawn = await api.call(admin, `/api/staff/t/matsudo/exclusions/${exclusion.id}/withdraw`, { method: 'POST' });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ id: exclusion.id, withdrawnOn: '2026-11-20' });
    const back = await getReport();
    expect(back.sections).toEqual(before.sections);
    expect(back.exclusions).toEqual([]);
    const list = (await (await api.call(staff, '/api/staff/t/matsudo/exclusions')).json()) as { exclusions: { id: string; withdrawnOn?: string }[] };
    expect(list.exclusions).toMatchObject([{ id: exclusion.id, withdrawnOn: '2026-11-20' }]);
    expect((await api.call(admin, '/api/staff/t/matsudo/exclusions/no-such-id/withdraw', { method: 'POST' })).status).toBe(404);
  });

  it('leaves an audit entry for adding and withdrawing', async () => {
    const res = await api.call(admin, '/api/staff/t/matsudo/audit?month=2026-11');
    const { entries } = (await res.json()) as { entries: { action: string; status: number; target: Record<string, string> }[] };
    expect(entries.filter((e) => e.action === 'exclusion.add' && e.status === 201)).toMatchObject([{ target: { period: `${FLOOD_DAY}/${FLOOD_DAY}` } }]);
    expect(entries.filter((e) => e.action === 'exclusion.withdraw' && e.status === 200)).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'exclusion.add' && e.status === 403)).toHaveLength(1);
  });

  it('keeps other towns out', async () => {
    const kashiwa = await api.signIn('admin@kashiwa').catch(() => undefined);
    if (kashiwa) expect((await api.call(kashiwa, '/api/staff/t/matsudo/exclusions')).status).toBe(403);
    expect((await api.call(staff, '/api/staff/t/kashiwa/exclusions')).status).toBe(403);
  });
});
