/**
 * @module
 * What monthly and daily rollups share: summing raw shard items per kind,
 * and writing the sums plus a DONE marker last, so a reader never trusts a
 * half-written rollup. Sums are recomputed from raw and overwritten (Put),
 * which is what makes every rollup safe to run again.
 */
import type { WriteRequest } from '@aws-sdk/client-dynamodb';
import { StoreUnavailableError } from './counter-store';
import { counterEntries, ROLLUP_DONE } from './keys';
import type { Item, TableContext } from './query';

const BATCH_SIZE = 25;

/**
 * Sums counter attributes per current kind key (items of an older key shape fold into today's, keys.ts
 * `currentKindKey`); `kindOf` pulls the kind out of a raw sort key.
 */
export const sumByKind = (items: readonly Item[], kindOf: (sk: string) => string): Map<string, Map<string, number>> => {
  const sums = new Map<string, Map<string, number>>();
  for (const item of items) {
    const { kindKey, entries } = counterEntries(kindOf(item.sk?.S ?? ''), item);
    const sum = sums.get(kindKey) ?? new Map<string, number>();
    sums.set(kindKey, sum);
    for (const [name, value] of entries) sum.set(name, (sum.get(name) ?? 0) + value);
  }
  return sums;
};

const writeBatch = async (ctx: TableContext, requests: WriteRequest[]) => {
  let pending = requests;
  // Unprocessed items come back under throttling; a few patient retries, then give up loudly.
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === 8) throw new StoreUnavailableError('Rollup batch write kept coming back unprocessed');
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await ctx.dynamo.call('BatchWriteItem', { RequestItems: { [ctx.tableName]: pending } });
    pending = result.UnprocessedItems?.[ctx.tableName] ?? [];
  }
};

/**
 * Writes one item per kind under `pk` / `<prefix>#<kind>`, then `<prefix>#DONE`.
 * An empty period gets its DONE marker too (with `items` 0), so reading it later is the one rollup
 * Query and not every raw shard; counts a seed script backfills later need the rollup run again.
 */
export const writeRollup = async (ctx: TableContext, pk: string, prefix: string, sums: Map<string, Map<string, number>>): Promise<number> => {
  const requests: WriteRequest[] = [...sums].map(([kindKey, sum]) => ({
    PutRequest: {
      Item: { pk: { S: pk }, sk: { S: `${prefix}#${kindKey}` }, ...Object.fromEntries([...sum].map(([name, value]) => [name, { N: String(value) }])) },
    },
  }));
  for (let i = 0; i < requests.length; i += BATCH_SIZE) await writeBatch(ctx, requests.slice(i, i + BATCH_SIZE));
  await ctx.dynamo.call('PutItem', {
    TableName: ctx.tableName,
    Item: { pk: { S: pk }, sk: { S: `${prefix}#${ROLLUP_DONE}` }, items: { N: String(requests.length) } },
  });
  return requests.length;
};
