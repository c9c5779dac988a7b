/**
 * Daily rollups against dynalite: a closed JST day folds into one item per
 * kind, reads return exactly the rows the raw counters gave (same days, same
 * figures), running it twice writes nothing new, an open day is refused, and
 * a report then reads raw counters only for the days not rolled up — today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, BANDS, GENDERS, ADULT_TOPICS, FAMILY_TOPICS } from '../../shared/domain';
import { RELATIONSHIPS } from '../../shared/domain/relationships';
import { LANGS } from '../../shared/languages';
import type { CountingEvent } from '../../shared/events';
import { createDynamoCounterStore, DayNotClosedError, SHARD_COUNT, type CounterStore } from '../../functions/store';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
let store: CounterStore;
const TENANT = 'daily-a';
/** 2026-06-10 15:00 JST: June 1–9 are closed, the 10th is today. */
const NOW = new Date('2026-06-10T06:00:00Z');

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const eventAt = (i: number): CountingEvent => {
  const id = crypto.randomUUID();
  switch (i % 3) {
    case 0: return { type: 'view', id, ...(i % 2 ? { src: pick(['a-sticker', 'b-flyer'], i) } : {}), lang: pick(LANGS, i >> 1) };
    case 1:
      if (i % 9 === 4) return { type: 'complete', id, mode: 'family', ageBand: pick(AGE_BANDS, i), gender: 'na', band: pick(['low', 'some', 'high'] as const, i), safetyFlag: false, topics: [pick(FAMILY_TOPICS, i)], relationship: pick(RELATIONSHIPS, i) };
      return { type: 'complete', id, mode: pick(['self', 'teen'] as const, i), ageBand: pick(AGE_BANDS, i), gender: pick(GENDERS, i), band: pick(BANDS, i), safetyFlag: i % 5 === 1, topics: [pick(ADULT_TOPICS, i)], ...(i % 4 ? { lang: pick(LANGS, i) } : {}) };
    default: return { type: 'helpline_tap', id, mode: 'self', helplineId: pick(['line-a', 'line-b'], i) };
  }
};

beforeAll(async () => {
  dynamo = await startTestDynamo();
  store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  // June 1–10 except the 4th (a day with no counts at all), every hour; 600 events over every shard.
  const days = [1, 2, 3, 5, 6, 7, 8, 9, 10];
  await Promise.all(
    Array.from({ length: 600 }, (_, i) => store.record(TENANT, eventAt(i), new Date(Date.UTC(2026, 5, pick(days, i) - 1, 15 + (i % 24), 7)))),
  );
});
afterAll(async () => {
  await dynamo?.close();
});

describe('daily rollups', () => {
  it('refuses a day before JST midnight plus its margin', async () => {
    await expect(store.rollupDay(TENANT, '2026-06-10', NOW)).rejects.toBeInstanceOf(DayNotClosedError);
    // The 9th ends at 2026-06-09T15:00Z; its margin runs to 16:00Z.
    await expect(store.rollupDay(TENANT, '2026-06-09', new Date('2026-06-09T15:59:59Z'))).rejects.toBeInstanceOf(DayNotClosedError);
    await expect(store.rollupDay(TENANT, '2026-06-31', NOW)).rejects.toBeInstanceOf(RangeError);
  });

  it('reads exactly the raw rows after rolling up, marks an empty day done, and running twice changes nothing', async () => {
    const raw = await store.readCounters(TENANT, '2026-06-01', '2026-06-10');
    expect(raw.rows.reduce((sum, row) => sum + row.count, 0)).toBe(600);

    for (const day of ['2026-06-01', '2026-06-02', '2026-06-05', '2026-06-06']) expect((await store.rollupDay(TENANT, day, NOW)).items).toBeGreaterThan(0);
    expect(await store.rollupDay(TENANT, '2026-06-04', NOW)).toEqual({ month: '2026-06-04', items: 0 });
    const partly = await store.readCounters(TENANT, '2026-06-01', '2026-06-10');
    expect(partly.rows).toEqual(raw.rows);

    const tableBefore = await dynamo.scanAll();
    await store.rollupDay(TENANT, '2026-06-02', NOW);
    expect(await dynamo.scanAll()).toEqual(tableBefore);
  });

  it('rolls up every closed day with counts, oldest first, and then reads only today raw', async () => {
    const raw = await store.readCounters(TENANT, '2026-06-01', '2026-06-10');
    // Days already rolled up above (the empty 4th among them, marked done) are skipped; the open 10th is not rolled up.
    expect(await store.rollupClosedDays(TENANT, NOW, 12)).toEqual(['2026-06-03', '2026-06-07', '2026-06-08', '2026-06-09']);
    expect(await store.rollupClosedDays(TENANT, NOW, 12)).toEqual([]);

    const rolled = await store.readCounters(TENANT, '2026-06-01', '2026-06-10');
    expect(rolled.rows).toEqual(raw.rows);
    expect(rolled.rows.filter((row) => row.mode === 'family').some((row) => Object.keys(row.relationship).length > 0)).toBe(true);
    expect(rolled.rows.filter((row) => row.kind === 'view' && row.period < '2026-06-10').every((row) => Object.keys(row.language).length > 1)).toBe(true);
    // 1 daily Query + one Query per shard for the 10th only: the empty 4th is read from its DONE marker.
    expect(rolled.queries).toBe(1 + SHARD_COUNT);
    expect(rolled.itemsRead).toBeLessThan(raw.itemsRead);

    // A count arriving today is read raw at once.
    await store.record(TENANT, { type: 'view', id: crypto.randomUUID() }, NOW);
    const after = await store.readCounters(TENANT, '2026-06-10', '2026-06-10');
    const before = raw.rows.filter((row) => row.period === '2026-06-10' && row.kind === 'view');
    expect(after.rows.find((row) => row.kind === 'view')?.channel['-']).toBe((before[0]?.channel['-'] ?? 0) + 1);
  });

  it('runs with the monthly job, so a report needs nothing else scheduled', async () => {
    const other = 'daily-b';
    await store.record(other, { type: 'view', id: crypto.randomUUID() }, new Date('2026-06-08T03:00:00Z'));
    expect(await store.rollupClosedMonths(other, NOW)).toEqual([]);
    expect(await store.rollupClosedDays(other, NOW)).toEqual([]);
    const read = await store.readCounters(other, '2026-06-08', '2026-06-08');
    expect(read.rows.map((row) => [row.period, row.count])).toEqual([['2026-06-08', 1]]);
    expect(read.queries).toBe(1);
  });
});
