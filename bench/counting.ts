/**
 * @module
 * Counting throughput and cost through the real public API (`app.request`,
 * validation included) against a local dynalite: 50 concurrent clients send
 * completions, 10 % of them retries of an id already sent (some while the
 * original is still in flight). Per round: completions accepted per second
 * and write units per request, from ReturnConsumedCapacity. Afterwards the
 * stored counts are checked exactly against what was sent. Then the fault
 * suite's mixed burst (test/faults/scenarios.ts) on AWS's DynamoDB Local:
 * write units the server reported for every attempt — answers lost on the
 * way included — per counted event, against the ≤ 4 WCU budget.
 */
import { MODES } from '../shared/domain';
import { sampleCompletion } from '../scripts/sample-completion';
import { startDynalite } from '../functions/local/dynalite';
import { createPublicApp } from '../functions/public';
import { createDynamoCounterStore, createRegisteredTags, registeredTagsItem } from '../functions/store';
import { ensureTables } from '../functions/store/tables';
import { javaAvailable } from '../functions/local/dynamodb-local';
import { startTestDynamo } from '../test/integration/helpers/dynamo';
import { runScenario, SCENARIOS } from '../test/faults/scenarios';
import { meterCapacity } from './capacity';
import { row, type BenchRow } from './types';

const CLIENTS = 50;
const ROUNDS = Number(process.env.BENCH_COUNTING_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_COUNTING_EVENTS ?? 500);
const DUPLICATE_SHARE = 0.1;
const TABLE = 'kokoro-bench-counting';
const NOW = new Date('2026-06-14T00:30:00Z');

/** Registered before the run, as a municipality's channels are. */
const CHANNEL_TAGS = ['sticker-cityhall', 'flyer-hellowork', 'school-a'] as const;
const pick = <T,>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const completion = () => {
  const mode = pick(MODES);
  return {
    type: 'complete', id: crypto.randomUUID(), mode, ...sampleCompletion(mode, Math.random), safetyFlag: Math.random() < 0.1,
    ...(Math.random() < 0.7 ? { src: pick(CHANNEL_TAGS) } : {}),
  };
};

export const benchCounting = async (): Promise<BenchRow[]> => {
  const dynamo = await startDynalite();
  await ensureTables(dynamo.client, TABLE);
  // The HTTP client the public function uses, metered.
  const meter = meterCapacity(dynamo.dynamo);
  const store = createDynamoCounterStore({ dynamo: meter.dynamo, tableName: TABLE });
  await dynamo.dynamo.call('PutItem', { TableName: TABLE, Item: registeredTagsItem('matsudo', CHANNEL_TAGS, 1) });
  // Unmetered: the tag read is a GetItem a minute per tenant, no write units.
  const registeredTags = createRegisteredTags({ dynamo: dynamo.dynamo, tableName: TABLE });
  const app = createPublicApp({ store, registeredTags, clock: () => NOW });
  const rates: number[] = [];
  const wcuPerRequest: number[] = [];
  const wcuPerCounted: number[] = [];
  const sent = { counted: 0, duplicates: 0, ageBand: new Map<string, number>() };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const originals = Array.from({ length: PER_ROUND }, completion);
      // Retries reuse an original's body; spread through the queue so some race their original.
      const queue = originals.map((event) => JSON.stringify(event));
      for (let i = 0; i < PER_ROUND * DUPLICATE_SHARE; i++) {
        const body = queue[Math.floor(Math.random() * PER_ROUND)] as string;
        // Within 50 places of its original: often still in flight when the retry is sent.
        queue.splice(queue.indexOf(body) + 1 + Math.floor(Math.random() * CLIENTS), 0, body);
      }
      meter.reset();
      let next = 0;
      const statuses = { counted: 0, duplicate: 0, retried: 0 };
      const client = async () => {
        while (next < queue.length) {
          const body = queue[next++] as string;
          let res = await app.request('/api/t/matsudo/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          // As the page does: a 503 (e.g. a copy racing its original still in progress) is sent again with the same id.
          for (let attempt = 0; res.status === 503 && attempt < 20; attempt++) {
            statuses.retried += 1;
            await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 20 * 2 ** attempt)));
            res = await app.request('/api/t/matsudo/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          }
          if (res.status === 202) statuses.counted += 1;
          else if (res.status === 200) statuses.duplicate += 1;
          else throw new Error(`Counting answered ${res.status}: ${await res.text()}`);
        }
      };
      const t0 = performance.now();
      // Let every client finish before failing, so no request is still in flight when dynalite closes.
      const settled = await Promise.allSettled(Array.from({ length: CLIENTS }, client));
      const failure = settled.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      const seconds = (performance.now() - t0) / 1000;
      // An original may be answered "duplicate" when its first answer was lost and the client repeated it: the stored
      // figures, checked below, are what must equal the distinct events.
      rates.push(PER_ROUND / seconds);
      wcuPerRequest.push(meter.wcu / (queue.length + statuses.retried));
      wcuPerCounted.push(meter.wcu / PER_ROUND);
      sent.counted += PER_ROUND;
      sent.duplicates += statuses.duplicate;
      for (const event of originals) sent.ageBand.set(event.ageBand, (sent.ageBand.get(event.ageBand) ?? 0) + 1);
    }

    const { rows } = await store.readCounters('matsudo', '2026-06-14', '2026-06-14');
    const stored = rows.filter((r) => r.kind === 'complete');
    const total = stored.reduce((sum, r) => sum + r.count, 0);
    const exact = total === sent.counted && [...sent.ageBand].every(([band, n]) => stored.reduce((s, r) => s + (r.ageBand[band as never] ?? 0), 0) === n);
    const check = `stored ${total} = sent ${sent.counted} distinct${exact ? ' (exact, age bands too)' : ' — MISMATCH'}; ${sent.duplicates} retries answered duplicate`;
    return [
      row('counting', `completions/s, ${CLIENTS} clients`, '/s', rates, undefined, `${PER_ROUND} distinct + ${PER_ROUND * DUPLICATE_SHARE} retries per round; app.request → dynalite in-process`),
      row('counting', 'WCU per request (retries included)', 'WCU', wcuPerRequest, undefined, 'a retry within 10 min is a repeat under its token: read units only'),
      row('counting', 'WCU per counted completion (retries included)', 'WCU', wcuPerCounted, { limit: 4, label: '≤ 4 / event' }, 'all writes ÷ distinct completions (one transaction: 2 items × 2 WCU)'),
      row('counting', 'stored counts exact', 'ok', [exact ? 1 : 0], { limit: 1, comparison: '>=', label: 'exact' }, check),
      ...(await benchFaults()),
    ];
  } finally {
    await dynamo.close();
  }
};

/** The fault suite's burst on DynamoDB Local (dynalite's front where Java is missing): exactness and write units under faults. */
const benchFaults = async (): Promise<BenchRow[]> => {
  const burst = SCENARIOS.find((scenario) => scenario.name.startsWith('burst')) ?? SCENARIOS[0]!;
  const server = javaAvailable() ? 'dynamodb-local' : 'dynalite';
  const dynamo = await startTestDynamo('bench-faults', server);
  const original = console.error;
  console.error = () => undefined; // each 503 is logged; hundreds are expected
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runScenario(dynamo, burst, 7000 + i));
    const note = runs.map((r) => `${r.sent} sent, ${r.counted} counted, ${r.lost} lost, ${r.doubled} doubled, ${r.requests} requests`).join('; ');
    return [
      row('counting', `WCU per counted event under faults (${server}, retries and lost answers included)`, 'WCU', runs.map((r) => r.writeUnits / Math.max(1, r.counted)), { limit: 4, label: '≤ 4 / event' }, burst.name),
      row('counting', 'lost + doubled under faults', 'events', runs.map((r) => r.lost + r.doubled + r.figureMismatches + r.givenUp), { limit: 0, label: '0' }, note),
    ];
  } finally {
    console.error = original;
    await dynamo.close();
  }
};
