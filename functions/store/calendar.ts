/**
 * @module
 * Calendar arithmetic on JST date strings for the store: splitting a day
 * range into months and knowing when a month has closed. Strings in, strings
 * out (`YYYY-MM-DD`, `YYYY-MM`), so no time zone can slip in by accident.
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
/** Events in flight at midnight and clock skew settle long before this. */
export const ROLLUP_MARGIN_MS = 24 * 60 * 60 * 1000;
/**
 * A day's events are stamped with server time, so after JST midnight only
 * requests already in flight (seconds) can still land in it; an hour is
 * ample and keeps yesterday out of the raw read for most of today.
 */
export const DAY_ROLLUP_MARGIN_MS = 60 * 60 * 1000;

export const daysInMonth = (month: string): number => {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mm, 0)).getUTCDate();
};

const nextMonth = (month: string): string => {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return mm === 12 ? `${year + 1}-01` : `${year}-${String(mm + 1).padStart(2, '0')}`;
};

export const previousMonth = (month: string): string => {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return mm === 1 ? `${year - 1}-12` : `${year}-${String(mm - 1).padStart(2, '0')}`;
};

/** A slice of one month: days `fromDay`..`toDay` (two digits), `whole` when it covers the month. */
export interface MonthSlice {
  month: string;
  fromDay: string;
  toDay: string;
  whole: boolean;
}

/** Splits an inclusive JST day range into month slices, in order. */
export const monthSlices = (fromYmd: string, toYmd: string): MonthSlice[] => {
  const slices: MonthSlice[] = [];
  const last = toYmd.slice(0, 7);
  for (let month = fromYmd.slice(0, 7); month <= last; month = nextMonth(month)) {
    const fromDay = month === fromYmd.slice(0, 7) ? fromYmd.slice(8, 10) : '01';
    const lastDay = String(daysInMonth(month)).padStart(2, '0');
    const toDay = month === last ? toYmd.slice(8, 10) : lastDay;
    slices.push({ month, fromDay, toDay, whole: fromDay === '01' && toDay === lastDay });
  }
  return slices;
};

/** True once the JST month is over plus the safety margin. */
export const isMonthClosed = (month: string, now: Date): boolean => {
  const [year, mm] = nextMonth(month).split('-').map(Number) as [number, number];
  const closesAt = Date.UTC(year, mm - 1, 1) - JST_OFFSET_MS + ROLLUP_MARGIN_MS;
  return now.getTime() >= closesAt;
};

/** True once the JST day (`YYYY-MM-DD`) is over plus the daily margin. */
export const isDayClosed = (ymd: string, now: Date): boolean => {
  const [year, mm, dd] = ymd.split('-').map(Number) as [number, number, number];
  return now.getTime() >= Date.UTC(year, mm - 1, dd + 1) - JST_OFFSET_MS + DAY_ROLLUP_MARGIN_MS;
};

/** The JST calendar day before `ymd`. */
export const previousDay = (ymd: string): string => {
  const [year, mm, dd] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, mm - 1, dd - 1)).toISOString().slice(0, 10);
};
