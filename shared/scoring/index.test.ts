import { describe, expect, it } from 'vitest';
import { bandOf, InvalidAnswersError, nationalGroupOf, scoreK6 } from '.';

describe('scoreK6', () => {
  it('sums six answers scored 0–4', () => {
    expect(scoreK6([0, 0, 0, 0, 0, 0])).toBe(0);
    expect(scoreK6([0, 1, 2, 3, 4, 0])).toBe(10);
    expect(scoreK6([4, 4, 4, 4, 4, 4])).toBe(24);
  });

  it.each([
    ['five answers', [1, 1, 1, 1, 1]],
    ['seven answers', [1, 1, 1, 1, 1, 1, 1]],
    ['no answers', []],
    ['a 5 (1–5 scoring copied from the web)', [5, 1, 1, 1, 1, 1]],
    ['a negative answer', [-1, 1, 1, 1, 1, 1]],
    ['a fraction', [1.5, 1, 1, 1, 1, 1]],
    ['NaN', [Number.NaN, 1, 1, 1, 1, 1]],
  ])('refuses %s', (_, answers) => {
    expect(() => scoreK6(answers)).toThrow(InvalidAnswersError);
  });
});

describe('bandOf', () => {
  it.each([
    [0, 'low'],
    [4, 'low'],
    [5, 'some'],
    [9, 'some'],
    [10, 'high'],
    [12, 'high'],
    [13, 'veryHigh'],
    [24, 'veryHigh'],
  ] as const)('puts %i in %s', (total, band) => {
    expect(bandOf(total)).toBe(band);
  });

  it.each([-1, 25, 4.5, Number.NaN])('refuses a total of %s', (total) => {
    expect(() => bandOf(total)).toThrow(InvalidAnswersError);
  });
});

describe('nationalGroupOf', () => {
  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-9'],
    [9, '5-9'],
    [10, '10-14'],
    [14, '10-14'],
    [15, '15+'],
    [24, '15+'],
  ] as const)('puts %i in the national survey group %s', (total, group) => {
    expect(nationalGroupOf(total)).toBe(group);
  });

  it('refuses totals outside 0–24', () => {
    expect(() => nationalGroupOf(25)).toThrow(InvalidAnswersError);
    expect(() => nationalGroupOf(-1)).toThrow(InvalidAnswersError);
  });
});
