/**
 * The やさしい日本語 catalogue against the K6 it helps to ask and the rules it
 * is written to: every kanji of the items (and of the lead-in, explanations
 * and answers shown beside them) gets a reading, each item read as the
 * Japanese teen readings read it; a plain explanation for every item; every
 * kanji of the result with its reading in place, and none on screens that
 * show text as it is; no diagnosis word but in the sentence that says it is
 * not a diagnosis; no double negative; short sentences.
 */
import { describe, expect, it } from 'vitest';
import { K6 } from '../instruments/k6';
import { easy, easyHelp, easyHours, easyInlined, easyPageScript, easyResult } from './easy';
import { ja } from './ja';

const HAN = /\p{sc=Han}/u;
const words = easy.items['k6-ja'];

type Leaf = { path: string; text: string };
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The text split as the page splits it for ruby (frontend/app/parts/Ruby:
 * the longest key first at each place): what is left bare, and the text
 * read with each key's reading in place.
 */
function withReadings(text: string, ruby: Readonly<Record<string, string>>): { bare: string; read: string } {
  const keys = Object.keys(ruby).sort((a, b) => b.length - a.length);
  const parts = text.split(new RegExp(`(${keys.join('|')})`, 'g'));
  return { bare: parts.filter((p) => ruby[p] === undefined).join(''), read: parts.map((p) => ruby[p] ?? p).join('') };
}

/** Readings written in place (漢字《かんじ》), as the result screen shows them (frontend/app/parts/Furigana). */
const IN_PLACE = /\p{sc=Han}+《[^》]+》/gu;
const withoutReadings = (text: string) => text.replace(/《[^》]+》/g, '');

describe('やさしい日本語: the K6 items', () => {
  it('gives every kanji of every item a reading, and keeps each item word for word', () => {
    for (const item of K6.items) {
      const { bare } = withReadings(item.text, words.ruby);
      expect(HAN.test(bare), item.text).toBe(false);
      // Every kanji is covered by a key that appears in this very item.
      const used = Object.keys(words.ruby).filter((k) => item.text.includes(k));
      for (const c of item.text.match(/\p{sc=Han}/gu) ?? []) expect(used.some((k) => k.includes(c)), `${c} in ${item.text}`).toBe(true);
    }
  });

  it('reads each item as the Japanese teen readings read it', () => {
    for (const item of K6.items) expect(withReadings(item.text, words.ruby).read, item.text).toBe(withReadings(item.text, ja.items['k6-ja'].ruby).read);
  });

  it('gives a reading to every kanji of the lead-in, the explanations and the answers too (they share the readings)', () => {
    const beside = [words.leadIn, ...Object.values(words.gloss), ...K6.options.map((o) => o.label)];
    for (const text of beside) expect(HAN.test(withReadings(text, words.ruby).bare), text).toBe(false);
  });

  it('writes every reading in hiragana', () => {
    for (const [word, reading] of Object.entries(words.ruby)) expect(reading, word).toMatch(/^[\u3041-\u309f]+$/u);
  });

  it('explains every item, naming words of that item', () => {
    expect(Object.keys(words.gloss).sort()).toEqual(K6.items.map((i) => i.id).sort());
    for (const item of K6.items) {
      const gloss = words.gloss[item.id] ?? '';
      const named = [...gloss.matchAll(/「([^」]+)」/g)].map((m) => m[1] ?? '');
      expect(named.length, item.id).toBeGreaterThan(0);
      for (const term of named) for (const run of term.match(/\p{sc=Han}+/gu) ?? []) expect(item.text, `${item.id}: ${term}`).toContain(run);
    }
  });

  it('asks about the same 30 days as the instrument', () => {
    expect(words.leadIn).toMatch(/30日/);
    expect(K6.recallLeadIn).toMatch(/30日/);
  });
});

describe('やさしい日本語: readings in place', () => {
  it('gives every kanji of the result its reading in place, but the picture, which is a label read aloud', () => {
    const texts = leaves(easyResult).filter(({ path }) => !path.endsWith('.picture'));
    expect(texts.length).toBeGreaterThan(30);
    for (const { path, text } of texts) expect(HAN.test(text.replace(IN_PLACE, '')), `${path}: ${text}`).toBe(false);
  });

  it('gives every kanji of the hours words its reading in place, but a day or month after its number (10日, 12月)', () => {
    const texts = leaves(easyHours);
    expect(texts.length).toBeGreaterThan(15);
    for (const { path, text } of texts) expect(HAN.test(text.replace(IN_PLACE, '').replace(/(\d|\{\w+\})[日月]/gu, '$1')), `${path}: ${text}`).toBe(false);
  });

  it('writes no reading in place where the page shows text as it is', () => {
    const { items, ...script } = easyPageScript;
    const plain = [...leaves(easyInlined), ...leaves(script), ...leaves(easyHelp), ...leaves(items), ...leaves(easyResult).filter(({ path }) => path.endsWith('.picture'))];
    expect(plain.filter(({ text }) => /[《》]/.test(text))).toEqual([]);
  });
});

describe('やさしい日本語: the safety rules', () => {
  const all = leaves(easy);

  it('uses no diagnosis word, and says 「診断」 only where it says this is not a diagnosis', () => {
    expect(all.filter(({ text }) => /うつ|病気|障害|疾患|びょうき|しょうがい|しっかん/.test(text))).toEqual([]);
    expect(all.filter(({ path, text }) => /診断|しんだん/.test(text) && !path.startsWith('result.notDiagnosis'))).toEqual([]);
    for (const { text } of leaves(easy.result.notDiagnosis)) expect(withoutReadings(text)).toMatch(/診断ではありません/);
  });

  it('uses no double negative', () => {
    expect(all.filter(({ text }) => /ないわけではな|なくはな|なくもな|ないことはな|ないではいられな|ずにはいられな/.test(withoutReadings(text)))).toEqual([]);
  });

  it('offers help on the result whatever the band, and never says on the flagged result that all is well', () => {
    expect(withoutReadings(typeof easy.result.helpLead === 'string' ? easy.result.helpLead : easy.result.helpLead.adult)).toMatch(/どんな結果でも/);
    const flagged = leaves(easy.result.flagged).map(({ text }) => withoutReadings(text));
    expect(flagged.filter((t) => /だいじょうぶ|大丈夫|安全|心配ない|晴れ/.test(t))).toEqual([]);
    const low = leaves(easy.result.bands['k6-ja'].low).map(({ text }) => withoutReadings(text));
    expect(low.filter((t) => /だいじょうぶ|大丈夫|安全|心配ない|問題ない/.test(t))).toEqual([]);
  });

  it('has a teen wording only where Japanese has one', () => {
    const jaPaths = new Set(leaves(ja).map(({ path }) => path));
    for (const { path } of leaves(easy)) if (/\.teen(\[|$)/.test(path)) expect(jaPaths.has(path.replace(/\[\d+\]$/, '[0]')), path).toBe(true);
  });
});

describe('やさしい日本語: plain writing', () => {
  /** Whole sentences as read (readings and placeholders out): the texts cut at 。, ！ and ？, labels and headings left out. */
  const sentences = leaves(easy)
    .filter(({ path, text }) => /[。！？]/.test(text) && !path.startsWith('items.k6-ja.ruby'))
    .flatMap(({ text }) => withoutReadings(text).replace(/\{\w+\}/g, 'X').split(/[。！？]/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

  it('keeps sentences short: none over 50 characters, 25 on average at most', () => {
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences.filter((s) => s.length > 50)).toEqual([]);
    const mean = sentences.reduce((n, s) => n + s.length, 0) / sentences.length;
    expect(mean).toBeLessThanOrEqual(25);
  });

  it('keeps each short top-bar word inside its label', () => {
    expect(easy.chrome.helpNow).toContain(easy.chrome.helpNowShort);
    expect(easy.chrome.quickExit).toContain(easy.chrome.quickExitShort);
  });

  it('has no 家族 words: that mode is Japanese only', () => {
    expect('other' in easy).toBe(false);
  });
});
