import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { HolidayOutOfRangeError, isJapaneseHoliday } from './holidays';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './holidays.generated';

describe('isJapaneseHoliday', () => {
  it('matches @holiday-jp/holiday_jp on every day of the generated years', () => {
    let holidays = 0;
    for (let t = Date.UTC(HOLIDAY_FIRST_YEAR, 0, 1); t < Date.UTC(HOLIDAY_LAST_YEAR + 1, 0, 1); t += 86_400_000) {
      const ymd = new Date(t).toISOString().slice(0, 10);
      const expected = Object.hasOwn(holidayJp.holidays, ymd);
      expect(isJapaneseHoliday(ymd), ymd).toBe(expected);
      if (expected) holidays++;
    }
    // About 16–18 a year: guards against the loop itself checking nothing.
    expect(holidays).toBeGreaterThan(15 * (HOLIDAY_LAST_YEAR - HOLIDAY_FIRST_YEAR + 1));
  });

  it('knows the holidays routing tests rely on', () => {
    expect(isJapaneseHoliday('2026-05-04')).toBe(true); // みどりの日
    expect(isJapaneseHoliday('2027-01-11')).toBe(true); // 成人の日
    expect(isJapaneseHoliday('2026-05-07')).toBe(false);
    // "1010" occurs in 2026's table only across two entries (0101|0112 …): not a holiday.
    expect(isJapaneseHoliday('2026-10-10')).toBe(false);
  });

  it('throws a named error outside the generated years instead of guessing', () => {
    expect(() => isJapaneseHoliday(`${HOLIDAY_FIRST_YEAR - 1}-01-01`)).toThrow(HolidayOutOfRangeError);
    expect(() => isJapaneseHoliday(`${HOLIDAY_LAST_YEAR + 1}-01-01`)).toThrow(HolidayOutOfRangeError);
  });

  it('refuses a malformed date', () => {
    expect(() => isJapaneseHoliday('2026-5-4')).toThrow(RangeError);
  });
});
