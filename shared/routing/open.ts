/**
 * @module
 * When is a helpline open? Hours are read in Japan time. A window belongs to
 * the day it starts: one whose end is at or before its start runs on into the
 * next day (いのちの電話 on the 10th: 08:00 → 08:00), and that day's holiday
 * rule and closed dates decide whether it opens at all. Both questions —
 * open at this instant, and when it next opens — read the same spans, so a
 * line the list calls closed always has an opening time that agrees with it.
 * `null` means we cannot say — unknown hours, or a date beyond the holiday
 * table when the holiday rule matters — so the page never claims "open" or
 * promises a time it does not know.
 */
import type { Hours } from '../helplines/schema';
import { HolidayOutOfRangeError, isJapaneseHoliday, JST_OFFSET_MS, jstParts, type JstParts } from '../time';

type WeeklyHours = Extract<Hours, { kind: 'weekly' }>;
type OpeningWindow = WeeklyHours['days']['1'][number];

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Far enough to reach any day of the month (a 31st can be 61 days away) and past every closure in the data. */
const HORIZON_DAYS = 62;
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The windows that start on a JST day, after its holiday rule, month-day extras and closures. */
function windowsStarting(hours: WeeklyHours, day: JstParts): readonly OpeningWindow[] {
  if (hours.closedDates?.includes(day.date.slice(5))) return [];
  let weekday = String(day.isoWeekday) as keyof WeeklyHours['days'];
  if (hours.holidays !== 'normal' && isJapaneseHoliday(day.date)) {
    if (hours.holidays === 'closed') return [];
    weekday = '7';
  }
  const extra = hours.monthDays?.[String(day.day)] ?? [];
  return extra.length > 0 ? [...hours.days[weekday], ...extra] : hours.days[weekday];
}

/** Start of the JST calendar day that holds `at`, in epoch ms. */
function jstMidnight(at: Date): number {
  const p = jstParts(at);
  return Date.UTC(p.year, p.month - 1, p.day) - JST_OFFSET_MS;
}

/** `[start, end)` in epoch ms of each window starting on the JST day that begins at `midnight`. */
function spansStarting(hours: WeeklyHours, midnight: number): [number, number][] {
  return windowsStarting(hours, jstParts(new Date(midnight))).map((w) => {
    const start = minutesOf(w.start);
    const end = minutesOf(w.end);
    return [midnight + start * MINUTE_MS, midnight + (end <= start ? end + 1440 : end) * MINUTE_MS];
  });
}

/** Runs a reading of the calendar; a date beyond the holiday table makes the answer "cannot say". */
function orUnknown<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof HolidayOutOfRangeError) return null;
    throw error;
  }
}

export function isOpenAt(hours: Hours, at: Date): boolean | null {
  if (hours.kind === 'always') return true;
  if (hours.kind === 'unknown') return null;
  const t = at.getTime();
  const today = jstMidnight(at);
  const within = (midnight: number) => spansStarting(hours, midnight).some(([s, e]) => s <= t && t < e);
  // Today first: yesterday is only read for a window that ran past midnight, and may lie before the holiday table.
  return orUnknown(() => within(today) || within(today - DAY_MS));
}

/**
 * The first instant at or after `now` when the line is open: `now` itself
 * while it is open, `null` when that cannot be said (unknown hours, beyond
 * the holiday table, or no opening within two months).
 */
export function nextOpeningAt(hours: Hours, now: Date): Date | null {
  const open = isOpenAt(hours, now);
  if (open !== false) return open === true ? now : null;
  if (hours.kind !== 'weekly') return null;
  const t = now.getTime();
  const today = jstMidnight(now);
  const first = orUnknown(() => {
    for (let d = 0; d <= HORIZON_DAYS; d++) {
      // Closed now, so every window still to end starts later: the earliest start of the first such day.
      const starts = spansStarting(hours, today + d * DAY_MS).filter(([, e]) => e > t).map(([s]) => s);
      if (starts.length > 0) return Math.min(...starts);
    }
    return null;
  });
  return first === null ? null : new Date(first);
}
