/**
 * Monthly rollups against dynalite: a closed month folds into per-kind items
 * that equal the raw sum, running it again changes nothing, an open month is
 * refused, and reads switch to rollups only for whole rolled-up months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT_TOPICS, BANDS, GENDERS, AGE_BANDS, FAMILY_TOPICS } from '../../shared/domain';
import { RELATIONSHIPS } from '../../shared/domain/relationships';
import { LANGS } from '../../shared/languages';
import type { CountingEvent } from '../../shared/events';
import { createDynamoCounterStore, MonthNotClosedError, type CounterRow, type CounterStore } from '../../functions/store';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
let store: CounterStore;
const TENANT = 'roll-a';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const eventAt = (i: number): CountingEvent => {
  const id = crypto.randomUUID();
  switch (i % 4) {
    // Views and starts in every page language (and none: a page cached before languages were counted).
    case 0: return { type: 'view', id, ...(i % 3 ? { src: pick(['a-sticker', 'b-flyer'], i) } : {}), ...(i % 5 ? { lang: pick(LANGS, i) } : {}) };
    case 1: return { type: 'start', id, mode: pick(['self', 'teen'] as const, i), lang: pick(LANGS, i >> 1) };
    case 2:
      // Every other completion is 家族's: who the other person is and its signs roll up like every other dimension.
      if (i % 8 === 6) return { type: 'complete', id, mode: 'family', ageBand: pick(AGE_BANDS, i), gender: 'na', band: pick(['low', 'some', 'high'] as const, i), safetyFlag: false, topics: [pick(FAMILY_TOPICS, i)], relationship: pick(RELATIONSHIPS, i) };
      return { type: 'complete', id, mode: 'self', ageBand: pick(AGE_BANDS, i), gender: pick(GENDERS, i), band: pick(BANDS, i), safetyFlag: i % 6 === 2, topics: [pick(ADULT_TOPICS, i)], lang: pick(LANGS, i >> 2) };
    default: return { type: 'helpline_tap', id, mode: 'self', helplineId: pick(['line-a', 'line-b'], i), ...(i % 2 ? {} : { band: 'high' as const }) };
  }
};

/** Sums rows per month and subject, the way a report would. */
const monthTotals = (rows: CounterRow[]) => {
  const totals = new Map<string, Record<string, unknown>>();
  const add = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      if (typeof value === 'number') into[key] = ((into[key] as number | undefined) ?? 0) + value;
      else if (value && typeof value === 'object') add((into[key] ??= {}) as Record<string, unknown>, value as Record<string, unknown>);
    }
  };
  for (const { period, kind, mode, helplineId, ...figures } of rows) {
    const key = [period.slice(0, 7), kind, mode, helplineId].join('|');
    const total = totals.get(key) ?? {};
    totals.set(key, total);
    add(total, figures);
  }
  return totals;
};

beforeAll(async () => {
  dynamo = await startTestDynamo();
  store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  // Spread over 30 days of May, June and the first week of July 2026, every hour of the day.
  const writes = Array.from({ length: 600 }, (_, i) => {
    const month = pick([4, 5, 6], i);
    const day = month === 6 ? 1 + (i % 7) : 1 + (i % 30);
    return store.record(TENANT, eventAt(i), new Date(Date.UTC(2026, month, day, i % 24, 5)));
  });
  await Promise.all(writes);
});
afterAll(async () => {
  await dynamo?.close();
});

describe('monthly rollups', () => {
  it('refuses a month that has not closed yet', async () => {
    await expect(store.rollupMonth(TENANT, '2026-07', new Date('2026-07-20T00:00:00Z'))).rejects.toBeInstanceOf(MonthNotClosedError);
    await expect(store.rollupMonth(TENANT, '2026-06', new Date('2026-07-01T12:00:00Z'))).rejects.toBeInstanceOf(MonthNotClosedError);
  });

  it('reads the same totals from rollups as from raw counters, one item per kind, and rolling up twice changes nothing', async () => {
    const raw = await store.readCounters(TENANT, '2026-04-01', '2026-07-31');
    const now = new Date('2026-08-02T00:00:00Z');
    const may = await store.rollupMonth(TENANT, '2026-05', now);
    await store.rollupMonth(TENANT, '2026-06', now);
    const tableAfterFirst = await dynamo.scanAll();
    expect(await store.rollupMonth(TENANT, '2026-05', now)).toEqual(may);
    await store.rollupMonth(TENANT, '2026-06', now);
    expect(await dynamo.scanAll()).toEqual(tableAfterFirst);

    const rolled = await store.readCounters(TENANT, '2026-04-01', '2026-07-31');
    expect(monthTotals(rolled.rows)).toEqual(monthTotals(raw.rows));
    expect(Object.keys(rolled.rows.find((row) => row.period === '2026-05' && row.mode === 'family')?.relationship ?? {}).length).toBeGreaterThan(1);
    // Languages roll up like every other marginal: a month's views, starts and completions in more than one.
    for (const kind of ['view', 'start', 'complete'] as const) {
      expect(Object.keys(rolled.rows.find((row) => row.period === '2026-05' && row.kind === kind && row.mode !== 'family')?.language ?? {}).length).toBeGreaterThan(1);
    }
    expect(rolled.rows.filter((row) => row.period === '2026-05' || row.period === '2026-06').length).toBeGreaterThan(0);
    expect(rolled.rows.some((row) => row.period.startsWith('2026-05-') || row.period.startsWith('2026-06-'))).toBe(false);
    // July is still raw: its days stay visible.
    expect(rolled.rows.some((row) => row.period.startsWith('2026-07-'))).toBe(true);
    // Whole rolled-up months cost one Query per fiscal year and one item per kind, however many events.
    const closed = await store.readCounters(TENANT, '2026-05-01', '2026-06-30');
    expect(closed.queries).toBe(1);
    expect(closed.itemsRead).toBe(closed.rows.length + 2);
    console.info(`Apr–Jul read: raw ${raw.itemsRead} items in ${raw.queries} queries; with May/June rolled up ${rolled.itemsRead} items in ${rolled.queries} queries`);
  });

  it('still reads raw days for part of a rolled-up month', async () => {
    const part = await store.readCounters(TENANT, '2026-06-10', '2026-06-12');
    expect(part.rows.length).toBeGreaterThan(0);
    expect(part.rows.every((row) => row.period >= '2026-06-10' && row.period <= '2026-06-12')).toBe(true);
  });

  it('rolls up exactly the closed months still missing a rollup, and then none', async () => {
    const now = new Date('2026-08-02T00:00:00Z');
    // May and June are done already; months without counts are skipped.
    expect(await store.rollupClosedMonths(TENANT, now)).toEqual(['2026-07']);
    expect(await store.rollupClosedMonths(TENANT, now)).toEqual([]);
    const july = await store.readCounters(TENANT, '2026-07-01', '2026-07-31');
    expect(july.queries).toBe(1);
    expect(july.rows.every((row) => row.period === '2026-07')).toBe(true);
  });

  it('marks an empty month done, so a report over it reads one Query; a backfill is read once the month is rolled up again', async () => {
    const now = new Date('2026-08-02T00:00:00Z');
    expect(await store.rollupMonth(TENANT, '2026-03', now)).toEqual({ month: '2026-03', items: 0 });
    const empty = await store.readCounters(TENANT, '2026-03-01', '2026-03-31');
    expect(empty.rows).toEqual([]);
    expect(empty.queries).toBe(1);
    // The scheduled job never redoes a done month, even an empty one.
    expect(await store.rollupClosedMonths(TENANT, now)).toEqual([]);

    // Only a seed script writes into a closed month; it rolls that month up again, as scripts/seed-demo.ts does.
    await store.record(TENANT, { type: 'view', id: crypto.randomUUID() }, new Date('2026-03-10T03:00:00Z'));
    expect((await store.readCounters(TENANT, '2026-03-01', '2026-03-31')).rows).toEqual([]);
    expect(await store.rollupMonth(TENANT, '2026-03', now)).toEqual({ month: '2026-03', items: 1 });
    const march = await store.readCounters(TENANT, '2026-03-01', '2026-03-31');
    expect(march.rows.map((row) => [row.period, row.kind, row.count])).toEqual([['2026-03', 'view', 1]]);
  });
});
