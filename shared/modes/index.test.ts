import { describe, expect, it } from 'vitest';
import { MODE_SPECS, MODES, modeSpec, topicsForMode, type ModeSpec } from '.';
import { BANDS } from '../domain';
import { INSTRUMENTS, instrumentFor } from '../instruments';
import { ja } from '../messages';
import { checkModes, InvalidModeError } from './schema';

const shipped = new Set(INSTRUMENTS.map((i) => i.id));

describe('mode registry', () => {
  it('lists the live modes in order', () => {
    expect(MODES).toEqual(['self', 'teen']);
  });

  it('every mode is shippable', () => {
    expect(() => checkModes(MODE_SPECS, shipped)).not.toThrow();
  });

  it.each(MODES)('%s mode gives only bands the counters and the result words know', (mode) => {
    const words = ja.result.bands[MODE_SPECS[mode].instrument];
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
    expect(() => checkModes({ broken: spec as ModeSpec }, shipped)).toThrow(InvalidModeError);
    expect(() => checkModes({ broken: spec as ModeSpec }, shipped)).toThrow(/broken/);
  });
});
