import { describe, expect, it } from 'vitest';
import { defineInstrument, INSTRUMENTS_BY_ID, InvalidInstrumentError, K6, type Instrument } from '.';

describe('K6', () => {
  it('has the six items worded exactly as in 国民生活基礎調査 (content/k6-ja.md)', () => {
    expect(K6.items.map((i) => i.text)).toEqual([
      '神経過敏に感じましたか',
      '絶望的だと感じましたか',
      'そわそわ、落ち着かなく感じましたか',
      '気分が沈み込んで、何が起こっても気が晴れないように感じましたか',
      '何をするのも骨折りだと感じましたか',
      '自分は価値のない人間だと感じましたか',
    ]);
    expect(new Set(K6.items.map((i) => i.id)).size).toBe(6);
    expect(K6.recallLeadIn).toBe('過去30日の間にどれくらいの頻度で次のことがありましたか。');
  });

  it('scores the options 0–4, never 1–5', () => {
    expect(K6.options?.map((o) => [o.label, o.score])).toEqual([
      ['まったくない', 0],
      ['少しだけ', 1],
      ['ときどき', 2],
      ['たいてい', 3],
      ['いつも', 4],
    ]);
  });

  it('carries its licence, both citations and the item source', () => {
    expect(K6.licence.sourceUrl).toBe('https://www.hcp.med.harvard.edu/ncs/k6_scales.php');
    expect(K6.citations.join('\n')).toMatch(/Kessler.*2003/);
    expect(K6.citations.join('\n')).toMatch(/Furukawa.*2008/);
    expect(K6.itemSourceUrl).toBe('https://www.mhlw.go.jp/toukei/saikin/hw/k-tyosa/k-tyosa07/3-7.html');
  });
});

describe('defineInstrument (the build refuses an instrument without licence, citations or source)', () => {
  const shippable: Instrument = {
    id: 'test-instrument',
    name: 'テスト',
    licence: { statement: 'Free to use with citation of the authors.', sourceUrl: 'https://example.org/licence' },
    citations: ['Author A. A test instrument. Journal. 2000;1:1-2.'],
    itemSourceUrl: 'https://example.org/items',
    recallLeadIn: '過去30日の間に',
    items: [{ id: 'q-1', text: '質問' }],
    options: [
      { label: 'いいえ', score: 0 },
      { label: 'はい', score: 1 },
    ],
    result: { kind: 'bands', bands: [{ id: 'no', min: 0, max: 0, label: '0点' }, { id: 'yes', min: 1, max: 1, label: '1点' }] },
  };

  it('accepts a complete instrument', () => {
    expect(defineInstrument(shippable).id).toBe('test-instrument');
  });

  it.each([
    ['without a licence', (({ licence: _, ...rest }) => rest)(shippable)],
    ['with an empty licence statement', { ...shippable, licence: { ...shippable.licence, statement: '' } }],
    ['without citations', { ...shippable, citations: [] }],
    ['without an item source', (({ itemSourceUrl: _, ...rest }) => rest)(shippable)],
    ['with a licence source that is not a URL', { ...shippable, licence: { ...shippable.licence, sourceUrl: 'see the paper' } }],
    ['without a result', (({ result: _, ...rest }) => rest)(shippable)],
    ['with bands that leave a gap', { ...shippable, result: { kind: 'bands', bands: [{ id: 'no', min: 0, max: 0, label: '0' }, { id: 'yes', min: 2, max: 2, label: '2' }] } }],
    ['with bands that stop short of the highest total', { ...shippable, result: { kind: 'bands', bands: [{ id: 'no', min: 0, max: 0, label: '0' }] } }],
    ['with a scored item that has no options', (({ options: _, ...rest }) => rest)(shippable)],
    ['with an item id that could be taken for a screen (no hyphen)', { ...shippable, items: [{ id: 'safety', text: '質問' }] }],
  ])('refuses one %s, naming it', (_, input) => {
    expect(() => defineInstrument(input as Instrument)).toThrow(InvalidInstrumentError);
    expect(() => defineInstrument(input as Instrument)).toThrow(/test-instrument/);
  });
});

describe('the instruments modes run', () => {
  it('lists each under its own id', () => {
    for (const [id, instrument] of Object.entries(INSTRUMENTS_BY_ID)) expect(instrument.id).toBe(id);
  });
});
