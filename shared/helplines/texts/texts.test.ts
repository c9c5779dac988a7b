import { describe, expect, it } from 'vitest';
import { LANGS, type PathLang } from '../../languages';
import { TENANTS } from '../../tenants';
import type { Helpline } from '../schema';
import { HELPLINE_TEXTS, type HelplineText } from './index';

const PATH_LANGS = LANGS.filter((l): l is PathLang => l !== 'ja');
/** Every line of every tenant, once. */
const LINES = [...new Map(TENANTS.flatMap((t) => t.helplines).map((h) => [h.id, h])).values()];
const textsOf = (lang: PathLang) => HELPLINE_TEXTS[lang] as Readonly<Record<string, HelplineText>>;
const pairs = (lang: PathLang): [Helpline, HelplineText][] => LINES.map((h) => [h, textsOf(lang)[h.id] as HelplineText]);
const numbers = (text: string) => text.match(/\d+/g) ?? [];

/** Diagnosis words: a text may carry one only where the Japanese it translates does (a window for people with an illness). */
const DIAGNOSIS: Record<PathLang, RegExp> = {
  easy: /病気|障害|うつ病|診断/,
  en: /depress|disorder|illness|disease|diagnos/i,
  zh: /抑郁|疾病|障碍|病|诊断/,
  vi: /trầm cảm|rối loạn|bệnh|chẩn đoán/i,
};
const TRADITIONAL_ONLY = [...'與說們這個為會時後來對於還點過開關問題話電'];

describe.each(PATH_LANGS)('helpline texts in %s', (lang) => {
  it('has a text for every line of every tenant, and none for a line no tenant has', () => {
    expect(LINES.filter((h) => textsOf(lang)[h.id] === undefined).map((h) => h.id)).toEqual([]);
    expect(Object.keys(textsOf(lang)).filter((id) => !LINES.some((h) => h.id === id))).toEqual([]);
  });

  it('has an hours note exactly where the Japanese has one, and no empty text', () => {
    for (const [h, t] of pairs(lang)) {
      expect(t.hoursNote !== undefined, h.id).toBe(h.hoursNote !== undefined);
      expect(t.description.trim().length, h.id).toBeGreaterThan(0);
      if (t.hoursNote !== undefined) expect(t.hoursNote.trim().length, h.id).toBeGreaterThan(0);
    }
  });

  it('adds no number, phone number, address or hour the Japanese does not say', () => {
    for (const [h, t] of pairs(lang)) {
      const said = new Set([...numbers(h.description), ...numbers(h.hoursNote ?? '')]);
      const text = `${t.description} ${t.hoursNote ?? ''}`;
      expect(numbers(text).filter((n) => !said.has(n)), h.id).toEqual([]);
      expect(text, h.id).not.toMatch(/https?:|www\.|\.jp\b|\.com\b|@/);
    }
  });

  it('uses a diagnosis word only where the Japanese does', () => {
    const japaneseHas = /病気|障害|うつ病|診断/;
    for (const [h, t] of pairs(lang)) {
      if (DIAGNOSIS[lang].test(`${t.description} ${t.hoursNote ?? ''}`.normalize('NFC'))) expect(`${h.description}${h.hoursNote ?? ''}`, h.id).toMatch(japaneseHas);
    }
  });
});

describe('language specifics', () => {
  const all = (lang: PathLang) => Object.values(textsOf(lang)).flatMap((t) => [t.description, ...(t.hoursNote ? [t.hoursNote] : [])]);

  it('gives every kanji of やさしい日本語 its reading in hiragana, in place', () => {
    for (const text of all('easy')) {
      expect(text.match(/\p{sc=Han}+(?![\p{sc=Han}《])/gu), text).toBeNull();
      for (const [, reading] of text.matchAll(/《([^》]*)》/g)) expect(reading, text).toMatch(/^[ぁ-ゖー]+$/);
    }
  });

  it('writes no reading marks in the other languages (《》 would read as ruby on a Japanese page only)', () => {
    for (const lang of ['en', 'zh', 'vi'] as const) expect(all(lang).filter((t) => /[《》]/.test(t))).toEqual([]);
  });

  it('writes Chinese in Simplified characters', () => {
    expect(all('zh').filter((t) => TRADITIONAL_ONLY.some((c) => t.includes(c)))).toEqual([]);
  });

  it('writes English and Vietnamese without Japanese script (names are not in the texts)', () => {
    for (const lang of ['en', 'vi'] as const) expect(all(lang).filter((t) => /[\u3040-\u30ff\p{sc=Han}]/u.test(t))).toEqual([]);
  });
});
