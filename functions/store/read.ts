/**
 * @module
 * The read side of the counter store: aggregates for a tenant and a JST day
 * range. Whole months that have been rolled up are read from the rollup
 * partition (one Query per fiscal year); other months from their daily
 * rollups (one Query per month) for the days rolled up, and raw (one Query
 * per shard, sort key bounded to the remaining days — normally today) for
 * the rest. The cost depends on the range and the number of distinct kinds,
 * never on how many events were counted.
 */
import { MODES } from '../../shared/domain';
import { monthSlices, type MonthSlice } from './calendar';
import type { CounterReadResult, CounterRow } from './counter-store';
import { addAttribute, counterEntries, counterPk, dailyPk, emptyFigures, fiscalYearOfMonth, parseKindKey, ROLLUP_DONE, rollupPk } from './keys';
import { queryRange, runLimited, SK_END, type Item, type QueryOutcome, type TableContext } from './query';

const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Adds items into rows keyed by period and kind; items whose kind it cannot read are skipped. */
const accumulate = (rows: Map<string, CounterRow>, period: string, storedKindKey: string, item: Item) => {
  // An item of an older key shape adds into the row of today's (keys.ts currentKindKey).
  const { kindKey, entries } = counterEntries(storedKindKey, item);
  const subject = parseKindKey(kindKey);
  if (!subject || (subject.mode && !MODES.includes(subject.mode))) return;
  const key = `${period}#${kindKey}`;
  let row = rows.get(key);
  if (!row) rows.set(key, (row = { period, ...subject, ...emptyFigures() }));
  for (const [name, value] of entries) addAttribute(row, name, value);
};

/** The days of a slice not in `done`, as contiguous runs (usually one: today, perhaps yesterday). */
const dayRunsWithout = (slice: MonthSlice, done: ReadonlySet<string>): { fromDay: string; toDay: string }[] => {
  const runs: { fromDay: string; toDay: string }[] = [];
  for (let day = Number(slice.fromDay); day <= Number(slice.toDay); day++) {
    const dd = String(day).padStart(2, '0');
    if (done.has(dd)) continue;
    const last = runs.at(-1);
    if (last && Number(last.toDay) === day - 1) last.toDay = dd;
    else runs.push({ fromDay: dd, toDay: dd });
  }
  return runs;
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

  // Slices no monthly rollup covers: closed days from the daily rollup partition, the rest (today, days not rolled up yet) raw.
  const open = slices.filter((slice) => !(slice.whole && rolledUp.has(slice.month)));
  const daily = await runLimited(open.map((slice) => () => queryRange(ctx, dailyPk(tenant, slice.month), `${slice.fromDay}#`, `${slice.toDay}#${SK_END}`)));
  outcomes.push(...daily);
  const rawRuns = open.flatMap((slice, i) => {
    const items = daily[i]?.items ?? [];
    const done = new Set(items.map((item) => item.sk?.S ?? '').filter((sk) => sk.endsWith(`#${ROLLUP_DONE}`)).map((sk) => sk.slice(0, 2)));
    for (const item of items) {
      const sk = item.sk?.S ?? '';
      if (done.has(sk.slice(0, 2)) && !sk.endsWith(`#${ROLLUP_DONE}`)) accumulate(rows, `${slice.month}-${sk.slice(0, 2)}`, sk.slice(3), item);
    }
    return dayRunsWithout(slice, done).map((run) => ({ month: slice.month, ...run }));
  });
  const rawTasks = rawRuns.flatMap((run) =>
    Array.from({ length: ctx.shards }, (_, shard) => async () => {
      const outcome = await queryRange(ctx, counterPk(tenant, run.month, shard), `${run.fromDay}#`, `${run.toDay}#${SK_END}`);
      for (const item of outcome.items) {
        const sk = item.sk?.S ?? '';
        accumulate(rows, `${run.month}-${sk.slice(0, 2)}`, sk.slice(3), item);
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
