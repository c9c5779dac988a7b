/**
 * @module
 * Counting throughput and cost through the real public API (`app.request`,
 * validation included) against a local dynalite: 50 concurrent clients send
 * completions, 10 % of them retries of an id already sent (some while the
 * original is still in flight). Per round: completions accepted per second
 * and write units per request, from ReturnConsumedCapacity. Afterwards the
 * stored counts are checked exactly against what was sent.
 */
import { AGE_BANDS, BANDS, GENDERS, MODES, topicsForMode } from '../shared/domain';
import { startDynalite } from '../functions/local/dynalite';
import { createPublicApp } from '../functions/public';
import { createDynamoCounterStore } from '../functions/store';
import { ensureTables } from '../functions/store/tables';
import { meterCapacity } from './capacity';
import { row, type BenchRow } from './types';

const CLIENTS = 50;
const ROUNDS = Number(process.env.BENCH_COUNTING_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_COUNTING_EVENTS ?? 500);
const DUPLICATE_SHARE = 0.1;
const TABLE = 'kokoro-bench-counting';
const NOW = new Date('2026-06-14T00:30:00Z');

const pick = <T,>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const completion = () => {
  const mode = pick(MODES);
  return {
    type: 'complete', id: crypto.randomUUID(), mode, ageBand: mode === 'teen' ? '10s' : pick(AGE_BANDS), gender: pick(GENDERS),
    band: pick(BANDS), safetyFlag: Math.random() < 0.1, topics: topicsForMode(mode).filter(() => Math.random() < 0.15),
    ...(Math.random() < 0.7 ? { src: pick(['sticker-cityhall', 'flyer-hellowork', 'school-a']) } : {}),
  };
};

export const benchCounting = async (): Promise<BenchRow[]> => {
  const dynamo = await startDynalite();
  await ensureTables(dynamo.client, TABLE);
  // The HTTP client the public function uses, metered.
  const meter = meterCapacity(dynamo.dynamo);
  const store = createDynamoCounterStore({ dynamo: meter.dynamo, tableName: TABLE });
  const app = createPublicApp({ store, clock: () => NOW });
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
      const statuses = { counted: 0, duplicate: 0 };
      const client = async () => {
        while (next < queue.length) {
          const body = queue[next++] as string;
          const res = await app.request('/api/t/matsudo/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
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
      if (statuses.counted !== PER_ROUND) throw new Error(`Round ${round}: ${statuses.counted} counted, ${PER_ROUND} distinct ids sent`);
      rates.push(statuses.counted / seconds);
      wcuPerRequest.push(meter.wcu / queue.length);
      wcuPerCounted.push(meter.wcu / statuses.counted);
      sent.counted += statuses.counted;
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
      row('counting', 'WCU per request (retries included)', 'WCU', wcuPerRequest, { limit: 2, label: '≤ 2 / event' }, 'failed conditional put billed as 1 WCU'),
      row('counting', 'WCU per counted completion', 'WCU', wcuPerCounted, undefined, 'all writes ÷ distinct completions'),
      row('counting', 'stored counts exact', 'ok', [exact ? 1 : 0], { limit: 1, comparison: '>=', label: 'exact' }, check),
    ];
  } finally {
    await dynamo.close();
  }
};
