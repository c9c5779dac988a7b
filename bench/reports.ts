/**
 * @module
 * The report part of `npm run bench`: `readCounters` for 令和8年度 as the
 * staff API resolves it on the year's last day (the worst case for the
 * current month): 2026-04-01 to yesterday, 2027-03-30, since reports count
 * complete JST days only (前日まで). Sizes 100,000 and 1,000,000 completions
 * a year (data: see report-data.ts, which still writes today's traffic raw,
 * so the table holds the same items as before — the report just does not
 * read them). Measured twice per size: as the monthly job alone leaves the
 * table (11 closed months rolled up, the current month raw — the design
 * before daily rollups), and after the job's daily rollups too (closed days
 * folded; today raw and unread, so the read is bounded whatever the traffic). Latency
 * is the median of 7 reads, the sizes read in turn; items and RCU come from the store's own
 * ReturnConsumedCapacity figures. Budget: 1M ≤ 1.5 × 100k.
 */
import type { LocalDynamo } from '../functions/local/dynalite';
import { startDynaliteProcess } from './dynalite-process';
import { createDynamoCounterStore, SHARD_COUNT, type CounterStore } from '../functions/store';
import { ensureTables } from '../functions/store/tables';
import { resolvePeriod } from '../shared/periods';
import { jstParts } from '../shared/time';
import { writeSyntheticYear } from './report-data';
import { median, row, type BenchRow } from './types';

const SIZES = (process.env.BENCH_REPORT_SIZES ?? '100000,1000000').split(',').map(Number);
const READS = 7;
/** Only to compare with an earlier shard count (BENCH_SHARDS=8); the store's own count otherwise. */
const SHARDS = Number(process.env.BENCH_SHARDS ?? SHARD_COUNT);
const TABLE = 'kokoro-bench-reports';
const TENANT = 'matsudo';
/** 2027-03-31 14:00 JST: the last day of FY 2026, the month as full as it gets. */
const NOW = new Date('2027-03-31T05:00:00Z');
const FY_START = new Date('2026-03-31T15:00:00Z');
/** The days the staff API would read for fy=2026 at NOW. */
const RANGE = resolvePeriod({ kind: 'fiscalYear', fy: 2026 }, jstParts(NOW).date).range;

interface Measured {
  ms: number[];
  items: number;
  rcu: number;
  queries: number;
}

/** Reads every store READS times, taking turns, so a burst of machine load hits each size alike. */
const measureInTurn = async (stores: readonly CounterStore[]): Promise<Measured[]> => {
  const measured: Measured[] = stores.map(() => ({ ms: [], items: 0, rcu: 0, queries: 0 }));
  for (let i = 0; i < READS; i++) {
    for (const [index, store] of stores.entries()) {
      const t0 = performance.now();
      const read = await store.readCounters(TENANT, RANGE.start, RANGE.end);
      const m = measured[index] as Measured;
      m.ms.push(performance.now() - t0);
      Object.assign(m, { items: read.itemsRead, rcu: read.consumedRcu, queries: read.queries });
    }
  }
  return measured;
};

const STATES = ['monthly rollups only', 'monthly + daily rollups'] as const;

export const benchReports = async (): Promise<BenchRow[]> => {
  const results = new Map<string, Measured>();
  const rows: BenchRow[] = [];
  // Every size's table stays up (each dynalite in its own process) so the sizes are read in turn, not minutes apart.
  const tables: { size: number; dynamo: LocalDynamo; store: CounterStore; setup: string }[] = [];
  try {
    for (const size of SIZES) {
      const dynamo = await startDynaliteProcess();
      const table = { size, dynamo, store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: TABLE, shards: SHARDS }), setup: '' };
      tables.push(table); // before writing, so `finally` closes it whatever happens
      await ensureTables(dynamo.client, TABLE);
      const t0 = performance.now();
      const written = await writeSyntheticYear(dynamo.dynamo, TABLE, TENANT, size, FY_START, NOW, SHARDS);
      table.setup = `${written.events.toLocaleString('en')} events → ${written.items.toLocaleString('en')} counter items (${written.rawItems.toLocaleString('en')} raw in March, the rest as monthly rollups) in ${((performance.now() - t0) / 1000).toFixed(0)} s`;
    }
    const stores = tables.map((t) => t.store);
    const before = await measureInTurn(stores);
    for (const store of stores) await store.rollupClosedDays(TENANT, NOW, 31);
    const after = await measureInTurn(stores);
    for (const [index, { size, setup }] of tables.entries()) {
      for (const [state, m] of [[STATES[0], before[index]], [STATES[1], after[index]]] as const) {
        if (!m) continue;
        results.set(`${size}|${state}`, m);
        rows.push(row('reports', `FY report ${size.toLocaleString('en')}/yr, ${state}`, 'ms', m.ms, undefined, `${SHARDS} shards: ${m.items.toLocaleString('en')} items, ${m.queries} queries, ${m.rcu.toFixed(1)} RCU${state === STATES[0] ? `; ${setup}` : ''}`));
      }
    }
  } finally {
    for (const { dynamo } of tables) await dynamo.close();
  }
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  if (small === large) return rows;
  for (const state of STATES) {
    const a = results.get(`${small}|${state}`);
    const b = results.get(`${large}|${state}`);
    if (!a || !b) continue;
    // Paired by turn: the i-th read of each size, taken one right after the other.
    const ratios = b.ms.map((ms, i) => ms / (a.ms[i] ?? Number.NaN));
    // The budget is the current design's; the monthly-only state is the earlier design, shown for comparison.
    const budget = state === STATES[1] ? { limit: 1.5, label: '≤ 1.5×' } : undefined;
    rows.push(row('reports', `FY report ${large / small}× traffic ÷ base, ${state}`, '×', ratios, budget,
      `ratio of medians ${(median(b.ms) / median(a.ms)).toFixed(2)}×; items ${(b.items / a.items).toFixed(2)}×, RCU ${(b.rcu / a.rcu).toFixed(2)}×`));
  }
  return rows;
};
