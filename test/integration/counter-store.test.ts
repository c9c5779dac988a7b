/**
 * Counter store against two real servers (dynalite, DynamoDB Local): exact counts under
 * concurrency, de-duplication, tenant isolation, the worst-case item staying
 * under 1 KB (four WCU per counted event), and the failure path leaving
 * nothing half-counted.
 */
import { createRequire } from 'node:module';
import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT_TOPICS, AGE_BANDS, BANDS, GENDERS, TEEN_TOPICS } from '../../shared/domain';
import type { CompleteEvent } from '../../shared/events';
import { createDynamoCounterStore, SHARD_COUNT, StoreUnavailableError, type CounterRow } from '../../functions/store';
import { counterPk, emptyFigures, markerKey, shardOf } from '../../functions/store/keys';
import { failingOn, recordLikeThePage, SERVERS, startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { LANGS } from '../../shared/languages';

describe.each(SERVERS)('DynamoDB counter store on %s', (server) => {
  let dynamo: TestDynamo;
  beforeAll(async () => {
    dynamo = await startTestDynamo(undefined, server);
  });
  afterAll(async () => {
    await dynamo?.close();
  });

  const store = () => createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  /** 2026-06-14 09:30 JST and 2026-06-15 23:10 JST. */
  const DAY1 = new Date('2026-06-14T00:30:00Z');
  const DAY2 = new Date('2026-06-15T14:10:00Z');

  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const variedCompletion = (i: number): CompleteEvent => {
    const mode = i % 3 === 0 ? 'teen' : 'self';
    const topics = mode === 'teen' ? TEEN_TOPICS : ADULT_TOPICS;
    return {
      type: 'complete',
      id: crypto.randomUUID(),
      mode,
      ageBand: mode === 'teen' ? '10s' : pick(AGE_BANDS, i),
      gender: pick(GENDERS, i * 7),
      band: pick(BANDS, i * 5),
      safetyFlag: i % 4 === 1,
      topics: [...new Set([pick(topics, i), pick(topics, i * 3 + 1)])],
      ...(i % 5 === 0 ? {} : { src: pick(['sticker-cityhall', 'flyer-hellowork', 'school-1'], i) }),
      ...(i % 6 === 0 ? {} : { lang: pick(LANGS, i * 11) }),
    };
  };

  const rowsOf = (rows: CounterRow[], kind: CounterRow['kind']) => rows.filter((row) => row.kind === kind);

  describe('records and reads', () => {
    it('counts 500 concurrent completions exactly, per day, mode, source and dimension', async () => {
      const events = Array.from({ length: 500 }, (_, i) => variedCompletion(i));
      // As the page does: an unconfirmed count (e.g. a transaction conflict on a hot counter item, retried by the client
      // and still refused on a loaded machine) is sent again with the same id.
      const results = await Promise.all(events.map((event, i) => recordLikeThePage(store(), 'conc-a', event, i % 2 ? DAY2 : DAY1)));
      // 'duplicate' only where the client repeated a transaction whose first answer came too late (a loaded machine):
      // either way the id is counted once, which the figures below check.
      expect(results.filter((result) => result.outcome !== 'counted' && result.outcome !== 'duplicate')).toEqual([]);

      const truth = new Map<string, CounterRow>();
      events.forEach((event, i) => {
        const period = i % 2 ? '2026-06-15' : '2026-06-14';
        // By day and mode; the channel is one more marginal, like the age band.
        const key = `${period}|${event.mode}`;
        const row: CounterRow = truth.get(key) ?? { period, kind: 'complete', mode: event.mode, ...emptyFigures() };
        truth.set(key, row);
        row.channel[event.src ?? '-'] = (row.channel[event.src ?? '-'] ?? 0) + 1;
        row.language[event.lang ?? 'ja'] = (row.language[event.lang ?? 'ja'] ?? 0) + 1;
        row.count += 1;
        if (event.safetyFlag) row.safetyFlagged += 1;
        row.ageBand[event.ageBand] = (row.ageBand[event.ageBand] ?? 0) + 1;
        row.gender[event.gender] = (row.gender[event.gender] ?? 0) + 1;
        row.band[event.band] = (row.band[event.band] ?? 0) + 1;
        for (const topic of event.topics) row.topic[topic] = (row.topic[topic] ?? 0) + 1;
        const hour = i % 2 ? 23 : 9;
        row.hour[hour] = (row.hour[hour] ?? 0) + 1;
      });

      const read = await store().readCounters('conc-a', '2026-06-01', '2026-06-30');
      const byKey = (row: CounterRow) => `${row.period}|${row.mode}`;
      const sorted = (rows: CounterRow[]) => [...rows].sort((a, b) => byKey(a).localeCompare(byKey(b)));
      expect(sorted(rowsOf(read.rows, 'complete'))).toEqual(sorted([...truth.values()]));
      expect(read.rows.reduce((sum, row) => sum + row.count, 0)).toBe(500);
      // However many events: one monthly and one daily rollup lookup for the month (none yet) and one query per shard.
      expect(read.queries).toBe(2 + SHARD_COUNT);
    });

    it('counts an event id once whether the retry comes later or at the same moment', async () => {
      const event = variedCompletion(1);
      const first = await store().record('dup-a', event, DAY1);
      const again = await store().record('dup-a', event, DAY1);
      const concurrent = { ...variedCompletion(2), id: crypto.randomUUID() };
      const racing = await Promise.allSettled(Array.from({ length: 6 }, () => store().record('dup-a', concurrent, DAY1)));

      expect(first.outcome).toBe('counted');
      expect(again.outcome).toBe('duplicate');
      const outcomes = racing.map((result) => (result.status === 'fulfilled' ? result.value.outcome : result.reason instanceof StoreUnavailableError ? 'unknown' : result.reason));
      // One copy counts; the others are told it was counted already, or (a copy still in progress too long) to try again.
      expect(outcomes.filter((outcome) => outcome === 'counted')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'counted' && outcome !== 'duplicate' && outcome !== 'unknown')).toEqual([]);
      expect((await store().record('dup-a', concurrent, DAY1)).outcome).toBe('duplicate');
      const read = await store().readCounters('dup-a', '2026-06-14', '2026-06-14');
      expect(read.rows.reduce((sum, row) => sum + row.count, 0)).toBe(2);
    });

    it('never shows one tenant’s events under another, even with the same event id', async () => {
      const event = variedCompletion(4);
      await store().record('iso-a', event, DAY1);
      await store().record('iso-a', { type: 'view', id: crypto.randomUUID(), src: 'flyer-x' }, DAY1);
      expect((await store().readCounters('iso-b', '2026-06-01', '2026-06-30')).rows).toEqual([]);
      // A shared id is not a duplicate across tenants: markers are per tenant.
      expect((await store().record('iso-b', event, DAY1)).outcome).toBe('counted');
      const a = await store().readCounters('iso-a', '2026-06-01', '2026-06-30');
      const b = await store().readCounters('iso-b', '2026-06-01', '2026-06-30');
      expect(a.rows.map((row) => row.kind).sort()).toEqual(['complete', 'view']);
      expect(b.rows.map((row) => row.kind)).toEqual(['complete']);
    });

    it('keeps the fullest possible counter item under 1 KB: four WCU per counted event (two items, transactional)', async () => {
      // Longest tenant id and src, every dimension value present, counts at a billion.
      const tenant = 'a'.repeat(31);
      const src = 'z'.repeat(40);
      let i = 0;
      const idOnShard0 = () => {
        for (;;) {
          const id = crypto.randomUUID();
          if (shardOf(id) === 0) return id;
        }
      };
      const base = { type: 'complete' as const, mode: 'self' as const, src, safetyFlag: true, topics: [...ADULT_TOPICS] };
      for (const ageBand of AGE_BANDS) for (const gender of GENDERS) {
        const band = pick(BANDS, i++);
        await store().record(tenant, { ...base, id: idOnShard0(), ageBand, gender, band }, DAY1);
      }
      for (const band of BANDS) await store().record(tenant, { ...base, id: idOnShard0(), ageBand: '20s', gender: 'na', band }, DAY1);
      for (const lang of LANGS) await store().record(tenant, { ...base, id: idOnShard0(), ageBand: '20s', gender: 'na', band: 'low', lang }, DAY1);
      for (let hour = 0; hour < 24; hour++) {
        await store().record(tenant, { ...base, id: idOnShard0(), ageBand: '20s', gender: 'na', band: 'low' }, new Date(Date.UTC(2026, 5, 13, 15 + hour)));
      }
      const key = { pk: { S: counterPk(tenant, '2026-06', 0) }, sk: { S: '14#C#self' } };
      const before = await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: key }));
      const names = Object.keys(before.Item ?? {}).filter((name) => name !== 'pk' && name !== 'sk');
      // Every page language; one channel: the longest tag. Each further channel seen in the same shard, day and mode adds its own `c<tag>`.
      expect(names).toHaveLength(1 + AGE_BANDS.length + GENDERS.length + BANDS.length + 1 + ADULT_TOPICS.length + LANGS.length + 24 + 1);
      await dynamo.client.send(
        new UpdateItemCommand({
          TableName: dynamo.tableName,
          Key: key,
          UpdateExpression: `ADD ${names.map((_, n) => `#a${n} :big`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(names.map((name, n) => [`#a${n}`, name])),
          ExpressionAttributeValues: { ':big': { N: '999999999' } },
        }),
      );

      const result = await store().record(tenant, { ...base, id: idOnShard0(), ageBand: '20s', gender: 'na', band: 'low' }, DAY1);
      expect(result).toEqual({ outcome: 'counted', consumedWcu: 4 });
      const after = await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: key }));
      const { itemSize } = createRequire(import.meta.url)('dynalite/db/index.js') as { itemSize: (item: unknown) => number };
      const size = itemSize(after.Item);
      console.info(`fullest counter item with one channel: ${names.length} counters, ${size} bytes (a further 40-character channel adds ${1 + 40 + 6} at most)`);
      expect(size).toBeLessThan(1024);
    });

    it('answers unavailable with nothing written when the transaction fails, and the retry counts once', async () => {
      // The transaction is made to fail before reaching dynalite; the fault suite covers failures after it (test/faults).
      const failing = failingOn(dynamo.dynamo, 'TransactWriteItems', 'simulated outage');
      const event = variedCompletion(7);
      const broken = createDynamoCounterStore({ dynamo: failing, tableName: dynamo.tableName });
      const tableBefore = await dynamo.scanAll();
      await expect(broken.record('fail-a', event, DAY1)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(await dynamo.scanAll()).toEqual(tableBefore);
      const marker = markerKey('fail-a', event.id);
      expect((await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: { pk: { S: marker.pk }, sk: { S: marker.sk } } }))).Item).toBeUndefined();

      expect((await store().record('fail-a', event, DAY1)).outcome).toBe('counted');
      expect((await store().record('fail-a', event, DAY1)).outcome).toBe('duplicate');
      const read = await store().readCounters('fail-a', '2026-06-14', '2026-06-14');
      expect(read.rows.map((row) => row.count)).toEqual([1]);
    });

    it('counts a repeat whose server time moved to the next hour once: the marker decides when the token no longer matches', async () => {
      const event = variedCompletion(8);
      expect((await store().record('hour-a', event, new Date('2026-06-14T00:59:59Z'))).outcome).toBe('counted');
      // Same id and token, other counter item (10 JST → 11 JST): DynamoDB answers IdempotentParameterMismatch.
      expect((await store().record('hour-a', event, new Date('2026-06-14T01:00:01Z'))).outcome).toBe('duplicate');
      const read = await store().readCounters('hour-a', '2026-06-14', '2026-06-14');
      expect(read.rows.map((row) => row.count)).toEqual([1]);
    });
  });
});
