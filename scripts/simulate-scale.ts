/**
 * @module
 * `npm run simulate:scale [-- --shards N]`: replays a national campaign
 * through the store's REAL key functions (`counterPk`, `shardOf`,
 * `incrementFor`, `markerKey` from functions/store/keys — no copy) and
 * reports what DynamoDB would see: the busiest partition key's and item's
 * writes per second against the 1,000 WCU/s per-partition limit, how the
 * de-duplication markers spread, the table-wide write rate, and the monthly
 * AWS cost at that volume. No database is touched: keys are counted in
 * memory, second by second. Method and results: docs/scaling.md.
 */
import { MODES } from '../shared/domain';
import { sampleCompletion, sampleLang } from './sample-completion';
import type { CountingEvent } from '../shared/events';
import { counterPk, incrementFor, markerKey, SHARD_COUNT, shardOf } from '../functions/store/keys';
import { ASSUMPTIONS as A, PRICES_USD as P } from './scale/prices';

const shardsArg = process.argv.indexOf('--shards');
const SHARDS = shardsArg > 0 ? Number(process.argv[shardsArg + 1]) : SHARD_COUNT;
const SIMULATED_SECONDS = Number(process.env.SCALE_SECONDS ?? 20);
const PARTITION_WCU_PER_SECOND = 1000;
/** Each event is one transaction of two writes (functions/store/dynamo-store.ts); a transactional write of an item < 1 KB costs 2 WCU. */
const WCU_PER_WRITE = 2;

let seed = 17;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

// Zipf shares by rank. Rank 1 is the campaign's municipality and gets exactly the campaign's rate (the issue's
// 2,000/s "into one municipality"); the rest of the nation's rate follows Zipf over ranks 2…1,700, so rank 2 is next.
const weights = Array.from({ length: A.municipalities - 1 }, (_, i) => 1 / (i + 2) ** A.zipfExponent);
const totalWeight = weights.reduce((a, b) => a + b, 0);
const cumulative = weights.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w / totalWeight], []);
const tenantId = (rank: number) => `t${String(rank).padStart(4, '0')}`;
const drawTenant = () => {
  const r = rand();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return tenantId(lo + 2);
};

const funnelTotal = Object.values(A.funnel).reduce((a, b) => a + b, 0);
const drawEvent = (src: string | undefined): CountingEvent => {
  const id = crypto.randomUUID();
  const mode = rand() < 0.8 ? MODES[0] : pick(MODES);
  const roll = rand() * funnelTotal;
  const s = { ...(src ? { src } : {}), ...sampleLang(rand) };
  if (roll < A.funnel.view) return { type: 'view', id, ...s };
  if (roll < A.funnel.view + A.funnel.start) return { type: 'start', id, mode, ...s };
  if (roll < A.funnel.view + A.funnel.start + A.funnel.complete) {
    return { type: 'complete', id, mode, ...sampleCompletion(mode, rand), safetyFlag: rand() < 0.1, ...s };
  }
  return { type: 'helpline_tap', id, mode, helplineId: `line-${Math.floor(rand() * 20)}`, band: sampleCompletion(mode, rand).band };
};

/** One simulated second of the spike: every event's two writes, counted per partition key and per item. */
const simulateSecond = () => {
  const perPk = new Map<string, number>();
  const perItem = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const at = { date: '2026-10-10', hour: 20 };
  const events = Math.round(A.spike.nationalCompletionsPerSecond * funnelTotal);
  const campaign = Math.round(A.spike.oneTenantCompletionsPerSecond * funnelTotal);
  let markers = 0;
  for (let i = 0; i < events; i++) {
    // The campaign's events go to rank 1 through its own QR source.
    const tenant = i < campaign ? tenantId(1) : drawTenant();
    const event = drawEvent(i < campaign ? 'campaign-tv' : rand() < 0.5 ? undefined : `ch-${Math.floor(rand() * 12)}`);
    const marker = markerKey(tenant, event.id);
    bump(perPk, marker.pk);
    markers += 1;
    const pk = counterPk(tenant, at.date.slice(0, 7), shardOf(event.id, SHARDS));
    bump(perPk, pk);
    bump(perItem, `${pk} ${at.date.slice(8, 10)}#${incrementFor(event, at.hour).kindKey}`);
  }
  const busiest = (map: Map<string, number>) => [...map].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0] as [string, number]);
  const markerMax = [...perPk].filter(([k]) => k.startsWith('E#')).reduce((m, [, v]) => Math.max(m, v), 0);
  return { events, writes: events * 2, busiestPk: busiest(perPk), busiestItem: busiest(perItem), markers, markerMax, counterPks: [...perPk.keys()].filter((k) => k.startsWith('C#')).length };
};

const seconds = Array.from({ length: SIMULATED_SECONDS }, simulateSecond);
const worst = seconds.reduce((a, b) => (b.busiestPk[1] > a.busiestPk[1] ? b : a));
const worstItem = seconds.reduce((a, b) => (b.busiestItem[1] > a.busiestItem[1] ? b : a));
const fmt = (n: number) => Math.round(n).toLocaleString('en');

// Cost: an ordinary month plus one 10-minute campaign; 4 WCU per counted event (measured by the bench). A retry of an
// unclear answer is a repeat under the transaction's token (read units only) or a throttled call (nothing): no write units.
const ordinaryEventsMonth = (A.completionsPerYearNational / 12) * funnelTotal;
const spikeEvents = A.spike.nationalCompletionsPerSecond * funnelTotal * A.spike.seconds;
const eventsMonth = ordinaryEventsMonth + spikeEvents;
const wcuMonth = eventsMonth * 2 * WCU_PER_WRITE;
const requestsMonth = eventsMonth * (1 + A.retryShare);
const rcuMonth = A.municipalities * A.reportsPerTenantMonth * A.rcuPerReport;
// Raw items a day per tenant: one per (shard, kind) that saw an event — at most its events, at most shards × ~40 kinds.
const eventsPerDay = (A.completionsPerYearNational / 365) * funnelTotal;
const ordinaryWeights = [1, ...weights];
const ordinaryTotal = ordinaryWeights.reduce((a, b) => a + b, 0);
const items = ordinaryWeights.reduce((sum, w) => sum + 30 * Math.min((eventsPerDay * w) / ordinaryTotal, SHARDS * 40), 0);
const cost = {
  dynamoWrites: (wcuMonth / 1e6) * P.dynamoWritePerMillion,
  dynamoReads: (rcuMonth / 1e6) * P.dynamoReadPerMillion,
  // Two years of raw items kept (rollups are a rounding error on top).
  dynamoStorage: ((items * 24 * A.bytesPerCounterItem) / 1e9) * P.dynamoStoragePerGbMonth,
  // The page's retries are requests too.
  lambda: (requestsMonth / 1e6) * P.lambdaRequestsPerMillion + requestsMonth * (A.lambdaMsPerEvent / 1000) * A.lambdaMemoryGb * P.lambdaArmPerGbSecond,
  httpApi: (requestsMonth / 1e6) * P.httpApiPerMillion,
};
const totalCost = Object.values(cost).reduce((a, b) => a + b, 0);

console.log(`Scale simulation: ${A.municipalities} municipalities (Zipf s=${A.zipfExponent}), ${SHARDS} write shards per tenant and month`);
console.log(`Spike: ${fmt(A.spike.nationalCompletionsPerSecond)} completions/s nationwide, ${fmt(A.spike.oneTenantCompletionsPerSecond)}/s into one municipality; with the funnel that is ${fmt(worst.events)} events/s, ${fmt(worst.writes)} writes/s (simulated ${SIMULATED_SECONDS} s)`);
const pkWcu = worst.busiestPk[1] * WCU_PER_WRITE;
console.log(`Busiest partition key: ${worst.busiestPk[0]} — ${fmt(worst.busiestPk[1])} writes/s × ${WCU_PER_WRITE} WCU (transactional) = ${fmt(pkWcu)} WCU/s, ${(pkWcu / PARTITION_WCU_PER_SECOND * 100).toFixed(0)} % of ${PARTITION_WCU_PER_SECOND} WCU/s → ${pkWcu <= PARTITION_WCU_PER_SECOND ? 'OK' : 'HOT: over the per-partition limit'}`);
console.log(`Busiest single item:   ${worstItem.busiestItem[0]} — ${fmt(worstItem.busiestItem[1])} writes/s = ${fmt(worstItem.busiestItem[1] * WCU_PER_WRITE)} WCU/s (an item can never be split: same 1,000 WCU/s ceiling)`);
console.log(`De-dup markers: ${fmt(worst.markers)} keys/s, at most ${worst.markerMax} write per marker key (random ids spread over the whole table); counter partition keys touched per second: ${fmt(worst.counterPks)}`);
console.log(`Table-wide: ${fmt(worst.writes * WCU_PER_WRITE)} WCU/s during the spike — above on-demand's default 40,000 WCU/s per-table quota and its instant scaling (2× the previous peak): pre-warm and raise the quota (docs/scaling.md).`);
console.log(`\nMonthly cost (ordinary month of ${fmt(A.completionsPerYearNational / 12)} completions + one ${A.spike.seconds / 60}-minute campaign), USD, Tokyo prices as known — re-check:`);
for (const [k, v] of Object.entries(cost)) console.log(`  ${k.padEnd(14)} ${v.toFixed(2).padStart(10)}`);
console.log(`  ${'total'.padEnd(14)} ${totalCost.toFixed(2).padStart(10)}   (${fmt(eventsMonth)} events, ${fmt(wcuMonth)} WCU, ${fmt(rcuMonth)} RCU; CloudFront and Cognito not included)`);
