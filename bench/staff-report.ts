/**
 * @module
 * `npx tsx bench/staff-report.ts`: how fast a fiscal-year staff report
 * answers, and how many items it reads, for a tenant with 100,000
 * completions a year (and as many the year before, for the comparison).
 * Events go through the real counter store into an in-memory dynalite; the
 * report is measured once on raw counters only and once after monthly
 * rollups, through the real staff app (JWT verification included).
 * Set BENCH_COMPLETIONS to change the yearly volume.
 */
import { MODES } from '../shared/domain';
import { sampleCompletion } from '../scripts/sample-completion';
import type { CountingEvent } from '../shared/events';
import { startTestDynamo } from '../test/integration/helpers/dynamo';
import { startStaffApi } from '../test/integration/helpers/staff';

const PER_YEAR = Number(process.env.BENCH_COMPLETIONS ?? 100_000);
// Report day: the last day of 令和8年度, so the whole year is one closed period.
const NOW = new Date('2027-04-02T03:00:00Z');
const START = Date.parse('2025-04-01T00:00:00+09:00');
const END = Date.parse('2027-03-31T23:59:59+09:00');

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const r = rng(7);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const srcs = [undefined, ...Array.from({ length: 20 }, (_, i) => `channel-${i}`)];

const dynamo = await startTestDynamo();
const api = await startStaffApi(dynamo, () => NOW);
const t0 = performance.now();
let batch: Promise<unknown>[] = [];
for (let i = 0; i < PER_YEAR * 2; i++) {
  const mode = pick(MODES);
  const src = pick(srcs);
  const event: CountingEvent = {
    type: 'complete',
    id: crypto.randomUUID(),
    mode,
    ...sampleCompletion(mode, r),
    safetyFlag: r() < 0.1,
    ...(src ? { src } : {}),
  };
  batch.push(api.store.record('matsudo', event, new Date(START + r() * (END - START))));
  if (batch.length === 128) {
    await Promise.all(batch);
    batch = [];
  }
}
await Promise.all(batch);
console.log(`recorded ${PER_YEAR * 2} completions in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const token = await api.signIn('staff@matsudo');
const measure = async (label: string) => {
  const times: number[] = [];
  let read = { items: 0, queries: 0 };
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const res = await api.call(token, '/api/staff/t/matsudo/report?fy=2026');
    const body = (await res.json()) as { read: typeof read; sections: { id: string; lines: { key: string; current: number }[] }[] };
    times.push(performance.now() - start);
    read = body.read;
    if (i === 0) console.log(`  completions in report: ${body.sections.find((s) => s.id === 'summary')?.lines.find((l) => l.key === 'completions')?.current}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[3]?.toFixed(0)} ms (min ${times[0]?.toFixed(0)}, max ${times[6]?.toFixed(0)}), items read ${read.items}, queries ${read.queries}`);
};
await measure('FY report, raw counters only');
const months = Array.from({ length: 24 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 3 + i, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
});
// First as during the last month of the year: every month rolled up except the one still open.
for (const month of months.slice(0, -1)) await api.store.rollupMonth('matsudo', month, NOW);
await measure('FY report, closed months from rollups + last month raw');
await api.store.rollupMonth('matsudo', '2027-03', NOW);
await measure('FY report, all months from rollups');
await dynamo.close();
