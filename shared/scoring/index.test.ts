import { describe, expect, it } from 'vitest';
import { bandOf, InvalidAnswersError, score } from '.';
import { BANDS } from '../domain';
import { defineInstrument, FAMILY_SIGNS, K6, type Instrument } from '../instruments';

const k6 = (...scores: number[]) => Object.fromEntries(K6.items.map((item, i) => [item.id, scores[i] as number]));

describe('score on the K6', () => {
  it('sums six answers scored 0–4', () => {
    expect(score(K6, k6(0, 0, 0, 0, 0, 0))).toBe(0);
    expect(score(K6, k6(0, 1, 2, 3, 4, 0))).toBe(10);
    expect(score(K6, k6(4, 4, 4, 4, 4, 4))).toBe(24);
  });

  it.each([
    ['five answers', (({ 'k6-6': _, ...rest }) => rest)(k6(1, 1, 1, 1, 1, 1))],
    ['an item it does not have', { ...k6(1, 1, 1, 1, 1, 1), 'k6-7': 1 }],
    ['no answers', {}],
    ['a 5 (1–5 scoring copied from the web)', k6(5, 1, 1, 1, 1, 1)],
    ['a negative answer', k6(-1, 1, 1, 1, 1, 1)],
    ['a fraction', k6(1.5, 1, 1, 1, 1, 1)],
    ['NaN', k6(Number.NaN, 1, 1, 1, 1, 1)],
  ])('refuses %s', (_, answers) => {
    expect(() => score(K6, answers)).toThrow(InvalidAnswersError);
  });
});

describe('bandOf on the K6 (published cutoffs 0–4 / 5–9 / 10–12 / 13+)', () => {
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
    expect(bandOf(K6, total)).toBe(band);
  });

  it.each([-1, 25, 4.5, Number.NaN])('refuses a total of %s', (total) => {
    expect(() => bandOf(K6, total)).toThrow(InvalidAnswersError);
  });

  it('gives the band ids already stored as counter keys', () => {
    expect(K6.result.bands.map((b) => b.id)).toEqual(BANDS);
  });
});

describe('a checklist instrument (no score: bands by how many items are checked)', () => {
  const signs: Instrument = defineInstrument({
    id: 'test-signs',
    name: 'テスト用チェックリスト',
    licence: { statement: 'Test fixture, not shipped to anyone.', sourceUrl: 'https://example.org/licence' },
    citations: ['Test fixture for the checklist scoring.'],
    itemSourceUrl: 'https://example.org/items',
    recallLeadIn: '気づいたことに印をつけてください。',
    items: [
      { id: 'signOne', text: 'サイン1' },
      { id: 'signTwo', text: 'サイン2' },
      { id: 'signThree', text: 'サイン3' },
    ],
    result: {
      kind: 'checklist',
      bands: [
        { id: 'none', min: 0, max: 0, label: '0個' },
        { id: 'few', min: 1, max: 2, label: '1～2個' },
        { id: 'many', min: 3, max: 3, label: '3個' },
      ],
    },
  });

  it('counts the checked items, unchecked or left out alike', () => {
    expect(score(signs, {})).toBe(0);
    expect(score(signs, { signOne: 1, signTwo: 0 })).toBe(1);
    expect(score(signs, { signOne: 1, signTwo: 1, signThree: 1 })).toBe(3);
  });

  it.each([
    [0, 'none'],
    [1, 'few'],
    [2, 'few'],
    [3, 'many'],
  ] as const)('puts %i checked in %s', (count, band) => {
    expect(bandOf(signs, count)).toBe(band);
  });

  it('refuses anything but checked or not', () => {
    expect(() => score(signs, { signOne: 2 })).toThrow(InvalidAnswersError);
    expect(() => bandOf(signs, 4)).toThrow(InvalidAnswersError);
  });
});

describe('the 家族 checklist (family-signs), at every band edge of its counting buckets', () => {
  const checked = (n: number) => Object.fromEntries(FAMILY_SIGNS.items.slice(0, n).map((i) => [i.id, 1]));
  it.each([
    [0, 'low'],
    [1, 'some'],
    [2, 'some'],
    [3, 'high'],
    [9, 'high'],
  ] as const)('puts %i signs in %s', (n, band) => {
    expect(bandOf(FAMILY_SIGNS, score(FAMILY_SIGNS, checked(n)))).toBe(band);
  });
  it('has nine signs and no tenth', () => {
    expect(FAMILY_SIGNS.items).toHaveLength(9);
    expect(() => bandOf(FAMILY_SIGNS, 10)).toThrow(InvalidAnswersError);
  });
});

describe('an item with options of its own (as AUDIT items 9–10 score 0/2/4)', () => {
  const mixed = defineInstrument({
    ...K6,
    id: 'test-mixed',
    items: [K6.items[0]!, { id: 'own-1', text: '独自の選択肢', options: [{ label: 'いいえ', score: 0 }, { label: 'はい、ただし昨年はない', score: 2 }, { label: 'はい', score: 4 }] }],
    result: { kind: 'bands', bands: [{ id: 'low', min: 0, max: 3, label: '0～3点' }, { id: 'high', min: 4, max: 8, label: '4点以上' }] },
  });

  it('scores that item by its own options', () => {
    expect(score(mixed, { 'k6-1': 4, 'own-1': 4 })).toBe(8);
    expect(() => score(mixed, { 'k6-1': 0, 'own-1': 1 })).toThrow(InvalidAnswersError);
  });
});
