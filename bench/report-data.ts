/**
 * @module
 * A synthetic fiscal year of counts for the report benchmark, written as the
 * counter items the store's own writes would leave behind. Every event is
 * made one by one and keyed by the store's real functions (`shardOf` on a
 * random id, `incrementFor`, `counterPk`, JST day and hour from
 * `jstParts`); the `ADD`s each would do are summed in memory and each
 * resulting item is written once with BatchWriteItem. The items are
 * identical to what `record` would produce — only the millions of round
 * trips (hours on dynalite) are skipped. Months before `now`'s month are
 * folded in memory by the store's own rollup code (`sumByKind`,
 * `writeRollup`, exactly as `rollupMonth` does after its Queries) instead of
 * being written raw and read back, which would take minutes on dynalite;
 * the current month is written raw. Mix per completion, as in
 * docs/data-model.md: 3 views, 1.25 starts, 0.375 helpline taps.
 */
import type { WriteRequest } from '@aws-sdk/client-dynamodb';
import type { Dynamo } from '../functions/dynamo';
import { MODES } from '../shared/domain';
import { sampleCompletion } from '../scripts/sample-completion';
import type { CountingEvent } from '../shared/events';
import { getTenant } from '../shared/tenants';
import { jstParts } from '../shared/time';
import { sumByKind, writeRollup } from '../functions/store/fold';
import { counterPk, fiscalYearOfMonth, incrementFor, rollupPk, shardOf } from '../functions/store/keys';
import { runLimited, type Item } from '../functions/store/query';

const SOURCES = [undefined, ...Array.from({ length: 12 }, (_, i) => `channel-${i + 1}`)];

const syntheticEvent = (rand: () => number, helplineIds: readonly string[]): CountingEvent => {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const id = crypto.randomUUID();
  const mode = pick(MODES);
  const src = pick(SOURCES);
  const roll = rand() * 5.625;
  if (roll < 3) return { type: 'view', id, ...(src ? { src } : {}) };
  if (roll < 4.25) return { type: 'start', id, mode, ...(src ? { src } : {}) };
  if (roll < 5.25) {
    return {
      type: 'complete', id, mode, ...sampleCompletion(mode, rand), safetyFlag: rand() < 0.1, ...(src ? { src } : {}),
    };
  }
  return { type: 'helpline_tap', id, mode, helplineId: pick(helplineIds), ...(rand() < 0.8 ? { band: sampleCompletion(mode, rand).band } : {}) };
};

/** Writes `completions` completions (and the views, starts and taps around them) spread evenly over [from, to). */
export const writeSyntheticYear = async (
  dynamo: Dynamo,
  tableName: string,
  tenant: string,
  completions: number,
  from: Date,
  to: Date,
  shards: number,
): Promise<{ events: number; items: number; rawItems: number }> => {
  let seed = 20260401;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const helplineIds = getTenant(tenant)?.helplines.map((h) => h.id) ?? [];
  const events = Math.round(completions * 5.625);
  const items = new Map<string, Map<string, number>>();
  const span = to.getTime() - from.getTime();
  for (let i = 0; i < events; i++) {
    const event = syntheticEvent(rand, helplineIds);
    const { date, hour } = jstParts(new Date(from.getTime() + rand() * span));
    const { kindKey, attributes } = incrementFor(event, hour);
    const key = `${counterPk(tenant, date.slice(0, 7), shardOf(event.id, shards))}\u0000${date.slice(8, 10)}#${kindKey}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = new Map()));
    for (const name of attributes) item.set(name, (item.get(name) ?? 0) + 1);
  }
  const currentMonth = jstParts(to).date.slice(0, 7);
  const requests: WriteRequest[] = [];
  const closedMonths = new Map<string, Item[]>();
  for (const [key, sums] of items) {
    const [pk, sk] = key.split('\u0000') as [string, string];
    const item: Item = { pk: { S: pk }, sk: { S: sk }, ...Object.fromEntries([...sums].map(([n, v]) => [n, { N: String(v) }])) };
    const month = pk.split('#')[2] as string;
    if (month === currentMonth) requests.push({ PutRequest: { Item: item } });
    else {
      const list = closedMonths.get(month) ?? [];
      closedMonths.set(month, list);
      list.push(item);
    }
  }
  const ctx = { dynamo, tableName, shards: 0 };
  for (const [month, monthItems] of closedMonths) {
    await writeRollup(ctx, rollupPk(tenant, fiscalYearOfMonth(month)), month, sumByKind(monthItems, (sk) => sk.slice(3)));
  }
  const batches = Array.from({ length: Math.ceil(requests.length / 25) }, (_, i) => requests.slice(i * 25, i * 25 + 25));
  await runLimited(
    batches.map((batch) => async () => {
      let pending = batch;
      while (pending.length > 0) {
        const result = await dynamo.call('BatchWriteItem', { RequestItems: { [tableName]: pending } });
        pending = result.UnprocessedItems?.[tableName] ?? [];
      }
    }),
    8,
  );
  return { events, items: items.size, rawItems: requests.length };
};
