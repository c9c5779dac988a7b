/**
 * @module
 * The counting path under injected faults, end to end: the resident API
 * (the same Hono app and client settings as the Lambda) talks to a real
 * DynamoDB-compatible server through the fault proxy; a page delivers each
 * event with the page's retry rule (same id on a network error, 429 or 5xx;
 * never after another 4xx), and the exactness checker compares what the
 * store holds with the distinct events sent: lost and doubled, figure by
 * figure. Used by the fault suite (counting.test.ts) and the bench (write
 * units per counted event).
 */
import { createHttpDynamo } from '../../functions/dynamo';
import { COUNTING_CLIENT } from '../../functions/lambda/counting-client';
import { createPublicApp } from '../../functions/public';
import { createDynamoCounterStore, createRegisteredTags, registeredTagsItem, type CounterRow } from '../../functions/store';
import { emptyFigures } from '../../functions/store/keys';
import { MODES } from '../../shared/domain';
import { sampleCompletion, sampleLang } from '../../scripts/sample-completion';
import type { CountingEvent } from '../../shared/events';
import { prefectureScope } from '../../shared/regions';
import { prefectureEventsPath, tenantEventsPath } from '../../shared/site';
import { ensureTables } from '../../functions/store/tables';
import type { TestDynamo } from '../integration/helpers/dynamo';
import { seeded, startFaultProxy, type Fault, type FaultProxy } from './proxy';

export const TENANT = 'matsudo';
/** 2026-06-14 09:30 JST: every event of a run lands on one day and hour. */
const AT = new Date('2026-06-14T00:30:00Z');

export interface Scenario {
  name: string;
  /** Distinct events sent. */
  events: number;
  /** Share of events sent a second time, concurrently (a beacon and a fetch of the same id, a retried tap). */
  repeatShare?: number;
  /** The fault for each TransactWriteItems call the store makes (`attempt`: 1 for the first call carrying that token). */
  fault(call: { attempt: number; random: () => number }): Fault;
  /** Also take the store's endpoint down this long, once, shortly after the run starts. */
  downMs?: number;
  /** The Lambda's own limit: past it the page is answered 504 while the store call runs on (a function stopped mid-write). */
  lambdaTimeoutMs?: number;
  /** Views of 千葉県's entry page (`/api/p/chiba/events`, counted under its own scope) instead of a town's events. */
  prefecturePage?: boolean;
}

export interface ScenarioResult {
  name: string;
  server: string;
  sent: number;
  counted: number;
  lost: number;
  doubled: number;
  /** Figure-level differences (age band, topic, hour…), beyond the row counts. */
  figureMismatches: number;
  /** Requests the page made, retries included, and how they were answered. */
  requests: number;
  answers: Record<string, number>;
  /** Events the page gave up on (its retry bound ran out): must be 0. */
  givenUp: number;
  /** Calls the proxy did not simply pass (faults injected), and how often the store was down. */
  faultsInjected: number;
  /** TransactWriteItems calls that reached the server, and the write units it reported for them (answers lost on the way included). */
  storeCalls: number;
  writeUnits: number;
  wallMs: number;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
/** The tenant's registered channels in every run, so each tag counts as itself. */
const CHANNEL_TAGS = ['sticker-cityhall', 'flyer-hellowork', 'school-1'] as const;

/** Views, starts and completions in every dimension, from a seeded stream. */
export const eventsFor = (count: number, random: () => number): CountingEvent[] =>
  Array.from({ length: count }, (_, i) => {
    const n = Math.floor(random() * 1e6);
    const src = n % 4 === 0 ? {} : { src: pick(CHANNEL_TAGS, n) };
    const id = crypto.randomUUID();
    // Every page language, mostly Japanese, sometimes absent (a page cached before languages were counted).
    const lang = sampleLang(random);
    if (i % 3 === 0) return { type: 'view', id, ...src, ...lang };
    // Every mode in the registry, each with its own topics, implied age band and instrument's bands (and 家族's relationship).
    const mode = pick(MODES, n >> 7);
    if (i % 3 === 1) return { type: 'start', id, mode, ...src, ...lang };
    return {
      type: 'complete',
      id,
      mode,
      ...sampleCompletion(mode, random, 0.3),
      safetyFlag: n % 7 === 0,
      ...src,
      ...lang,
    };
  });

/** What the store must hold for these distinct events, in the shape it reads back. */
export const expectedRows = (events: readonly CountingEvent[]): CounterRow[] => {
  const rows = new Map<string, CounterRow>();
  const period = '2026-06-14';
  const hour = 9;
  for (const event of events) {
    if (event.type === 'helpline_tap') throw new Error('taps are not generated here');
    const mode = event.type === 'view' ? undefined : event.mode;
    // Views by nothing but their kind, starts and completions by mode; channel and language are marginals on that row.
    const key = `${event.type}|${mode ?? ''}`;
    let row = rows.get(key);
    if (!row) {
      row = { period, kind: event.type, ...emptyFigures(), ...(mode ? { mode } : {}) } as CounterRow;
      rows.set(key, row);
    }
    row.count += 1;
    row.hour[hour] = (row.hour[hour] ?? 0) + 1;
    const channel = event.src ?? '-';
    row.channel[channel] = (row.channel[channel] ?? 0) + 1;
    const lang = event.lang ?? 'ja';
    row.language[lang] = (row.language[lang] ?? 0) + 1;
    if (event.type === 'complete') {
      if (event.safetyFlag) row.safetyFlagged += 1;
      row.ageBand[event.ageBand] = (row.ageBand[event.ageBand] ?? 0) + 1;
      row.gender[event.gender] = (row.gender[event.gender] ?? 0) + 1;
      row.band[event.band] = (row.band[event.band] ?? 0) + 1;
      for (const topic of event.topics) row.topic[topic] = (row.topic[topic] ?? 0) + 1;
      if (event.relationship) row.relationship[event.relationship] = (row.relationship[event.relationship] ?? 0) + 1;
    }
  }
  return [...rows.values()];
};

const rowKey = (row: CounterRow) => `${row.kind}|${'mode' in row ? (row.mode ?? '') : ''}`;

/** Every figure of every row, flattened, so two reads can be compared number by number. */
const figuresOf = (rows: readonly CounterRow[]): Map<string, number> => {
  const figures = new Map<string, number>();
  for (const row of rows) {
    const key = rowKey(row);
    figures.set(`${key}|count`, row.count);
    if (row.safetyFlagged) figures.set(`${key}|flag`, row.safetyFlagged);
    for (const group of ['ageBand', 'gender', 'band', 'topic', 'relationship', 'language', 'hour', 'channel'] as const) {
      for (const [name, value] of Object.entries(row[group] as Record<string, number>)) if (value) figures.set(`${key}|${group}|${name}`, value);
    }
  }
  return figures;
};

/** Lost and doubled events (row counts) and every other figure that differs. */
export const compare = (expected: readonly CounterRow[], stored: readonly CounterRow[]) => {
  const want = figuresOf(expected);
  const got = figuresOf(stored);
  let lost = 0;
  let doubled = 0;
  let figureMismatches = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const difference = (got.get(key) ?? 0) - (want.get(key) ?? 0);
    if (difference === 0) continue;
    if (key.endsWith('|count')) {
      if (difference > 0) doubled += difference;
      else lost -= difference;
    } else figureMismatches += 1;
  }
  return { lost, doubled, figureMismatches };
};

/**
 * The page's retry rule (frontend/events/send.ts: full jitter, doubling, 12 tries up to 30 s apart, minutes in all),
 * with shorter waits so the suite ends sooner: doubling from 50 ms, capped at 2 s, up to 60 tries (≈ 1–2 minutes),
 * still inside the page's own window, so a loaded machine's slow answers do not end the retries early.
 */
const PAGE_RETRY = { attempts: 60, baseMs: 50, capMs: 2000 };
/** Deliveries in flight at once. */
const PAGES_AT_ONCE = 60;
const retryable = (status: number) => status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let tables = 0;

export const runScenario = async (dynamo: TestDynamo, scenario: Scenario, seed: number): Promise<ScenarioResult> => {
  const started = Date.now();
  // A table of its own per run, so the checker sees this run's events only.
  const tableName = `faults-${seed}-${++tables}`;
  await ensureTables(dynamo.client, tableName);
  const random = seeded(seed);
  const proxy: FaultProxy = await startFaultProxy(dynamo.endpoint, { seed });
  const client = createHttpDynamo({ endpoint: proxy.endpoint, region: 'ap-northeast-1', credentials: () => ({ accessKeyId: 'local', secretAccessKey: 'local' }), ...COUNTING_CLIENT });
  const store = createDynamoCounterStore({ dynamo: client, tableName });
  const scope = scenario.prefecturePage ? prefectureScope('chiba') : TENANT;
  const path = scenario.prefecturePage ? prefectureEventsPath('chiba') : tenantEventsPath(TENANT);
  await dynamo.dynamo.call('PutItem', { TableName: tableName, Item: registeredTagsItem(scope, CHANNEL_TAGS, 1) });
  const registeredTags = createRegisteredTags({ dynamo: client, tableName });
  // Read once before the faults start, as a warm function would have; an outage then keeps the set read last.
  await registeredTags.of(scope);
  const app = createPublicApp({ store, registeredTags, clock: () => AT });
  const attempts = new Map<string, number>();
  proxy.rule(({ operation, body, random: chance }) => {
    if (operation !== 'TransactWriteItems') return { kind: 'pass' };
    const token = String((body as { ClientRequestToken?: string }).ClientRequestToken ?? JSON.stringify(body));
    const attempt = (attempts.get(token) ?? 0) + 1;
    attempts.set(token, attempt);
    return scenario.fault({ attempt, random: chance });
  });

  const events = eventsFor(scenario.events * (scenario.prefecturePage ? 3 : 1), random)
    .filter((event) => !scenario.prefecturePage || event.type === 'view')
    .slice(0, scenario.events);
  const copies = events.flatMap((event) => (random() < (scenario.repeatShare ?? 0) ? [event, event] : [event]));
  const answers: Record<string, number> = {};
  let requests = 0;
  let givenUp = 0;

  const post = async (event: CountingEvent): Promise<number> => {
    requests += 1;
    const handled = Promise.resolve(
      app.fetch(new Request(`http://kokoro.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) })),
    ).then((response) => response.status);
    const status = scenario.lambdaTimeoutMs ? await Promise.race([handled, sleep(scenario.lambdaTimeoutMs).then(() => 504)]) : await handled;
    answers[status] = (answers[status] ?? 0) + 1;
    return status;
  };
  const deliver = async (event: CountingEvent) => {
    for (let attempt = 0; attempt < PAGE_RETRY.attempts; attempt++) {
      const status = await post(event);
      if (!retryable(status)) return;
      await sleep(random() * Math.min(PAGE_RETRY.capMs, PAGE_RETRY.baseMs * 2 ** attempt));
    }
    givenUp += 1;
  };

  // Copies of one id go out together, from up to PAGES_AT_ONCE pages at a time (each page delivers its events one after
  // another): a campaign's burst, without the 2-core test machine itself becoming the bottleneck it would be with
  // hundreds of deliveries sharing its CPU with the store.
  const outage = scenario.downMs ? sleep(30).then(() => proxy.down(scenario.downMs ?? 0)) : Promise.resolve();
  let next = 0;
  const page = async () => {
    while (next < copies.length) await deliver(copies[next++] as CountingEvent);
  };
  await Promise.all([...Array.from({ length: Math.min(PAGES_AT_ONCE, copies.length) }, page), outage]);
  await proxy.settled();

  const read = await createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName }).readCounters(scope, '2026-06-14', '2026-06-14');
  const transactions = proxy.calls.filter((call) => call.operation === 'TransactWriteItems' && call.forwarded);
  const writeUnits = transactions.reduce((sum, call) => {
    const consumed = (call.upstreamBody as { ConsumedCapacity?: { WriteCapacityUnits?: number }[] } | undefined)?.ConsumedCapacity ?? [];
    return sum + consumed.reduce((units, table) => units + (table.WriteCapacityUnits ?? 0), 0);
  }, 0);
  client.destroy();
  await proxy.close();
  const differences = compare(expectedRows(events), read.rows);
  return {
    name: scenario.name,
    server: dynamo.server,
    sent: events.length,
    counted: read.rows.reduce((sum, row) => sum + row.count, 0),
    ...differences,
    requests,
    answers,
    givenUp,
    faultsInjected: proxy.calls.filter((call) => call.fault !== 'pass').length + (scenario.downMs ? 1 : 0),
    storeCalls: transactions.length,
    writeUnits,
    wallMs: Date.now() - started,
  };
};

const first = (fault: Fault) => ({ attempt }: { attempt: number }): Fault => (attempt === 1 ? fault : { kind: 'pass' });
const throttled = (type: string): Fault => ({ kind: 'refuse', status: 400, type });
const cancelledBy = (code: string): Fault => ({
  kind: 'refuse',
  status: 400,
  type: 'TransactionCanceledException',
  message: `Transaction cancelled, please refer cancellation reasons for specific reasons [None, ${code}]`,
  fields: { CancellationReasons: [{ Code: 'None' }, { Code: code }] },
});

/** Each fault at the counting path's one write, then bursts of mixed faults with repeated ids. */
export const SCENARIOS: readonly Scenario[] = [
  { name: 'answer late (write lands after the 1.5 s timeout)', events: 60, fault: first({ kind: 'late', ms: 2000 }) },
  { name: 'answer lost after the write landed (reset)', events: 60, fault: first({ kind: 'lost-answer' }) },
  { name: 'connection reset before the write', events: 60, fault: first({ kind: 'reset-before' }) },
  { name: 'throttled: ThrottlingException', events: 60, fault: ({ attempt }) => (attempt <= 4 ? throttled('ThrottlingException') : { kind: 'pass' }) },
  { name: 'throttled: ProvisionedThroughputExceeded', events: 60, fault: ({ attempt }) => (attempt <= 4 ? throttled('ProvisionedThroughputExceededException') : { kind: 'pass' }) },
  { name: 'transaction cancelled: throttling / conflict', events: 60, fault: ({ attempt }) => (attempt <= 2 ? cancelledBy(attempt === 1 ? 'ThrottlingError' : 'TransactionConflict') : { kind: 'pass' }) },
  { name: 'store answers 500 without doing it', events: 60, fault: first({ kind: 'refuse', status: 500, type: 'InternalServerError' }) },
  { name: 'store paused 3 s (writes land after the client gave up)', events: 60, fault: first({ kind: 'hold', ms: 3000 }) },
  { name: 'store down for 2 s', events: 60, fault: () => ({ kind: 'pass' }), downMs: 2000 },
  { name: 'function stopped mid-write (Lambda limit 2 s, store paused 3 s)', events: 60, fault: first({ kind: 'hold', ms: 3000 }), lambdaTimeoutMs: 2000 },
  {
    name: 'burst of 400 with 20 % repeated ids, every fault mixed',
    events: 400,
    repeatShare: 0.2,
    fault: ({ random }) => {
      const roll = random();
      if (roll < 0.06) return { kind: 'late', ms: 1800 };
      if (roll < 0.12) return { kind: 'lost-answer' };
      if (roll < 0.18) return { kind: 'reset-before' };
      if (roll < 0.24) return throttled('ThrottlingException');
      if (roll < 0.28) return { kind: 'refuse', status: 500, type: 'InternalServerError' };
      if (roll < 0.32) return { kind: 'hold', ms: 2000 };
      return { kind: 'pass' };
    },
  },
  {
    name: 'prefecture entry page: 200 views with 20 % repeated ids, answers lost, late or refused',
    events: 200,
    repeatShare: 0.2,
    prefecturePage: true,
    fault: ({ random }) => {
      const roll = random();
      if (roll < 0.1) return { kind: 'lost-answer' };
      if (roll < 0.2) return { kind: 'late', ms: 1800 };
      if (roll < 0.3) return { kind: 'refuse', status: 500, type: 'InternalServerError' };
      return { kind: 'pass' };
    },
  },
];

/** The result as one line of the fault table. */
export const tableRow = (result: ScenarioResult): string =>
  `| ${result.server} | ${result.name} | ${result.sent} | ${result.counted} | ${result.lost} | ${result.doubled} | ${result.requests} | ${(result.writeUnits / Math.max(1, result.counted)).toFixed(2)} |`;
