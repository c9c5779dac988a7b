/**
 * The scheduled rollup job against dynalite: the Lambda handler itself,
 * configured only through its environment (TABLE_NAME, SERVE_TEST_TENANTS,
 * the SDK's endpoint variable) and run at a fixed clock, rolls up the closed
 * months and days of every served tenant, leaves the test-only tenant alone,
 * and a second run writes nothing. The run function keeps going past a
 * failing tenant and still ends in an error, so the alarm sees it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CountingEvent } from '../../shared/events';
import { prefectureScope } from '../../shared/regions';
import { TENANTS } from '../../shared/tenants';
import { RollupRunError, runRollups, TENANTS_IN_PARALLEL } from '../../functions/lambda/rollup-job';
import { createDynamoCounterStore, StoreUnavailableError, type CounterStore } from '../../functions/store';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
let store: CounterStore;
/** 2026-07-03 09:00 JST: May and June are closed months, July 1–2 closed days, the 3rd is today. */
const NOW = new Date('2026-07-03T00:00:00Z');
const view = (): CountingEvent => ({ type: 'view', id: crypto.randomUUID() });
const keysOf = async (prefix: string) => (await dynamo.scanAll()).map((item) => `${item.pk?.S} ${item.sk?.S}`).filter((key) => key.startsWith(prefix));

beforeAll(async () => {
  dynamo = await startTestDynamo();
  store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  const times = ['2026-05-10T03:00:00Z', '2026-06-20T03:00:00Z', '2026-07-01T03:00:00Z', '2026-07-02T03:00:00Z', '2026-07-02T23:00:00Z'];
  for (const tenant of ['matsudo', 'sample-town']) {
    for (const at of times) await store.record(tenant, view(), new Date(at));
  }
  // A channel registered before the registered-tags item existed: only the channel item, as stored then.
  await dynamo.dynamo.call('PutItem', {
    TableName: dynamo.tableName,
    Item: { pk: { S: 'CH#matsudo' }, sk: { S: 'sticker-old' }, label: { S: '旧ステッカー' }, kind: { S: 'sticker' }, createdOn: { S: '2026-04-01' } },
  });
});
afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  await dynamo?.close();
});

describe('rollup Lambda handler', () => {
  it('rolls up closed months and days of production tenants only, once', async () => {
    vi.stubEnv('TABLE_NAME', dynamo.tableName);
    vi.stubEnv('SERVE_TEST_TENANTS', 'false');
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', dynamo.endpoint);
    vi.stubEnv('AWS_REGION', 'ap-northeast-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const { handler } = await import('../../functions/lambda/rollup');
    const log = vi.spyOn(console, 'info').mockImplementation(() => undefined);

    const production = TENANTS.filter((t) => !t.testOnly).length;
    // A view of 千葉県's entry page is rolled up under its own scope, beside the towns.
    await store.record(prefectureScope('chiba'), { type: 'view', id: crypto.randomUUID() }, new Date('2026-06-20T03:00:00Z'));
    expect(await handler()).toEqual({ tenants: production, prefecturePages: 1, monthsRolledUp: 3, flaggedHours: 0, failedTenants: 0 });
    expect(await keysOf('R#p.chiba#2026 2026-06#DONE')).toHaveLength(1);
    expect((await store.readCounters(prefectureScope('chiba'), '2026-06-01', '2026-06-30')).rows.map((r) => [r.period, r.kind, r.count])).toEqual([['2026-06', 'view', 1]]);
    expect(await keysOf('R#matsudo#2026 ')).toEqual(expect.arrayContaining(['R#matsudo#2026 2026-05#DONE', 'R#matsudo#2026 2026-06#DONE']));
    const daily = await keysOf('D#matsudo#2026-07 ');
    expect(daily.filter((key) => key.endsWith('#DONE'))).toEqual(['D#matsudo#2026-07 01#DONE', 'D#matsudo#2026-07 02#DONE']);
    expect(daily.length).toBeGreaterThan(2);
    // Reports now read the rollups and still see every count.
    const read = await store.readCounters('matsudo', '2026-05-01', '2026-07-03');
    expect(read.rows.reduce((sum, row) => sum + row.count, 0)).toBe(5);
    // 23:00Z on the 2nd is 08:00 JST on the 3rd: today, still raw.
    expect(await keysOf('D#matsudo#2026-07 03')).toEqual([]);
    expect(await keysOf('R#sample-town')).toEqual([]);
    expect(await keysOf('D#sample-town')).toEqual([]);
    // The old channel now reaches the counting function's one item; a tenant with no channels gets none.
    const tagsItem = (await dynamo.scanAll()).find((item) => item.pk?.S === 'RT#matsudo');
    expect(tagsItem?.tags?.SS).toEqual(['sticker-old']);
    expect(await keysOf('RT#sample-town')).toEqual([]);

    const table = await dynamo.scanAll();
    expect(await handler()).toEqual({ tenants: production, prefecturePages: 1, monthsRolledUp: 0, flaggedHours: 0, failedTenants: 0 });
    expect(await dynamo.scanAll()).toEqual(table);
    // Counts only: no figure from the table reaches the log.
    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
      `rollup run: {"tenants":${production},"prefecturePages":1,"monthsRolledUp":3,"flaggedHours":0,"failedTenants":0}`,
      `rollup run: {"tenants":${production},"prefecturePages":1,"monthsRolledUp":0,"flaggedHours":0,"failedTenants":0}`,
    ]);
    log.mockRestore();
    vi.useRealTimers();
  });
});

describe('runRollups', () => {
  it('rolls up the other tenants when one fails, then reports the failure as an error', async () => {
    const calls: string[] = [];
    const flaky: CounterStore = {
      ...store,
      rollupClosedMonths: async (tenant, now) => {
        calls.push(tenant);
        if (tenant === 'matsudo') throw new StoreUnavailableError('down');
        return store.rollupClosedMonths(tenant, now);
      },
    };
    const lines: string[] = [];
    const run = runRollups({ store: flaky, tenants: TENANTS, now: NOW, log: (line) => lines.push(line) });
    await expect(run).rejects.toBeInstanceOf(RollupRunError);
    expect([...calls].sort()).toEqual([...TENANTS.map((t) => t.id), 'p.chiba'].sort());
    expect(await keysOf('R#sample-town#2026 2026-06#DONE')).toHaveLength(1);
    expect(lines).toEqual([
      'rollup failed for tenant matsudo: StoreUnavailableError',
      `rollup run: {"tenants":${TENANTS.length},"prefecturePages":1,"monthsRolledUp":2,"flaggedHours":0,"failedTenants":1}`,
    ]);
  });

  it('rolls up a national list of tenants a few at a time, each once, against the real store', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...(TENANTS[0] as (typeof TENANTS)[number]), id: `town-${String(i).padStart(2, '0')}` }));
    // Counts for a handful of them, so some runs write rollups and the rest find nothing to do.
    for (const tenant of many.slice(0, 5)) {
      await store.record(tenant.id, { type: 'view', id: crypto.randomUUID() }, new Date('2026-06-20T03:00:00Z'));
    }
    let inFlight = 0;
    let most = 0;
    const calls: string[] = [];
    const watched: CounterStore = {
      ...store,
      rollupClosedMonths: async (tenant, now) => {
        calls.push(tenant);
        most = Math.max(most, ++inFlight);
        try {
          return await store.rollupClosedMonths(tenant, now);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const result = await runRollups({ store: watched, tenants: many, now: NOW, log: () => undefined });
    expect([...calls].sort()).toEqual([...many.map((t) => t.id), 'p.chiba'].sort());
    expect(result).toEqual({ tenants: 12, prefecturePages: 1, monthsRolledUp: 5, flaggedHours: 0, failedTenants: 0 });
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(TENANTS_IN_PARALLEL);
    for (const tenant of many.slice(0, 5)) expect(await keysOf(`R#${tenant.id}#2026 2026-06#DONE`)).toHaveLength(1);
  });
});
