/**
 * @module
 * Reports without the excluded days: a read of `[from, to]` plus, for each
 * active exclusion it overlaps, a read of the overlap whose figures are
 * subtracted (rows with every figure negated, added after the period's own).
 * Every figure is a sum, so the totals, breakdowns, months and indicators
 * built from the result are exactly those of the days left. One rule, used
 * for every read a report makes.
 */
import type { CounterReadResult, CounterRow } from '../../store';
import { overlapOf, type Exclusion } from './schema';

export type CounterRead = (from: string, to: string) => Promise<CounterReadResult>;

/**
 * Every figure of a row negated: numbers, and maps of numbers (age bands, hours…). Strings (what the
 * row is about) stay. Generic on purpose, so a figure added to the counters later is subtracted too.
 */
export const negateRow = (row: CounterRow): CounterRow =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'number'
        ? -value
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value as Record<string, number>).map(([k, n]) => [k, -n]))
          : value,
    ]),
  ) as unknown as CounterRow;

export const excludingDays = (read: CounterRead, exclusions: readonly Exclusion[]): CounterRead => async (from, to) => {
  const overlaps = exclusions.map((e) => overlapOf(e, from, to)).filter((o) => o !== undefined);
  const [base, ...excluded] = await Promise.all([read(from, to), ...overlaps.map((o) => read(o.from, o.to))]);
  if (!base) throw new Error('unreachable: the period read is always made');
  return {
    rows: [...base.rows, ...excluded.flatMap((r) => r.rows.map(negateRow))],
    itemsRead: base.itemsRead + excluded.reduce((sum, r) => sum + r.itemsRead, 0),
    queries: base.queries + excluded.reduce((sum, r) => sum + r.queries, 0),
    consumedRcu: base.consumedRcu + excluded.reduce((sum, r) => sum + r.consumedRcu, 0),
  };
};
