/**
 * An instrument is asked in another language only in a cited wording that is
 * whole (every item, every answer, in order), with its source page, date read,
 * licence and citations; anything less is refused at import, so the build
 * cannot ship it.
 */
import { describe, expect, it } from 'vitest';
import { K6 } from '../k6';
import { K6_EN } from './k6-en';
import { defineTranslation, InvalidTranslationError, translationOf, TRANSLATIONS } from '.';

describe('instrument translations', () => {
  it('the K6 in English is the original wording: six items in the Japanese order, five answers from none to all of the time', () => {
    const en = translationOf('k6-ja', 'en');
    expect(Object.keys(en?.items ?? {})).toEqual(K6.items.map((i) => i.id));
    expect(en?.items['k6-1']).toBe('During the past 30 days, about how often did you feel nervous?');
    expect(en?.items['k6-6']).toBe('During the past 30 days, about how often did you feel worthless?');
    expect(en?.options).toEqual(['None of the time', 'A little of the time', 'Some of the time', 'Most of the time', 'All of the time']);
    // Same order as the Japanese answers, so each keeps its score: まったくない 0 … いつも 4.
    expect(K6.options.map((o) => o.score)).toEqual([0, 1, 2, 3, 4]);
  });

  it('has none for Chinese, Vietnamese or やさしい日本語: those pages ask the Japanese items', () => {
    for (const lang of ['zh', 'vi', 'easy', 'ja'] as const) expect(translationOf('k6-ja', lang), lang).toBeUndefined();
  });

  it('every record names its source page, the date it was read, its licence and citations', () => {
    for (const t of TRANSLATIONS) {
      expect(t.sourceUrl).toMatch(/^https:\/\//);
      expect(t.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.citations.length).toBeGreaterThan(0);
    }
  });

  it('refuses a record with an item missing, an extra item, an answer missing, no source, or for Japanese', () => {
    const { 'k6-6': _dropped, ...five } = K6_EN.items;
    expect(() => defineTranslation({ ...K6_EN, items: five })).toThrow(InvalidTranslationError);
    expect(() => defineTranslation({ ...K6_EN, items: { ...K6_EN.items, 'k6-7': 'x' } })).toThrow(InvalidTranslationError);
    expect(() => defineTranslation({ ...K6_EN, options: K6_EN.options.slice(1) })).toThrow(InvalidTranslationError);
    const { sourceUrl: _s, ...unsourced } = K6_EN;
    expect(() => defineTranslation(unsourced)).toThrow(InvalidTranslationError);
    expect(() => defineTranslation({ ...K6_EN, lang: 'easy' })).toThrow(InvalidTranslationError);
    expect(() => defineTranslation({ ...K6_EN, instrument: 'nope' })).toThrow(InvalidTranslationError);
  });
});
