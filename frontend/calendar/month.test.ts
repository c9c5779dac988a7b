/**
 * @module
 * The calendar quick exit lands on must look like any calendar, so its grid
 * is pinned on months whose shape is known: weeks from Sunday, padding at
 * both ends, four to six rows, and leap years.
 */
import { describe, expect, it } from 'vitest';
import { monthWeeks } from './month';

describe('calendar month grid', () => {
  it('starts weeks on Sunday and pads both ends', () => {
    // November 2026 begins on a Sunday and has 30 days.
    const november = monthWeeks(2026, 10);
    expect(november[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(november.at(-1)).toEqual([29, 30, null, null, null, null, null]);
    // February 2026 begins on a Sunday too and fills exactly four weeks.
    expect(monthWeeks(2026, 1)).toHaveLength(4);
    // March 2024 begins on a Friday and needs six rows.
    const march = monthWeeks(2024, 2);
    expect(march[0]).toEqual([null, null, null, null, null, 1, 2]);
    expect(march).toHaveLength(6);
    expect(march.flat().filter((d) => d !== null)).toHaveLength(31);
  });

  it('knows leap years', () => {
    expect(Math.max(...monthWeeks(2028, 1).flat().map((d) => d ?? 0))).toBe(29);
    expect(Math.max(...monthWeeks(2027, 1).flat().map((d) => d ?? 0))).toBe(28);
  });
});
