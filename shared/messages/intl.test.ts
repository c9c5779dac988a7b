/**
 * The English, Chinese and Vietnamese catalogues against the Japanese one and
 * the safety rules: no diagnosis word outside the sentence saying it is not a
 * diagnosis, every `{placeholder}` template filled with the same values as
 * Japanese (shared/messages/fill), weekdays Monday first, Simplified
 * characters only in Chinese, and Vietnamese written with its diacritics.
 */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { jaHead, jaHelp, jaHours, jaInlined, jaPageScript, jaResult } from './ja';
import { vi } from './vi';
import { zh } from './zh';

/** Japanese words the other catalogues implement: no item words, no 家族 words. */
const { items: _items, ...jaScript } = jaPageScript;
const { other: _other, ...jaResultOwn } = jaResult;
const jaBase = { ...jaHead, ...jaInlined, ...jaScript, ...jaResultOwn, ...jaHelp, ...jaHours };

const catalogues = { en, zh, vi } as const;

type Leaf = { path: string; text: string };

/** Every string in a catalogue with its path (`result.bands.k6-ja.low.title.teen`). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
/** Keys the types make optional, which Japanese does not have: they must simply carry no placeholder. */
const OPTIONAL_KEYS = new Set(['landing.checkNote']);
const isWordedPair = (v: unknown): v is { adult: unknown; teen: unknown } => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).sort().join() === 'adult,teen';

/**
 * Walks Japanese and a catalogue together and lists every place their
 * placeholders differ or one has a key the other lacks. A one-wording text
 * may meet an adult/teen pair (either side): each wording is compared with it.
 */
function templateMismatches(ja: unknown, other: unknown, path = ''): string[] {
  if (isWordedPair(other) && !isWordedPair(ja)) return [...templateMismatches(ja, other.adult, `${path}.adult`), ...templateMismatches(ja, other.teen, `${path}.teen`)];
  if (isWordedPair(ja) && !isWordedPair(other)) return [...templateMismatches(ja.adult, other, path), ...templateMismatches(ja.teen, other, path)];
  if (typeof ja === 'string' || typeof other === 'string') {
    if (typeof ja !== 'string' || typeof other !== 'string') return [`${path}: ${typeof ja} in ja, ${typeof other} here`];
    const [want, got] = [placeholders(ja), placeholders(other)];
    return want.join() === got.join() ? [] : [`${path}: {${want.join('},{')}} in ja, {${got.join('},{')}} here`];
  }
  if (Array.isArray(ja) || Array.isArray(other)) {
    if (!Array.isArray(ja) || !Array.isArray(other)) return [`${path}: list in one only`];
    // Lists of texts (tips, weekdays) may differ in length only where the test says so; placeholders are per entry.
    return other.flatMap((v, i) => templateMismatches(ja[0] === undefined ? '' : (ja[Math.min(i, ja.length - 1)] as unknown), v, `${path}[${i}]`));
  }
  if (ja && typeof ja === 'object' && other && typeof other === 'object') {
    const keys = new Set([...Object.keys(ja), ...Object.keys(other)]);
    return [...keys].flatMap((k) => {
      const [a, b] = [(ja as Record<string, unknown>)[k], (other as Record<string, unknown>)[k]];
      const at = path ? `${path}.${k}` : k;
      if (a === undefined && OPTIONAL_KEYS.has(at)) return templateMismatches('', b, at);
      if (a === undefined || b === undefined) return [`${at}: missing ${a === undefined ? 'in ja' : 'here'}`];
      return templateMismatches(a, b, at);
    });
  }
  return ja === other ? [] : [`${path}: ${String(ja)} vs ${String(other)}`];
}

/** Diagnosis words (and 'diagnosis' itself, which only notDiagnosis may say). */
const FORBIDDEN: Record<keyof typeof catalogues, RegExp> = {
  en: /depress|disorder|illness|disease|diagnos/i,
  zh: /抑郁|疾病|障碍|病|诊断/,
  vi: /trầm cảm|rối loạn|bệnh|chẩn đoán/i,
};

const TRADITIONAL_ONLY = [...'與說們這個為會時後來對於還點過開關問題話電'];
const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe.each(Object.entries(catalogues))('%s catalogue', (lang, catalogue) => {
  it('uses no diagnosis word outside the sentence that says it is not a diagnosis', () => {
    const hits = leaves(catalogue).filter(({ path, text }) => !path.startsWith('result.notDiagnosis') && FORBIDDEN[lang as keyof typeof catalogues].test(text.normalize('NFC')));
    expect(hits).toEqual([]);
  });

  it('says it is not a diagnosis, in each wording', () => {
    for (const { text } of leaves(catalogue.result.notDiagnosis)) expect(text.normalize('NFC')).toMatch(FORBIDDEN[lang as keyof typeof catalogues]);
  });

  it('has every key and template of the Japanese catalogue, with the same placeholders', () => {
    expect(templateMismatches(jaBase, catalogue)).toEqual([]);
  });

  it('names seven weekdays, Monday first like Japanese', () => {
    expect(catalogue.opens.weekdays).toHaveLength(7);
    expect(new Set(catalogue.opens.weekdays).size).toBe(7);
  });

  it('has no 家族 words and no item words: that mode is not offered, the items come from elsewhere', () => {
    expect('other' in catalogue).toBe(false);
    expect('items' in catalogue).toBe(false);
  });
});

describe('language specifics', () => {
  it('writes Chinese in Simplified characters', () => {
    const hits = leaves(zh).filter(({ text }) => TRADITIONAL_ONLY.some((c) => text.includes(c)));
    expect(hits).toEqual([]);
  });

  it('writes Vietnamese with its diacritics (every text of two words or more has some)', () => {
    const texts = leaves(vi).map(({ path, text }) => ({ path, text: text.replace(/\{\w+\}/g, '') }));
    expect(texts.some(({ text }) => VIETNAMESE_MARKS.test(text))).toBe(true);
    const bare = texts.filter(({ text }) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 2 && !/[\u3040-\u30ff]/.test(text) && !VIETNAMESE_MARKS.test(text));
    expect(bare).toEqual([]);
  });

  it('tells the Chinese and Vietnamese reader that the check runs in やさしい日本語, and not the English one', () => {
    expect(zh.landing.checkNote).toMatch(/日语/);
    expect(vi.landing.checkNote).toMatch(/tiếng Nhật/);
    expect(en.landing.checkNote).toBeUndefined();
  });

  it('writes each page language into <html lang>', () => {
    expect([en.lang, zh.lang, vi.lang]).toEqual(['en', 'zh-Hans', 'vi']);
  });

  it('keeps each short top-bar word inside its label', () => {
    for (const c of [en, zh, vi]) {
      expect(c.chrome.helpNow).toContain(c.chrome.helpNowShort);
      expect(c.chrome.quickExit).toContain(c.chrome.quickExitShort);
    }
  });
});
