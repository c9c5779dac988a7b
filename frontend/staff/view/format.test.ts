import { describe, expect, it } from 'vitest';
import { changeText, countText, jaDate, perHundredText, reiwaDate, reiwaSpan } from './format';

describe('dashboard number format', () => {
  it('writes counts the way the plan report does, and keeps 5未満 as it is', () => {
    expect(countText(46293)).toBe('46,293');
    expect(countText('5未満')).toBe('5未満');
  });

  it('signs the change and gives the rate to one decimal', () => {
    expect(changeText({ change: 477, changeRate: 1.0 })).toBe('+477（+1.0%）');
    expect(changeText({ change: -1200, changeRate: -12.25 })).toBe('−1,200（−12.3%）');
    expect(changeText({ change: 0, changeRate: 0 })).toBe('±0（±0%）');
    expect(changeText({ change: 12, changeRate: null })).toBe('+12');
    expect(changeText({ change: null, changeRate: null })).toBe('—');
  });

  it('writes dates in Japanese', () => {
    expect(jaDate('2026-04-01')).toBe('2026年4月1日');
    expect(reiwaDate('2026-12-02')).toBe('令和8年12月2日');
    expect(reiwaDate('2019-05-01')).toBe('令和元年5月1日');
  });

  it('writes a rate per 100 to one decimal with its unit, and keeps 5未満 without one', () => {
    expect(perHundredText(12.3)).toBe('12.3件');
    expect(perHundredText(12)).toBe('12.0件');
    expect(perHundredText(0)).toBe('0.0件');
    expect(perHundredText('5未満')).toBe('5未満');
  });

  it('writes a period in 令和, by months when whole and by days when counted 前日まで', () => {
    expect(reiwaSpan('2026-04-01', '2026-11-30')).toBe('令和8年4月～11月');
    expect(reiwaSpan('2026-04-01', '2027-03-31')).toBe('令和8年4月～令和9年3月');
    expect(reiwaSpan('2026-04-01', '2026-12-01')).toBe('令和8年4月1日～12月1日');
    expect(reiwaSpan('2026-06-01', '2026-06-30')).toBe('令和8年6月');
    expect(reiwaSpan('2027-02-01', '2027-02-28')).toBe('令和9年2月');
  });
});
