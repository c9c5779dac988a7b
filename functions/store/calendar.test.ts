import { describe, expect, it } from 'vitest';
import { daysInMonth, isDayClosed, isMonthClosed, monthSlices, previousDay } from './calendar';

describe('store calendar', () => {
  it('knows leap Februaries', () => {
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2026-02')).toBe(28);
  });

  it('splits a range into whole and partial months across a year end', () => {
    expect(monthSlices('2025-12-15', '2026-02-28')).toEqual([
      { month: '2025-12', fromDay: '15', toDay: '31', whole: false },
      { month: '2026-01', fromDay: '01', toDay: '31', whole: true },
      { month: '2026-02', fromDay: '01', toDay: '28', whole: true },
    ]);
    expect(monthSlices('2026-05-03', '2026-05-04')).toEqual([{ month: '2026-05', fromDay: '03', toDay: '04', whole: false }]);
  });

  it('closes a month one day after JST midnight at its end, not at UTC midnight', () => {
    // June ends at 2026-06-30T15:00Z (JST midnight); closed a day later.
    expect(isMonthClosed('2026-06', new Date('2026-07-01T14:59:59Z'))).toBe(false);
    expect(isMonthClosed('2026-06', new Date('2026-07-01T15:00:00Z'))).toBe(true);
    expect(isMonthClosed('2026-12', new Date('2027-01-01T15:00:00Z'))).toBe(true);
  });
});

describe('store calendar, days', () => {
  it('closes a JST day an hour after its midnight, across month and year ends', () => {
    expect(isDayClosed('2026-06-09', new Date('2026-06-09T15:59:59Z'))).toBe(false);
    expect(isDayClosed('2026-06-09', new Date('2026-06-09T16:00:00Z'))).toBe(true);
    expect(isDayClosed('2026-12-31', new Date('2026-12-31T16:00:00Z'))).toBe(true);
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
    expect(previousDay('2028-03-01')).toBe('2028-02-29');
  });
});
