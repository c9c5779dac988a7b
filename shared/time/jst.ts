/**
 * @module
 * Japan Standard Time parts of an instant, by fixed offset. Japan has kept
 * +09:00 without daylight saving since 1951, so adding nine hours and
 * reading the UTC fields is exact — and far cheaper than an `Intl` formatter
 * on the hot paths that call this (routing every helpline, counter keys).
 */

export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface JstParts {
  /** `YYYY-MM-DD` in Japan. */
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function jstParts(at: Date): JstParts {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('jstParts needs a valid Date');
  const shifted = new Date(ms + JST_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const weekday = shifted.getUTCDay();
  return {
    date: `${year}-${pad2(month)}-${pad2(day)}`,
    year,
    month,
    day,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    isoWeekday: weekday === 0 ? 7 : weekday,
  };
}
