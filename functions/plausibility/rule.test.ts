import { describe, expect, it } from 'vitest';
import { assessHours, busiestHour, median, PLAUSIBILITY } from './rule';

const days = (n: number, value: number) => Array.from({ length: n }, () => value);

describe('plausibility rule', () => {
  it('takes the median of the trailing busiest hours', () => {
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(busiestHour({ 3: 2, 21: 9, 22: 4 })).toBe(9);
    expect(busiestHour({})).toBe(0);
  });

  it('flags an hour at the multiple of the usual busiest hour, not one below', () => {
    // Usual busiest hour 8 → threshold 5 × 8 = 40.
    const trailing = days(PLAUSIBILITY.trailingDays, 8);
    expect(assessHours({ 2: 40, 3: 39, 21: 12 }, trailing)).toEqual({ usual: 8, threshold: 40, flagged: [{ hour: 2, completions: 40 }] });
  });

  it('never flags below the minimum per hour, however quiet the town', () => {
    const trailing = days(PLAUSIBILITY.trailingDays, 1);
    expect(assessHours({ 20: 19 }, trailing)).toMatchObject({ usual: 1, threshold: 20, flagged: [] });
    expect(assessHours({ 20: 20 }, trailing).flagged).toEqual([{ hour: 20, completions: 20 }]);
  });

  it('uses only the minimum until a week of history exists', () => {
    expect(assessHours({ 9: 25 }, days(PLAUSIBILITY.minimumHistoryDays - 1, 10))).toMatchObject({ usual: undefined, threshold: 20, flagged: [{ hour: 9, completions: 25 }] });
    expect(assessHours({ 9: 25 }, days(PLAUSIBILITY.minimumHistoryDays, 10))).toMatchObject({ usual: 10, threshold: 50, flagged: [] });
  });

  it('looks back only the trailing window', () => {
    // 30 old busy days, then 28 quiet ones: the usual level is the quiet one.
    const trailing = [...days(30, 100), ...days(PLAUSIBILITY.trailingDays, 6)];
    expect(assessHours({ 1: 30 }, trailing)).toMatchObject({ usual: 6, threshold: 30, flagged: [{ hour: 1, completions: 30 }] });
  });
});
