/**
 * The English, Chinese and Vietnamese catalogues against the Japanese one and
 * the safety rules: no diagnosis word outside the sentence saying it is not a
 * diagnosis, weekdays Monday first, Simplified characters only in Chinese,
 * and Vietnamese written with its diacritics. (Keys and placeholders against
 * Japanese, for every language: catalogues.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import { zh } from './zh';

const catalogues = { en, zh, vi } as const;

type Leaf = { path: string; text: string };

/** Every string in a catalogue with its path (`result.bands.k6-ja.low.title.teen`). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
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
