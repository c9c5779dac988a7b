/**
 * @module
 * Daily rollups: once a JST day has closed, its eight raw shards are summed
 * per kind into one item each under `D#<tenant>#<month>` / `<dd>#<kind>`,
 * DONE marker last — the same fold as the monthly rollup, one day at a time.
 * They keep the current month's read bounded: without them a report at
 * month end reads 8 shards × 30 days × kinds; with them, one Query for the
 * closed days and the raw shards of today only. Idempotent like the monthly
 * rollup; raw items stay the source of truth.
 */
import { jstParts } from '../../shared/time';
import { daysInMonth, isDayClosed, previousDay } from './calendar';
import { DayNotClosedError, type RollupResult } from './counter-store';
import { sumByKind, writeRollup } from './fold';
import { counterPk, dailyPk, ROLLUP_DONE } from './keys';
import { queryRange, runLimited, SK_END, type TableContext } from './query';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const rollupDay = async (ctx: TableContext, tenant: string, day: string, now: Date): Promise<RollupResult> => {
  if (!DAY.test(day) || Number(day.slice(8, 10)) > daysInMonth(day.slice(0, 7))) throw new RangeError(`Invalid day ${day}`);
  if (!isDayClosed(day, now)) throw new DayNotClosedError(day);
  const [month, dd] = [day.slice(0, 7), day.slice(8, 10)];
  const shards = await runLimited(
    Array.from({ length: ctx.shards }, (_, shard) => () => queryRange(ctx, counterPk(tenant, month, shard), `${dd}#`, `${dd}#${SK_END}`)),
  );
  const sums = sumByKind(shards.flatMap((outcome) => outcome.items), (sk) => sk.slice(3));
  return { month: day, items: await writeRollup(ctx, dailyPk(tenant, month), dd, sums) };
};

const isDayRolledUp = async (ctx: TableContext, tenant: string, day: string): Promise<boolean> => {
  const { Item } = await ctx.dynamo.call('GetItem', {
    TableName: ctx.tableName,
    Key: { pk: { S: dailyPk(tenant, day.slice(0, 7)) }, sk: { S: `${day.slice(8, 10)}#${ROLLUP_DONE}` } },
  });
  return Item !== undefined;
};

/** Rolls up every closed day of the last `lookbackDays` that has no daily rollup yet (empty days are marked done too); returns those with counts. */
export const rollupClosedDays = async (ctx: TableContext, tenant: string, now: Date, lookbackDays: number): Promise<string[]> => {
  const rolled: string[] = [];
  let day = jstParts(now).date;
  for (let i = 0; i <= lookbackDays; i++, day = previousDay(day)) {
    if (!isDayClosed(day, now) || (await isDayRolledUp(ctx, tenant, day))) continue;
    if ((await rollupDay(ctx, tenant, day, now)).items > 0) rolled.push(day);
  }
  return rolled.reverse();
};
