/**
 * @module
 * The read side of the counter store: aggregates for a tenant and a JST day
 * range. Whole months that have been rolled up are read from the rollup
 * partition (one Query per fiscal year); everything else from the raw
 * counters (one Query per month and shard, sort key bounded to the days
 * asked for). The cost depends on the range and the number of distinct
 * kinds, never on how many events were counted.
 */
import { MODES } from '../../shared/domain';
import { monthSlices } from './calendar';
import type { CounterReadResult, CounterRow } from './counter-store';
import { addAttribute, counterPk, emptyFigures, fiscalYearOfMonth, isCounterAttribute, parseKindKey, ROLLUP_DONE, rollupPk } from './keys';
import { queryRange, runLimited, SK_END, type Item, type QueryOutcome, type TableContext } from './query';

const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Adds items into rows keyed by period and kind; items whose kind it cannot read are skipped. */
const accumulate = (rows: Map<string, CounterRow>, period: string, kindKey: string, item: Item) => {
  const subject = parseKindKey(kindKey);
  if (!subject || (subject.mode && !MODES.includes(subject.mode))) return;
  const key = `${period}#${kindKey}`;
  let row = rows.get(key);
  if (!row) rows.set(key, (row = { period, ...subject, ...emptyFigures() }));
  for (const [name, value] of Object.entries(item)) {
    if (isCounterAttribute(name) && value.N !== undefined) addAttribute(row, name, Number(value.N));
  }
};

export const readCounters = async (ctx: TableContext, tenant: string, fromYmd: string, toYmd: string): Promise<CounterReadResult> => {
  if (!YMD.test(fromYmd) || !YMD.test(toYmd) || fromYmd > toYmd) {
    throw new RangeError(`Invalid day range ${fromYmd}..${toYmd}`);
  }
  const slices = monthSlices(fromYmd, toYmd);
  const outcomes: QueryOutcome[] = [];
  const rows = new Map<string, CounterRow>();

  const wholeByYear = new Map<number, string[]>();
  for (const slice of slices.filter((s) => s.whole)) {
    const year = fiscalYearOfMonth(slice.month);
    wholeByYear.set(year, [...(wholeByYear.get(year) ?? []), slice.month]);
  }
  const rollups = await runLimited(
    [...wholeByYear].map(([year, months]) => () => queryRange(ctx, rollupPk(tenant, year), `${months[0]}#`, `${months.at(-1)}#${SK_END}`)),
  );
  outcomes.push(...rollups);
  const rollupItems = rollups.flatMap((outcome) => outcome.items);
  const rolledUp = new Set(
    rollupItems.map((item) => item.sk?.S ?? '').filter((sk) => sk.endsWith(`#${ROLLUP_DONE}`)).map((sk) => sk.slice(0, 7)),
  );
  for (const item of rollupItems) {
    const sk = item.sk?.S ?? '';
    if (rolledUp.has(sk.slice(0, 7)) && !sk.endsWith(`#${ROLLUP_DONE}`)) accumulate(rows, sk.slice(0, 7), sk.slice(8), item);
  }

  const rawTasks = slices
    .filter((slice) => !(slice.whole && rolledUp.has(slice.month)))
    .flatMap((slice) =>
      Array.from({ length: ctx.shards }, (_, shard) => async () => {
        const outcome = await queryRange(ctx, counterPk(tenant, slice.month, shard), `${slice.fromDay}#`, `${slice.toDay}#${SK_END}`);
        for (const item of outcome.items) {
          const sk = item.sk?.S ?? '';
          accumulate(rows, `${slice.month}-${sk.slice(0, 2)}`, sk.slice(3), item);
        }
        return outcome;
      }),
    );
  outcomes.push(...(await runLimited(rawTasks)));

  return {
    rows: [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row),
    itemsRead: outcomes.reduce((sum, outcome) => sum + outcome.items.length, 0),
    queries: outcomes.reduce((sum, outcome) => sum + outcome.pages, 0),
    consumedRcu: outcomes.reduce((sum, outcome) => sum + outcome.consumedRcu, 0),
  };
};
