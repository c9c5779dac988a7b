import { describe, expect, it } from 'vitest';
import { niceMax, ticks } from './scale';

describe('chart scale', () => {
  it('rounds the top of an axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(180)).toBe(200);
    expect(niceMax(201)).toBe(250);
    expect(niceMax(46_293)).toBe(50_000);
    expect(niceMax(1000)).toBe(1000);
  });

  it('spaces ticks evenly from zero to the top', () => {
    expect(ticks(1000)).toEqual([0, 250, 500, 750, 1000]);
  });
});
