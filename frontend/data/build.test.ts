import { describe, expect, it } from 'vitest';
import { jaHours, jaPage } from '../../shared/messages';
import { crisisPanel, rankHelplines } from '../../shared/routing';
import { servesMode } from '../../shared/routing/rules';
import { isConfirmed } from '../../shared/routing/standing';
import { getTenant } from '../../shared/tenants';
import { offlinePanel } from '../app/offline';
import { fullData, pageData } from './build';

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
