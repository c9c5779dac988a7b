/**
 * Every catalogue has exactly the Japanese one's keys (the optional item
 * words and 家族 words aside: see shared/languages/offered), every text is
 * there, every template has the same `{placeholders}` as its Japanese twin,
 * and `fill` puts values in. The type check refuses a missing key; this
 * refuses an extra one, an empty text and a lost placeholder.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, LANGUAGES } from '../languages';
import { CATALOGUES } from './catalogues';
import { fill } from './fill';
import { ja } from './ja';

/** Keys a catalogue may lack: words around items (only where the check runs in its language with readings) and a mode about someone else (only Japanese). */
const OPTIONAL = new Set(['items', 'other', 'checkNote', 'site']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every leaf as `path: value`, walking objects and arrays. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const isWordedPair = (v: unknown): v is { adult: unknown; teen: unknown } => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).sort().join() === 'adult,teen';

/** The keys of an object tree down to leaves, arrays counted by their length only where it must match. */
function shape(value: unknown, path = ''): string[] {
  // A `Worded` pair is one message, whichever way a language words it.
  if (Array.isArray(value) || isWordedPair(value)) return [path];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (path === '' && OPTIONAL.has(k)) || (path.endsWith('landing') && OPTIONAL.has(k)) ? [] : shape(v, path ? `${path}.${k}` : k));
  return [path];
}

/**
 * Walks Japanese and a catalogue together and lists every template whose
 * `{placeholders}` differ from its Japanese twin. A one-wording text may meet
 * an adult/teen pair (either side): each wording is compared with it. A list
 * entry beyond Japanese's length is compared with Japanese's last; a key
 * Japanese lacks (an optional one) may carry no placeholder. Missing keys are
 * the shape test's business.
 */
function templateMismatches(ja: unknown, other: unknown, path = ''): string[] {
  if (isWordedPair(other) && !isWordedPair(ja)) return [...templateMismatches(ja, other.adult, `${path}.adult`), ...templateMismatches(ja, other.teen, `${path}.teen`)];
  if (isWordedPair(ja) && !isWordedPair(other)) return [...templateMismatches(ja.adult, other, path), ...templateMismatches(ja.teen, other, path)];
  if (typeof other === 'string') {
    // The item words are the K6's own (or its readings): no templates to match.
    if (path.startsWith('items.')) return [];
    const [want, got] = [typeof ja === 'string' ? placeholders(ja) : [], placeholders(other)];
    return want.join() === got.join() ? [] : [`${path}: {${want.join('},{')}} in ja, {${got.join('},{')}} here`];
  }
  if (Array.isArray(other)) {
    const list = Array.isArray(ja) ? (ja as unknown[]) : [];
    return other.flatMap((v, i) => templateMismatches(list.length ? list[Math.min(i, list.length - 1)] : '', v, `${path}[${i}]`));
  }
  if (other !== null && typeof other === 'object') {
    const twin = (ja !== null && typeof ja === 'object' ? ja : {}) as Record<string, unknown>;
    return Object.entries(other).flatMap(([k, v]) => templateMismatches(twin[k] ?? '', v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The Japanese catalogue as each language's catalogue is shaped: no pages around the check (Japanese only). */
const { site: _site, ...jaResident } = ja;

describe('catalogues', () => {
  it('registers one catalogue per language, each saying its own BCP 47 tag', () => {
    expect(Object.keys(CATALOGUES)).toEqual([...LANGS]);
    for (const lang of LANGS) expect(CATALOGUES[lang].lang, lang).toBe(LANGUAGES[lang].tag);
  });

  for (const lang of LANGS) {
    const catalogue = CATALOGUES[lang];
    it(`${lang}: the same keys as Japanese, no more and no fewer`, () => {
      expect(shape(catalogue).sort()).toEqual(shape(jaResident).sort());
    });

    it(`${lang}: no empty text, and every template with Japanese's placeholders`, () => {
      for (const [path, value] of leaves(catalogue)) expect(typeof value === 'string' && value.trim().length > 0, `${lang} ${path}`).toBe(true);
      expect(templateMismatches(ja, catalogue)).toEqual([]);
    });

    it(`${lang}: lists of fixed length keep it (weekdays)`, () => {
      expect(catalogue.opens.weekdays).toHaveLength(7);
      expect(catalogue.hours.weekdays).toHaveLength(7);
    });
  }
});

describe('fill', () => {
  it('puts each value in its placeholder, every time it appears, and leaves other text alone', () => {
    expect(fill('{total}問中{step}問目', { step: 2, total: 9 })).toBe('9問中2問目');
    expect(fill('{a} and {a}', { a: 'x' })).toBe('x and x');
    expect(fill('no values', {})).toBe('no values');
  });

  it('fills every template of every catalogue with no placeholder left over', () => {
    for (const lang of LANGS)
      for (const [path, value] of leaves(CATALOGUES[lang]))
        if (typeof value === 'string' && value.includes('{')) {
          const values = Object.fromEntries(placeholders(value).map((p) => [p, 'X']));
          expect(fill(value, values), `${lang} ${path}`).not.toMatch(/\{\w+\}/);
        }
  });
});
