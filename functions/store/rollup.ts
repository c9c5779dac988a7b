/**
 * @module
 * Monthly rollups: once a JST month has closed, its raw counters (every
 * shard, every day) are summed per kind into one item each under the
 * tenant's fiscal-year partition, and a DONE marker is written last. The
 * values are recomputed from the raw items and overwritten, so running it
 * twice changes nothing; the raw items stay as the source of truth. A month
 * with no counts is marked done as well, so a report over an empty past year
 * reads one rollup Query, not every shard. Counts backfilled into an already
 * rolled-up month (only a seed script can do that) need `rollupMonth` run
 * again for that month.
 */
import { jstParts } from '../../shared/time';
import { MonthNotClosedError, type RollupResult } from './counter-store';
import { sumByKind, writeRollup } from './fold';
import { isMonthClosed, previousMonth } from './calendar';
import { counterPk, fiscalYearOfMonth, ROLLUP_DONE, rollupPk } from './keys';
import { queryRange, runLimited, SK_END, type TableContext } from './query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const rollupMonth = async (ctx: TableContext, tenant: string, month: string, now: Date): Promise<RollupResult> => {
  if (!MONTH.test(month)) throw new RangeError(`Invalid month ${month}`);
  if (!isMonthClosed(month, now)) throw new MonthNotClosedError(month);
  const shards = await runLimited(
    Array.from({ length: ctx.shards }, (_, shard) => () => queryRange(ctx, counterPk(tenant, month, shard), '01#', `31#${SK_END}`)),
  );
  const sums = sumByKind(shards.flatMap((outcome) => outcome.items), (sk) => sk.slice(3));
  return { month, items: await writeRollup(ctx, rollupPk(tenant, fiscalYearOfMonth(month)), month, sums) };
};

/** True when the month's rollup finished (its DONE marker exists). */
const isRolledUp = async (ctx: TableContext, tenant: string, month: string): Promise<boolean> => {
  const { Item } = await ctx.dynamo.call('GetItem', {
    TableName: ctx.tableName,
    Key: { pk: { S: rollupPk(tenant, fiscalYearOfMonth(month)) }, sk: { S: `${month}#${ROLLUP_DONE}` } },
  });
  return Item !== undefined;
};

/**
 * Rolls up every closed month of the last `lookbackMonths` that has no rollup
 * yet — what a scheduled job (or the local server) runs. Returns the months
 * it rolled up with counts in them; empty months are marked done but not listed.
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
