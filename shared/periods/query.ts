/**
 * @module
 * The report period as staff ask for it in a query string — `fy=2026`
 * (令和8年度), `from=2026-06&to=2026-11`, or `start=2026-06-01&end=2026-06-30` —
 * validated with zod so a bad request is told exactly which parameter is
 * wrong, then resolved against today's Japan date: a period still running is
 * cut at the last complete day (前日まで) and compared with the same days of
 * the year before. Today is left out on purpose: a partial day set against a
 * whole day last year would bias the change down, and closed days are read
 * from bounded daily rollups whatever the traffic.
 */
import * as z from '../validation';
import { daysBetweenInclusive, isValidYmd, monthsBetween, YM_PATTERN, YMD_PATTERN, type Ym, type Ymd } from './dates';
import { periodName } from './era';
import { fiscalYearOf, fiscalYearRange, reiwaLabel } from './fiscal';
import { clampRange, dateRange, InvalidRangeError, lastCompleteDay, monthRange, samePeriodLastYear, type DateRange } from './ranges';

/** Bounds how much one report reads: two fiscal years' worth of days. */
export const MAX_PERIOD_DAYS = 731;
export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

export type PeriodSpec =
  | { kind: 'fiscalYear'; fy: number }
  | { kind: 'months'; from: Ym; to: Ym }
  | { kind: 'dates'; start: Ymd; end: Ymd };

const ymd = z.string().check(z.regex(YMD_PATTERN, 'use YYYY-MM-DD'), z.refine(isValidYmd, 'no such date'));
const ym = z.string().check(z.regex(YM_PATTERN, 'use YYYY-MM'));

/** Query parameters → a period spec; exactly one way of naming the period is allowed. */
export const periodQuery = z.pipe(
  z.object({
    fy: z.optional(
      z.coerce.number().check(
        z.refine(Number.isInteger, 'fy must be a whole year'),
        z.gte(MIN_FISCAL_YEAR, `fy must be ${MIN_FISCAL_YEAR} or later`),
        z.lte(MAX_FISCAL_YEAR, `fy must be ${MAX_FISCAL_YEAR} or earlier`),
      ),
    ),
    from: z.optional(ym),
    to: z.optional(ym),
    start: z.optional(ymd),
    end: z.optional(ymd),
  }),
  z.transform((q, ctx): PeriodSpec => {
    const ways = [q.fy !== undefined, q.from !== undefined || q.to !== undefined, q.start !== undefined || q.end !== undefined];
    const issue = (message: string, path: string[] = []): never => {
      ctx.issues.push({ code: 'custom', message, path, input: q });
      return z.NEVER;
    };
    if (ways.filter(Boolean).length !== 1) {
      return issue('give exactly one period: fy=YYYY (fiscal year), from=YYYY-MM&to=YYYY-MM, or start=YYYY-MM-DD&end=YYYY-MM-DD');
    }
    if (q.fy !== undefined) return { kind: 'fiscalYear', fy: q.fy };
    if (ways[1]) {
      if (q.from === undefined || q.to === undefined) return issue('from and to are both required', [q.from ? 'to' : 'from']);
      if (q.from > q.to) return issue(`from ${q.from} is after to ${q.to}`, ['to']);
      if (monthsBetween(`${q.from}-01`, `${q.to}-01`).length > 24) return issue('a month range may cover at most 24 months', ['to']);
      return { kind: 'months', from: q.from, to: q.to };
    }
    if (q.start === undefined || q.end === undefined) return issue('start and end are both required', [q.start ? 'end' : 'start']);
    if (q.start > q.end) return issue(`start ${q.start} is after end ${q.end}`, ['end']);
    if (daysBetweenInclusive(q.start, q.end) > MAX_PERIOD_DAYS) return issue(`a date range may cover at most ${MAX_PERIOD_DAYS} days`, ['end']);
    return { kind: 'dates', start: q.start, end: q.end };
  }),
);

export interface ReportPeriod {
  spec: PeriodSpec;
  /** 「令和8年度」, 「令和8年6月～11月」 or 「令和8年6月1日～30日」. */
  label: string;
  /** The days asked for. */
  requested: DateRange;
  /** The days counted: `requested` cut at the last complete day (the day before today). */
  range: DateRange;
  /** The same days one year earlier (前年度同期間). */
  previous: DateRange;
  /** 「令和7年度同期間」 or 「前年同期間」. */
  previousLabel: string;
}


const requestedRange = (spec: PeriodSpec): DateRange =>
  spec.kind === 'fiscalYear' ? fiscalYearRange(spec.fy) : spec.kind === 'months' ? monthRange(spec.from, spec.to) : dateRange(spec.start, spec.end);

/** Resolves a spec against today's Japan date; a period with no complete day yet is refused. */
export const resolvePeriod = (spec: PeriodSpec, today: Ymd): ReportPeriod => {
  const requested = requestedRange(spec);
  const last = lastCompleteDay(today);
  if (requested.start > last) {
    throw new InvalidRangeError(`the period starts on ${requested.start} and has no complete day yet; reports count days up to yesterday (${last})`);
  }
  const range = clampRange(requested, last);
  const previous = samePeriodLastYear(range);
  // Named by the days asked for, in 令和: a running fiscal year is still 令和8年度.
  const label = periodName(requested.start, requested.end);
  // 「前年度同期間」 as the plan words it, named by the fiscal year when the range sits inside one.
  const fy = fiscalYearOf(range.start);
  const previousLabel = fy === fiscalYearOf(range.end) ? `${reiwaLabel(fy - 1)}同期間` : '前年同期間';
  return { spec, label, requested, range, previous, previousLabel };
};

/** Query object → resolved period; throws a ZodError or InvalidRangeError the API turns into a 400. */
export const periodFromQuery = (query: Record<string, string | undefined>, today: Ymd): ReportPeriod =>
  resolvePeriod(periodQuery.parse(query), today);
