/**
 * A helpline card on each page language: the name stays Japanese, marked
 * `lang="ja"` where the page's tag is not Japanese; the description and hours
 * note are the page's own, with their readings as ruby in やさしい日本語.
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/messages/catalogues';
import { fill } from '../../../shared/messages/fill';
import { MODES } from '../../../shared/modes';
import type { Lang } from '../../../shared/languages';
import { MATSUDO } from '../../../shared/tenants/matsudo';
import { fullData, pageData } from '../../data';
import { setEnv } from '../context';
import { neverLater } from '../later';
import { landingFrom } from '../screens/Landing';
import { CallButtons } from './Calls';
import { HelplineCard } from './Helplines';

function card(lang: Lang, id: string): string {
  const page = pageData(MATSUDO, '/x.json', lang);
  const words = CATALOGUES[lang];
  setEnv({ tenant: page, messages: page.words, Landing: landingFrom(words.landing, MODES, lang), later: neverLater, events: { send: () => undefined }, now: () => new Date(0), exitUrl: '/', exit: () => undefined });
  const full = fullData(MATSUDO, lang);
  const h = full.helplines.find((l) => l.id === id);
  if (!h) throw new Error(`${id} missing`);
  return renderToString(<HelplineCard ranked={{ helpline: h, openNow: null }} ctx={{ mode: 'self' }} w={{ ...full.words.helpline, opens: full.words.opens }} />);
}

describe('a helpline card in the page’s language', () => {
  it('marks the Japanese name lang="ja" on the English, Chinese and Vietnamese pages', () => {
    for (const lang of ['en', 'zh', 'vi'] as const) expect(card(lang, 'chiba-foreign-residents'), lang).toContain('<h3 lang="ja">千葉県外国人総合相談窓口</h3>');
  });

  it('needs no mark on the Japanese and やさしい日本語 pages', () => {
    for (const lang of ['ja', 'easy'] as const) expect(card(lang, 'chiba-foreign-residents'), lang).toContain('<h3>千葉県外国人総合相談窓口</h3>');
  });

  it('shows the description in the page’s language, with ruby in やさしい日本語', () => {
    expect(card('en', 'chiba-foreign-residents')).toContain('people who came from abroad');
    expect(card('easy', 'chiba-foreign-residents')).toContain('<ruby>千葉県<rt>ちばけん</rt></ruby>');
    expect(card('easy', 'matsudo-kodomo-katei')).not.toContain('《');
  });

  it('marks the names on the big call buttons too', () => {
    card('zh', 'emergency-119');
    const full = fullData(MATSUDO, 'zh');
    const html = renderToString(<CallButtons lines={full.helplines.filter((h) => h.emergency)} ctx={{ mode: 'self' }} />);
    expect(html).toContain('<span lang="ja">救急・消防</span>');
  });

  it('keeps each number whole inside its call link, in every language’s wording of it', () => {
    // The line's own number, as its data gives it (shared/helplines).
    const line = fullData(MATSUDO, 'ja').helplines.find((h) => h.id === 'chiba-inochi-no-denwa');
    const number = line?.channels.find((c) => c.type === 'phone')?.number ?? '';
    expect(number).toMatch(/^[\d-]+$/);
    for (const lang of ['ja', 'easy', 'en', 'zh', 'vi'] as const) {
      const html = card(lang, 'chiba-inochi-no-denwa');
      const link = html.match(/<a class="action call"[^>]*>(.*?)<\/a>/)?.[1] ?? '';
      expect(link, lang).toContain(`<strong>${number}</strong>`);
      // In one inline run, so the spaces beside the number stay (a flex item's edge spaces are dropped).
      expect(link, lang).toMatch(new RegExp(`^<span>[^<]*<strong>${number}</strong>[^<]*</span>$`));
      // The words around it are the catalogue's, with the number where its placeholder was.
      expect(link.replace(/<\/?(strong|span)>/g, ''), lang).toBe(fill(CATALOGUES[lang].helpline.call, { number }));
    }
  });
});
