/**
 * @module
 * Monthly rollups: once a JST month has closed, its raw counters (every
 * shard, every day) are summed per kind into one item each under the
 * tenant's fiscal-year partition, and a DONE marker is written last. The
 * values are recomputed from the raw items and overwritten, so running it
 * twice changes nothing; the raw items stay as the source of truth. Counts
 * backfilled into an already rolled-up month (only a seed script can do
 * that) need `rollupMonth` run again for that month.
 */
import { BatchWriteItemCommand, GetItemCommand, PutItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { jstParts } from '../../shared/time';
import { MonthNotClosedError, StoreUnavailableError, type RollupResult } from './counter-store';
import { isMonthClosed, previousMonth } from './calendar';
import { counterPk, fiscalYearOfMonth, isCounterAttribute, ROLLUP_DONE, rollupPk } from './keys';
import { queryRange, runLimited, SK_END, type TableContext } from './query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const BATCH_SIZE = 25;

const writeBatch = async (ctx: TableContext, requests: WriteRequest[]) => {
  let pending = requests;
  // Unprocessed items come back under throttling; a few patient retries, then give up loudly.
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === 8) throw new StoreUnavailableError('Rollup batch write kept coming back unprocessed');
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await ctx.client.send(new BatchWriteItemCommand({ RequestItems: { [ctx.tableName]: pending } }));
    pending = result.UnprocessedItems?.[ctx.tableName] ?? [];
  }
};

export const rollupMonth = async (ctx: TableContext, tenant: string, month: string, now: Date): Promise<RollupResult> => {
  if (!MONTH.test(month)) throw new RangeError(`Invalid month ${month}`);
  if (!isMonthClosed(month, now)) throw new MonthNotClosedError(month);

  const sums = new Map<string, Map<string, number>>();
  const shards = await runLimited(
    Array.from({ length: ctx.shards }, (_, shard) => () => queryRange(ctx, counterPk(tenant, month, shard), '01#', `31#${SK_END}`)),
  );
  for (const item of shards.flatMap((outcome) => outcome.items)) {
    const kindKey = (item.sk?.S ?? '').slice(3);
    const sum = sums.get(kindKey) ?? new Map<string, number>();
    sums.set(kindKey, sum);
    for (const [name, value] of Object.entries(item)) {
      if (isCounterAttribute(name) && value.N !== undefined) sum.set(name, (sum.get(name) ?? 0) + Number(value.N));
    }
  }

  const pk = rollupPk(tenant, fiscalYearOfMonth(month));
  const requests: WriteRequest[] = [...sums].map(([kindKey, sum]) => ({
    PutRequest: {
      Item: {
        pk: { S: pk },
        sk: { S: `${month}#${kindKey}` },
        ...Object.fromEntries([...sum].map(([name, value]) => [name, { N: String(value) }])),
      },
    },
  }));
  // An empty month gets no DONE marker: should counts ever be backfilled into it (the demo seed does), reads stay raw and right.
  if (requests.length === 0) return { month, items: 0 };
  for (let i = 0; i < requests.length; i += BATCH_SIZE) await writeBatch(ctx, requests.slice(i, i + BATCH_SIZE));
  await ctx.client.send(
    new PutItemCommand({
      TableName: ctx.tableName,
      Item: { pk: { S: pk }, sk: { S: `${month}#${ROLLUP_DONE}` }, items: { N: String(requests.length) } },
    }),
  );
  return { month, items: requests.length };
};

/** True when the month's rollup finished (its DONE marker exists). */
const isRolledUp = async (ctx: TableContext, tenant: string, month: string): Promise<boolean> => {
  const { Item } = await ctx.client.send(
    new GetItemCommand({
      TableName: ctx.tableName,
      Key: { pk: { S: rollupPk(tenant, fiscalYearOfMonth(month)) }, sk: { S: `${month}#${ROLLUP_DONE}` } },
    }),
  );
  return Item !== undefined;
};

/**
 * Rolls up every closed month of the last `lookbackMonths` that has no rollup
 * yet — what a scheduled job (or the local server) runs. Returns the months
 * it rolled up; months without any counts are skipped.
 */
export const rollupClosedMonths = async (ctx: TableContext, tenant: string, now: Date, lookbackMonths: number): Promise<string[]> => {
  const rolled: string[] = [];
  let month = previousMonth(jstParts(now).date.slice(0, 7));
  for (let i = 0; i < lookbackMonths; i++, month = previousMonth(month)) {
    if (!isMonthClosed(month, now) || (await isRolledUp(ctx, tenant, month))) continue;
    if ((await rollupMonth(ctx, tenant, month, now)).items > 0) rolled.push(month);
  }
  return rolled.reverse();
};
