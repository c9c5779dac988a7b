import { describe, expect, it } from 'vitest';
import { changeText, countText, jaDate } from './format';

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
  });
});
