/**
 * @module
 * The prefecture part of `npm run bench`: a test-only prefecture of 54 towns
 * (千葉県 has 54 municipalities), each with 100,000 completions a year
 * (562,500 events with the views, starts and taps around them), and the
 * prefecture's fiscal-year report as the staff API builds it
 * (`loadPrefectureReport`) on the year's last day. One town's year is made
 * by report-data.ts exactly as the report bench makes it, its closed days
 * rolled up, and its items copied under the other 53 towns' ids — the items
 * each town's reads meet are the same as if each had been written alone.
 * The towns exist only here (generated, `testOnly`), never in shared/tenants.
 *
 * Budget: the report reads per town exactly what that town's own report
 * reads (the period and a year earlier), so items read ÷ (towns × one
 * town's two reads) ≤ 1.0; it is bounded per town, never per event.
 */
import { ScanCommand, type AttributeValue, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { EMERGENCY_HELPLINES } from '../shared/helplines';
import { resolvePeriod } from '../shared/periods';
import { defineTenant, type Tenant } from '../shared/tenants';
import { jstParts } from '../shared/time';
import { createDynamoExclusionStore } from '../functions/staff/exclusions';
import { loadPrefectureReport } from '../functions/staff/prefecture/routes';
import { createDynamoCounterStore, SHARD_COUNT } from '../functions/store';
import { runLimited } from '../functions/store/query';
import { ensureTables } from '../functions/store/tables';
import { startDynaliteProcess } from './dynalite-process';
import { writeSyntheticYear } from './report-data';
import { median, row, type BenchRow } from './types';

const TOWNS = Number(process.env.BENCH_PREFECTURE_TOWNS ?? 54);
const PER_TOWN = 100_000;
const READS = 5;
const TABLE = 'kokoro-bench-prefecture';
const NOW = new Date('2027-03-31T05:00:00Z');
const FY_START = new Date('2026-03-31T15:00:00Z');
const RANGE = resolvePeriod({ kind: 'fiscalYear', fy: 2026 }, jstParts(NOW).date);

const townId = (i: number) => `bench-town-${String(i + 1).padStart(2, '0')}`;
/** Generated, test-only: never deployable (testOnly), with a made-up population flagged as such. */
const benchTowns = (): Tenant[] =>
  Array.from({ length: TOWNS }, (_, i) =>
    defineTenant({
      id: townId(i),
      name: `試験町${i + 1}`,
      prefecture: 'chiba',
      serviceName: 'ベンチマーク用',
      testOnly: true,
      helplines: EMERGENCY_HELPLINES,
      population: { residents: 20_000 + i * 10_000, asOf: '2026-10-01', source: 'ベンチマーク用の架空の値', sourceUrl: 'https://www.pref.chiba.lg.jp/' },
    }),
  );

export const benchPrefecture = async (): Promise<BenchRow[]> => {
  const dynamo = await startDynaliteProcess();
  try {
    await ensureTables(dynamo.client, TABLE);
    const store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: TABLE });
    const template = townId(0);
    const t0 = performance.now();
    const written = await writeSyntheticYear(dynamo.dynamo, TABLE, template, PER_TOWN, FY_START, NOW, SHARD_COUNT);
    // What the scheduled job does: the closed days, and the months with no counts (the whole year before) marked done.
    await store.rollupClosedMonths(template, NOW);
    await store.rollupClosedDays(template, NOW, 31);

    // Copy the template town's items under every other town's id (keys are `<kind>#<tenant>#…`).
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo.client.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const mine = items.filter((item) => item.pk?.S?.split('#')[1] === template);
    const requests: WriteRequest[] = [];
    for (let i = 1; i < TOWNS; i++) {
      for (const item of mine) {
        const [kind, , ...rest] = (item.pk?.S ?? '').split('#');
        requests.push({ PutRequest: { Item: { ...item, pk: { S: [kind, townId(i), ...rest].join('#') } } } });
      }
    }
    const batches = Array.from({ length: Math.ceil(requests.length / 25) }, (_, i) => requests.slice(i * 25, i * 25 + 25));
    await runLimited(
      batches.map((batch) => async () => {
        let pending = batch;
        while (pending.length > 0) pending = (await dynamo.dynamo.call('BatchWriteItem', { RequestItems: { [TABLE]: pending } })).UnprocessedItems?.[TABLE] ?? [];
      }),
      8,
    );
    const setup = `${TOWNS} towns × ${written.events.toLocaleString('en')} events; ${mine.length.toLocaleString('en')} items a town, ${(mine.length * TOWNS).toLocaleString('en')} in all, in ${((performance.now() - t0) / 1000).toFixed(0)} s`;

    // One town's own report reads: the period and a year earlier.
    const [cur, prev] = [await store.readCounters(template, RANGE.range.start, RANGE.range.end), await store.readCounters(template, RANGE.previous.start, RANGE.previous.end)];
    const oneTown = cur.itemsRead + prev.itemsRead;

    const deps = { store, exclusions: createDynamoExclusionStore({ dynamo: dynamo.dynamo, tableName: TABLE }), tenants: benchTowns(), now: () => NOW };
    const ms: number[] = [];
    let read = { items: 0, queries: 0, rcu: 0 };
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      const report = await loadPrefectureReport(deps, 'chiba', { fy: '2026' });
      ms.push(performance.now() - t);
      if (Array.isArray(report)) throw new Error(`prefecture report refused: ${JSON.stringify(report)}`);
      if (report.towns.length !== TOWNS) throw new Error(`expected ${TOWNS} towns, got ${report.towns.length}`);
      read = report.read;
    }
    const perTown = read.items / TOWNS;
    return [
      row('prefecture', `prefecture FY report, ${TOWNS} towns × ${PER_TOWN.toLocaleString('en')}/yr`, 'ms', ms, undefined, `${read.items.toLocaleString('en')} items, ${read.queries} queries, ${read.rcu.toFixed(1)} RCU (${(read.rcu / TOWNS).toFixed(1)} a town); median ${(median(ms) / TOWNS).toFixed(0)} ms a town; ${setup}`),
      row('prefecture', 'items read a town ÷ one town\'s own report', '×', [perTown / oneTown], { limit: 1, label: '≤ 1.0×' }, `${perTown.toFixed(0)} items a town vs ${oneTown} for the town's own two reads: bounded per town, not per event`),
    ];
  } finally {
    await dynamo.close();
  }
};
