import { describe, expect, it } from 'vitest';
import { jaHours, jaPage } from '../../shared/messages';
import { crisisPanel, rankHelplines } from '../../shared/routing';
import { servesMode } from '../../shared/routing/rules';
import { isConfirmed } from '../../shared/routing/standing';
import { getTenant } from '../../shared/tenants';
import { offlinePanel } from '../app/offline';
import { helplineTextIn } from '../../shared/helplines/texts';
import { line, townOf } from '../../shared/routing/test-lines';
import { fullData, MissingTextError, pageData } from './build';
import type { FullHelpline } from './types';

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');
const page = pageData(matsudo, '/assets/matsudo-x.json');
const ids = (ls: readonly { id: string }[]) => ls.map((l) => l.id);

describe('page data', () => {
  it('inlines 119/110, the confirmed crisis lines open 24 h and the confirmed general local windows — nothing else', () => {
    // In routing's order, so the first script need not sort: lines for one age group before lines for every age.
    const expected = matsudo.helplines.filter((h) => h.emergency || (isConfirmed(h) && h.hours.kind === 'always' && h.crisis)).map((h) => h.id);
    expect(new Set(ids(page.crisis))).toEqual(new Set(expected));
    expect(ids(page.crisis).slice(0, 3)).toEqual(['emergency-119', 'emergency-110', 'kodomo-sos-dial']);
    // Only what a one-tap button uses: no description or hours (the full cards come with the result chunk),
    // only the audiences some mode routes to (10代 and 家族), and a scope only when it is local (all the first script asks of it).
    expect(page.crisis.find((l) => l.id === 'kodomo-sos-dial')).toEqual({ id: 'kodomo-sos-dial', name: '24時間子供SOSダイヤル', channels: [{ type: 'phone', number: '0120-078310' }], audiences: ['teen', 'family'], crisis: true, always: true });
    // 119/110 only ever show as big call buttons: name and number, nothing the page would not show.
    expect(page.crisis.slice(0, 2)).toEqual([
      { id: 'emergency-119', name: '救急・消防', channels: [{ type: 'phone', number: '119' }], emergency: true },
      { id: 'emergency-110', name: '警察', channels: [{ type: 'phone', number: '110' }], emergency: true },
    ]);
    expect(page.data).toBe('/assets/matsudo-x.json');
  });

  it('carries every word of the screens in its language, and no landing words (the landing is in the HTML)', () => {
    expect(page.lang).toBe('ja');
    expect(page.words.chrome).toEqual(jaPage.chrome);
    expect(page.words.safety).toEqual(jaPage.safety);
    expect(JSON.stringify(page)).not.toContain(jaPage.landing.lead);
  });

  it('leaves the teen readings of the Japanese page to the data fetched at idle: the first question never needs them', () => {
    expect(page.words.items).toEqual({});
    expect(fullData(matsudo).items['k6-ja']).toEqual(jaPage.items['k6-ja']);
  });

  it('carries a tenant\'s own quick-exit address as `exit`, and nothing when it has none', () => {
    expect('exit' in page).toBe(false);
    const own = pageData({ ...matsudo, quickExitUrl: 'https://www.example.lg.jp/' }, '/assets/matsudo-x.json');
    expect(own.exit).toBe('https://www.example.lg.jp/');
  });

  it('ships every line in the full data with its hours in words, and no source or reason', () => {
    const full = fullData(matsudo);
    expect(ids(full.helplines)).toEqual(ids(matsudo.helplines));
    expect(full.helplines.every((h) => h.hoursText.length > 0 && !('sourceUrl' in h) && !('unverifiedReason' in h))).toBe(true);
  });

  it('gives offline the same crisis panel routing gives when only 24 h lines are open', () => {
    // 2025-01-02 03:00 JST: a holiday night, when only the 24 h lines answer.
    const at = new Date('2025-01-01T18:00:00Z');
    for (const mode of ['self', 'teen'] as const) {
      const online = crisisPanel(matsudo, mode, at);
      const offline = offlinePanel(page.crisis, mode);
      expect(ids(offline.emergency)).toEqual(ids(online.emergency));
      // The same lines, less those a button cannot carry: the unconfirmed ones, which the full panel lists with a notice.
      const confirmed = (rs: readonly { helpline: Parameters<typeof isConfirmed>[0] & { id: string } }[]) => rs.filter((r) => isConfirmed(r.helpline)).map((r) => r.helpline.id);
      expect(ids(offline.openNow)).toEqual(confirmed(online.openNow));
      expect(ids(offline.local)).toEqual(confirmed(online.local));
    }
  });

  it('stores the subset in the order routing ranks it for every mode when only 24 h lines are open', () => {
    const at = new Date('2025-01-01T18:00:00Z');
    for (const mode of ['self', 'teen'] as const) {
      const stored = page.crisis.filter((l) => !l.emergency && servesMode(l, mode)).map((l) => l.id);
      const ranked = ids(rankHelplines({ mode, safetyFlag: true, topics: [] }, matsudo, at).map((r) => r.helpline)).filter((id) => stored.includes(id));
      expect(stored).toEqual(ranked);
    }
  });
});

describe('data in the page’s language', () => {
  it('gives every card its description and hours note in the page’s language, and the Japanese on the Japanese page', () => {
    for (const lang of ['easy', 'en', 'zh', 'vi'] as const) {
      const full = fullData(matsudo, lang);
      for (const h of full.helplines) {
        const text = helplineTextIn(lang, h.id);
        expect(h.description, h.id).toBe(text?.description);
        expect(h.hoursNote, h.id).toBe(text?.hoursNote);
      }
      // Only its own language: the other languages' tenant texts stay in the repository.
      expect('texts' in full).toBe(false);
    }
    const ja = fullData(matsudo);
    expect(ja.helplines.map((h) => [h.description, h.hoursNote])).toEqual(matsudo.helplines.map((h) => [h.description, h.hoursNote]));
  });

  it('keeps every fact but the words: names, numbers, hours and languages are the Japanese data’s', () => {
    const words = ({ description: _d, hoursNote: _n, hoursText: _t, ...facts }: FullHelpline) => facts;
    expect(fullData(matsudo, 'zh').helplines.map(words)).toEqual(fullData(matsudo).helplines.map(words));
  });

  it('gives the tenant’s service name and note in the page’s language, the Japanese where it gives none', () => {
    expect(pageData(matsudo, '/x.json', 'en').serviceName).toBe(matsudo.texts?.en?.serviceName);
    expect(pageData(matsudo, '/x.json', 'zh').localNote).toBe(matsudo.texts?.zh?.localNote);
    expect(fullData(matsudo, 'vi').localNote).toBe(matsudo.texts?.vi?.localNote);
    expect(pageData(matsudo, '/x.json', 'easy').serviceName).toBe(matsudo.serviceName);
    expect(pageData(matsudo, '/x.json').localNote).toBe(matsudo.localNote);
    expect(fullData(matsudo).localNote).toBe(matsudo.localNote);
  });

  it('refuses to build a page in another language for a line without its text', () => {
    const town = townOf(line('made-up'));
    expect(() => fullData(town, 'en')).toThrow(MissingTextError);
    expect(fullData(town).helplines[0]?.description).toBe('made-up');
  });
});
