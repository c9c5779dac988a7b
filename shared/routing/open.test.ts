import { describe, expect, it } from 'vitest';
import type { Hours } from '../helplines/schema';
import { NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { isOpenAt, nextOpeningAt } from './open';

const hoursOf = (id: string): Hours => {
  const h = [...NATIONAL_HELPLINES, ...TEEN_HELPLINES].find((x) => x.id === id);
  if (!h) throw new Error(`${id} missing`);
  return h.hours;
};
const at = (jst: string) => new Date(`${jst}+09:00`);
const noWindows = { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] };
const office = (holidays: 'closed' | 'asSunday' | 'normal'): Hours => ({
  kind: 'weekly',
  days: { ...noWindows, '1': [{ start: '08:30', end: '17:15' }], '2': [{ start: '08:30', end: '17:15' }], '3': [{ start: '08:30', end: '17:15' }], '4': [{ start: '08:30', end: '17:15' }], '5': [{ start: '08:30', end: '17:15' }], '7': [{ start: '10:00', end: '12:00' }] },
  holidays,
});

describe('isOpenAt', () => {
  it('answers true for always and null for unknown hours', () => {
    expect(isOpenAt({ kind: 'always' }, at('2026-05-04T03:00:00'))).toBe(true);
    expect(isOpenAt({ kind: 'unknown' }, at('2026-05-07T10:00:00'))).toBeNull();
  });

  it('reads weekday windows in Japan time, end exclusive', () => {
    const h = office('closed');
    expect(isOpenAt(h, at('2026-05-07T08:29:00'))).toBe(false); // Thursday
    expect(isOpenAt(h, at('2026-05-07T08:30:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-05-07T17:14:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-05-07T17:15:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-05-09T10:00:00'))).toBe(false); // Saturday
    // 2026-05-06 23:30 UTC is Thursday 08:30 in Japan.
    expect(isOpenAt(h, new Date('2026-05-06T23:30:00Z'))).toBe(true);
  });

  it('applies the holiday rule on public holidays', () => {
    // 2026-05-04 (Mon) みどりの日, 2027-01-11 (Mon) 成人の日.
    expect(isOpenAt(office('closed'), at('2026-05-04T10:00:00'))).toBe(false);
    expect(isOpenAt(office('closed'), at('2027-01-11T10:00:00'))).toBe(false);
    expect(isOpenAt(office('closed'), at('2027-01-12T10:00:00'))).toBe(true);
    expect(isOpenAt(office('asSunday'), at('2026-05-04T11:00:00'))).toBe(true);
    expect(isOpenAt(office('asSunday'), at('2026-05-04T13:00:00'))).toBe(false);
    expect(isOpenAt(office('normal'), at('2026-05-04T13:00:00'))).toBe(true);
  });

  it('follows いのちの電話: daily 16–21, and the 10th from 08:00 to 08:00 next morning', () => {
    const h = hoursOf('inochi-no-denwa-free');
    expect(isOpenAt(h, at('2026-05-07T15:59:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-05-07T16:00:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-05-07T21:00:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-06-10T07:59:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-06-10T08:00:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-06-10T23:30:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-06-11T07:59:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-06-11T08:01:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-06-11T16:30:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-06-12T07:00:00'))).toBe(false);
  });

  it('closes チャイルドライン from 12/29 to 1/3', () => {
    const h = hoursOf('childline-phone');
    expect(isOpenAt(h, at('2026-12-28T17:00:00'))).toBe(true);
    expect(isOpenAt(h, at('2026-12-29T17:00:00'))).toBe(false);
    expect(isOpenAt(h, at('2026-12-31T17:00:00'))).toBe(false);
    expect(isOpenAt(h, at('2027-01-03T17:00:00'))).toBe(false);
    expect(isOpenAt(h, at('2027-01-04T17:00:00'))).toBe(true);
  });

  it('runs a window past midnight into the next day, ruled by the day it starts', () => {
    const night: Hours = { kind: 'weekly', days: { ...noWindows, '5': [{ start: '22:00', end: '02:00' }] }, holidays: 'normal', closedDates: ['01-01'] };
    expect(isOpenAt(night, at('2026-05-08T21:59:00'))).toBe(false); // Friday
    expect(isOpenAt(night, at('2026-05-08T23:30:00'))).toBe(true);
    expect(isOpenAt(night, at('2026-05-09T01:59:00'))).toBe(true); // Saturday, Friday's window
    expect(isOpenAt(night, at('2026-05-09T02:00:00'))).toBe(false);
    expect(isOpenAt(night, at('2026-05-08T01:00:00'))).toBe(false); // Friday early: Thursday has no window
    // 2027-01-01 is a Friday and a closed date: nothing opens that night or spills into Saturday.
    expect(isOpenAt(night, at('2027-01-02T01:00:00'))).toBe(false);
    // 2027-01-08 is an ordinary Friday.
    expect(isOpenAt(night, at('2027-01-09T01:00:00'))).toBe(true);
  });

  it('says "unknown" beyond the holiday table only when the holiday rule matters', () => {
    expect(isOpenAt(office('closed'), at('2040-05-10T10:00:00'))).toBeNull();
    expect(isOpenAt(office('normal'), at('2040-05-10T10:00:00'))).toBe(true); // Thursday
  });
});

describe('nextOpeningAt', () => {
  const next = (h: Hours, jst: string) => nextOpeningAt(h, at(jst))?.getTime();

  it('answers "now" for always and while open, null for unknown hours', () => {
    expect(next({ kind: 'always' }, '2026-05-04T03:00:00')).toBe(at('2026-05-04T03:00:00').getTime());
    expect(next({ kind: 'unknown' }, '2026-05-07T10:00:00')).toBeUndefined();
    expect(next(office('closed'), '2026-05-07T10:00:00')).toBe(at('2026-05-07T10:00:00').getTime());
  });

  it('finds the next window the same day, the next day, or after a weekend', () => {
    const h = office('closed');
    expect(next(h, '2026-05-07T07:00:00')).toBe(at('2026-05-07T08:30:00').getTime()); // Thursday, before opening
    expect(next(h, '2026-05-07T17:15:00')).toBe(at('2026-05-08T08:30:00').getTime()); // end is exclusive
    expect(next(h, '2026-05-08T18:00:00')).toBe(at('2026-05-10T10:00:00').getTime()); // Friday evening → Sunday morning
  });

  it('honours the holiday rule over Golden Week (5/3–5/6 are holidays in 2026)', () => {
    expect(next(office('closed'), '2026-05-02T18:00:00')).toBe(at('2026-05-07T08:30:00').getTime());
    expect(next(office('asSunday'), '2026-05-03T13:00:00')).toBe(at('2026-05-04T10:00:00').getTime());
    expect(next(office('normal'), '2026-05-03T13:00:00')).toBe(at('2026-05-04T08:30:00').getTime());
  });

  it('follows いのちの電話: the 10th opens at 08:00 and runs to 08:00 the next morning', () => {
    const h = hoursOf('inochi-no-denwa-free');
    expect(next(h, '2026-05-07T10:00:00')).toBe(at('2026-05-07T16:00:00').getTime());
    expect(next(h, '2026-06-09T21:30:00')).toBe(at('2026-06-10T08:00:00').getTime());
    expect(next(h, '2026-06-10T07:00:00')).toBe(at('2026-06-10T08:00:00').getTime());
    expect(next(h, '2026-06-11T03:00:00')).toBe(at('2026-06-11T03:00:00').getTime()); // still the 10th's window
    expect(next(h, '2026-06-11T08:00:00')).toBe(at('2026-06-11T16:00:00').getTime());
  });

  it('skips チャイルドライン’s closure from 12/29 to 1/3', () => {
    const h = hoursOf('childline-phone');
    expect(next(h, '2026-12-28T15:00:00')).toBe(at('2026-12-28T16:00:00').getTime());
    expect(next(h, '2026-12-28T21:30:00')).toBe(at('2027-01-04T16:00:00').getTime());
  });

  it('reads windows past midnight by the day they start, closed dates included', () => {
    const night: Hours = { kind: 'weekly', days: { ...noWindows, '5': [{ start: '22:00', end: '02:00' }] }, holidays: 'normal', closedDates: ['01-01'] };
    expect(next(night, '2026-05-09T01:00:00')).toBe(at('2026-05-09T01:00:00').getTime()); // Saturday, Friday's window
    expect(next(night, '2026-05-09T03:00:00')).toBe(at('2026-05-15T22:00:00').getTime());
    // 2027-01-01 is a Friday and a closed date.
    expect(next(night, '2026-12-31T12:00:00')).toBe(at('2027-01-08T22:00:00').getTime());
  });

  it('says "cannot say" beyond the holiday table when the holiday rule matters, and for hours that never open', () => {
    expect(next(office('closed'), '2040-05-10T18:00:00')).toBeUndefined();
    expect(next(office('closed'), '2035-12-31T18:00:00')).toBeUndefined(); // the next day is past the table
    expect(next(office('normal'), '2040-05-10T18:00:00')).toBe(at('2040-05-11T08:30:00').getTime());
    expect(next({ kind: 'weekly', days: noWindows, holidays: 'normal' }, '2026-05-07T10:00:00')).toBeUndefined();
  });

  it('agrees with isOpenAt for every national and teen line, hour by hour over New Year and Golden Week', () => {
    const lines = [...NATIONAL_HELPLINES, ...TEEN_HELPLINES];
    const starts = ['2026-12-27T00:30:00', '2026-05-01T00:30:00', '2026-06-08T00:30:00'];
    for (const start of starts) {
      for (let hour = 0; hour < 24 * 8; hour++) {
        const t = new Date(at(start).getTime() + hour * 3_600_000);
        for (const { id, hours } of lines) {
          const open = isOpenAt(hours, t);
          const opens = nextOpeningAt(hours, t);
          if (open === null) expect(opens, id).toBeNull();
          else if (open) expect(opens?.getTime(), id).toBe(t.getTime());
          else {
            expect(opens, id).not.toBeNull();
            if (opens === null) continue;
            expect(opens.getTime(), id).toBeGreaterThan(t.getTime());
            expect(isOpenAt(hours, opens), id).toBe(true);
            expect(isOpenAt(hours, new Date(opens.getTime() - 60_000)), id).toBe(false);
          }
        }
      }
    }
  });
});
