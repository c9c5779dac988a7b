/**
 * @module
 * Is a helpline open at an instant? Hours are read in Japan time. A window
 * belongs to the day it starts: one whose end is at or before its start runs
 * on into the next day (いのちの電話 on the 10th: 08:00 → 08:00), and that
 * day's holiday rule and closed dates decide whether it opens at all.
 * `null` means we cannot say — unknown hours, or a date beyond the holiday
 * table when the holiday rule matters — so the page never claims "open".
 */
import type { Hours } from '../helplines/schema';
import { HolidayOutOfRangeError, isJapaneseHoliday, jstParts, type JstParts } from '../time';

type WeeklyHours = Extract<Hours, { kind: 'weekly' }>;
type OpeningWindow = WeeklyHours['days']['1'][number];

const DAY_MS = 86_400_000;
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

export function isOpenAt(hours: Hours, at: Date): boolean | null {
  if (hours.kind === 'always') return true;
  if (hours.kind === 'unknown') return null;
  const today = jstParts(at);
  const minute = today.hour * 60 + today.minute;
  try {
    for (const w of windowsStarting(hours, today)) {
      const start = minutesOf(w.start);
      const end = minutesOf(w.end);
      if (minute >= start && (end <= start || minute < end)) return true;
    }
    // Yesterday's windows that run past midnight into today.
    for (const w of windowsStarting(hours, jstParts(new Date(at.getTime() - DAY_MS)))) {
      const end = minutesOf(w.end);
      if (end <= minutesOf(w.start) && minute < end) return true;
    }
  } catch (error) {
    if (error instanceof HolidayOutOfRangeError) return null;
    throw error;
  }
  return false;
}
