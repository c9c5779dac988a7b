import { describe, expect, it } from 'vitest';
import { MODE_SPECS, MODES, modeSpec, type ModeSpec } from '.';
import { BANDS, FAMILY_TOPICS } from '../domain';
import { INSTRUMENTS_BY_ID, K6, instrumentFor, type Instrument } from '../instruments';
import { ja } from '../messages';
import { checkModes, InvalidModeError } from './schema';
import { topicsForMode } from '../instruments/for-mode';

const shipped = INSTRUMENTS_BY_ID;

describe('mode registry', () => {
  it('lists the live modes in order', () => {
    expect(MODES).toEqual(['self', 'teen', 'perinatal', 'family']);
  });

  it('every mode is shippable', () => {
    expect(() => checkModes(MODE_SPECS, shipped, ja)).not.toThrow();
  });

  it.each(MODES)('%s mode gives only bands the counters and the result words know', (mode) => {
    const words = modeSpec(mode).aboutOther ? ja.other.result.bands : ja.result.bands[MODE_SPECS[mode].instrument as keyof typeof ja.result.bands];
    for (const band of instrumentFor(mode).result.bands) {
      expect(BANDS).toContain(band.id);
      expect(words[band.id as keyof typeof words], band.id).toBeDefined();
    }
  });

  it('keeps today’s behaviour: self is adult, teen is 10代 with teen words, lines and topics', () => {
    expect(modeSpec('self')).toMatchObject({ audience: 'adult', wording: 'adult', instrument: 'k6-ja' });
    expect(modeSpec('self').fixedAgeBand).toBeUndefined();
    expect(modeSpec('teen')).toMatchObject({ audience: 'teen', wording: 'teen', instrument: 'k6-ja', fixedAgeBand: '10s' });
    expect(topicsForMode('teen')).toContain('bullying');
    expect(topicsForMode('self')).not.toContain('bullying');
  });

  const good: ModeSpec = { instrument: 'k6-ja', audience: 'adult', wording: 'adult', topics: ['work'] };
  it.each([
    ['an instrument that is not shipped', { ...good, instrument: 'phq9-ja' }],
    ['an unknown audience', { ...good, audience: 'everyone' }],
    ['an unknown wording', { ...good, wording: 'child' }],
    ['repeated topics', { ...good, topics: ['work', 'work'] }],
    ['no topics (the flow ends on them)', { ...good, topics: [] }],
    ['an age band that does not exist', { ...good, fixedAgeBand: '10-19' }],
  ])('refuses a mode with %s, naming it', (_, spec) => {
    const withWords = { ...ja, landing: { ...ja.landing, modes: { ...ja.landing.modes, broken: { label: '壊れた', hint: 'テスト' } } } };
    expect(() => checkModes({ broken: spec as ModeSpec }, shipped, withWords)).toThrow(InvalidModeError);
    expect(() => checkModes({ broken: spec as ModeSpec }, shipped, withWords)).toThrow(/broken/);
  });
});

describe('家族: a mode about someone else', () => {
  it('runs the family-signs checklist, routed to lines for family, its signs as its topics in the checklist’s order', () => {
    expect(modeSpec('family')).toMatchObject({ instrument: 'family-signs', audience: 'family', aboutOther: true });
    expect(topicsForMode('family')).toEqual(instrumentFor('family').items.map((i) => i.id));
    // The counter vocabulary (the API's enum, the Topic type) names the same signs, in the same order.
    expect(FAMILY_TOPICS).toEqual(topicsForMode('family'));
    // The page's first script never carries them: the spec lists none.
    expect(modeSpec('family').topics).toBeUndefined();
  });

  it('is refused with a scored instrument, or with topics that are not its signs', () => {
    const family = modeSpec('family');
    expect(() => checkModes({ family: { ...family, instrument: 'k6-ja' } }, shipped, ja)).toThrow(/about someone else but runs a scored instrument/);
    expect(() => checkModes({ family: { ...family, topics: ['gloomy'] } }, shipped, ja)).toThrow(/its topics are its checklist’s items/);
    expect(() => checkModes({ broken: { instrument: 'k6-ja', audience: 'adult', wording: 'adult' } }, shipped, { ...ja, landing: { ...ja.landing, modes: { ...ja.landing.modes, broken: { label: '壊', hint: 'テスト' } } } } as typeof ja)).toThrow(/lists no topics/);
    const { aboutOther: _, ...notAbout } = family;
    expect(() => checkModes({ family: notAbout }, shipped, ja)).toThrow(/runs a checklist but is not about someone else/);
  });

  it('is refused without result words for one of its bands', () => {
    const { some: _, ...bands } = ja.other.result.bands;
    expect(() => checkModes({ family: modeSpec('family') }, shipped, { ...ja, other: { ...ja.other, result: { ...ja.other.result, bands } } })).toThrow(/band "some"/);
  });
});

describe('a new mode stops the build until it has everything it needs', () => {
  // A mode "extra" running a new instrument, with every word it needs: the starting point each case takes one thing from.
  const instrument: Instrument = { ...K6, id: 'extra-ja', result: { kind: 'bands', bands: [{ id: 'low', min: 0, max: 12, label: '0～12点' }, { id: 'high', min: 13, max: 24, label: '13点以上' }] } };
  const spec: ModeSpec = { instrument: 'extra-ja', audience: 'adult', wording: 'adult', topics: ['work'] };
  const bandWords = ja.result.bands['k6-ja'];
  const words = {
    landing: { ...ja.landing, modes: { ...ja.landing.modes, extra: { label: '追加', hint: '追加のモード' } } },
    items: { ...ja.items, 'extra-ja': ja.items['k6-ja'] },
    result: { ...ja.result, bands: { ...ja.result.bands, 'extra-ja': { low: bandWords.low, high: bandWords.high } } },
    other: ja.other,
  } as unknown as typeof ja;
  const instruments = { ...INSTRUMENTS_BY_ID, 'extra-ja': instrument };
  const check = (w = words, i: Record<string, Instrument> = instruments) => () => checkModes({ ...MODE_SPECS, extra: spec }, i, w);

  it('ships with its spec, its instrument and its words', () => {
    expect(check()).not.toThrow();
  });

  it.each([
    ['its instrument', () => check(words, INSTRUMENTS_BY_ID), /not shipped/],
    ['its instrument’s licence', () => check(words, { ...instruments, 'extra-ja': (({ licence: _, ...rest }) => rest)(instrument) as Instrument }), /licence/],
    ['its instrument’s citations', () => check(words, { ...instruments, 'extra-ja': { ...instrument, citations: [] } }), /citations/],
    ['its instrument’s item source', () => check(words, { ...instruments, 'extra-ja': (({ itemSourceUrl: _, ...rest }) => rest)(instrument) as Instrument }), /itemSourceUrl/],
    ['its landing choice', () => check({ ...words, landing: ja.landing }), /landing choice/],
    ['the words around its items', () => check({ ...words, items: ja.items }), /items\["extra-ja"\]/],
    ['a band’s result words', () => check({ ...words, result: { ...ja.result, bands: { ...ja.result.bands, 'extra-ja': { low: bandWords.low } } } as typeof ja.result }), /band "high"/],
  ])('refuses it without %s, naming the mode', (_, make, reason) => {
    expect(make()).toThrow(InvalidModeError);
    expect(make()).toThrow(/Mode "extra"/);
    expect(make()).toThrow(reason);
  });
});
