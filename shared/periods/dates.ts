/**
 * @module
 * Calendar-date arithmetic on plain `YYYY-MM-DD` strings. Reports deal in
 * Japan-time calendar days, never instants, so dates stay strings and the
 * maths runs on UTC midnights where no time zone or daylight rule can shift a
 * day. Every function is pure.
 */

/** A calendar date `YYYY-MM-DD` (Japan time by convention of the caller). */
export type Ymd = string;
/** A calendar month `YYYY-MM`. */
export type Ym = string;

export const YMD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const YM_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Named so callers can tell a bad date from other failures. */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYmd = ({ year, month, day }: DateParts): Ymd => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
export const formatYm = (year: number, month: number): Ym => `${pad(year, 4)}-${pad(month)}`;

/** Parses and checks that the day exists (2025-02-29 is refused). */
export const parseYmd = (ymd: string): DateParts => {
  if (!YMD_PATTERN.test(ymd)) throw new InvalidDateError(`${ymd} is not a YYYY-MM-DD date`);
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  if (day > daysInMonth(year, month)) throw new InvalidDateError(`${ymd} does not exist`);
  return { year, month, day };
};

export const isValidYmd = (ymd: string): boolean => {
  try {
    parseYmd(ymd);
    return true;
  } catch {
    return false;
  }
};

export const parseYm = (ym: string): { year: number; month: number } => {
  if (!YM_PATTERN.test(ym)) throw new InvalidDateError(`${ym} is not a YYYY-MM month`);
  const [year, month] = ym.split('-').map(Number) as [number, number];
  return { year, month };
};

const toUtc = (ymd: Ymd): number => {
  const { year, month, day } = parseYmd(ymd);
  return Date.UTC(year, month - 1, day);
};
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
};

export const addDays = (ymd: Ymd, days: number): Ymd => fromUtc(toUtc(ymd) + days * 86_400_000);

/** Inclusive count of days from `start` to `end`. */
export const daysBetweenInclusive = (start: Ymd, end: Ymd): number =>
  Math.round((toUtc(end) - toUtc(start)) / 86_400_000) + 1;

export const isLastDayOfMonth = (ymd: Ymd): boolean => {
  const { year, month, day } = parseYmd(ymd);
  return day === daysInMonth(year, month);
};

/** The months touched by an inclusive date range, in order. */
export const monthsBetween = (start: Ymd, end: Ymd): Ym[] => {
  const from = parseYmd(start);
  const to = parseYmd(end);
  const months: Ym[] = [];
  for (let y = from.year, m = from.month; y < to.year || (y === to.year && m <= to.month); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(formatYm(y, m));
  }
  return months;
};

