import { describe, expect, it } from 'vitest';
import { jstParts } from './jst';

describe('jstParts', () => {
  it('reads the calendar in Japan, not UTC', () => {
    // 2026-05-03 15:30 UTC is already Monday 4 May 00:30 in Japan.
    expect(jstParts(new Date('2026-05-03T15:30:00Z'))).toEqual({
      date: '2026-05-04',
      year: 2026,
      month: 5,
      day: 4,
      hour: 0,
      minute: 30,
      isoWeekday: 1,
    });
  });

  it('numbers Sunday 7 and crosses the year in JST', () => {
    const p = jstParts(new Date('2026-12-31T15:00:00Z'));
    expect(p.date).toBe('2027-01-01');
    expect(p.isoWeekday).toBe(5);
    expect(jstParts(new Date('2026-05-10T23:59:00+09:00'))).toMatchObject({ date: '2026-05-10', isoWeekday: 7, hour: 23, minute: 59 });
  });

  it('agrees with Intl in Asia/Tokyo over a year of hourly instants', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    const weekdays = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 } as const;
    for (let t = Date.UTC(2026, 0, 1, 0, 7); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 60_000) {
      const at = new Date(t);
      const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
      const p = jstParts(at);
      expect(p.date).toBe(`${parts.year}-${parts.month}-${parts.day}`);
      expect([p.hour, p.minute]).toEqual([Number(parts.hour), Number(parts.minute)]);
      expect(p.isoWeekday).toBe(weekdays[parts.weekday as keyof typeof weekdays]);
    }
  });

  it('refuses an invalid Date', () => {
    expect(() => jstParts(new Date('nope'))).toThrow(RangeError);
  });
});
