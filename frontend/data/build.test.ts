import { describe, expect, it } from 'vitest';
import { jaHours, jaPage } from '../../shared/messages';
import { crisisPanel, rankHelplines } from '../../shared/routing';
import { servesMode } from '../../shared/routing/rules';
import { getTenant } from '../../shared/tenants';
import { offlineHelpList, offlinePanel } from '../app/offline';
import { helpListFor } from '../app/placing';
import { fullData, pageData } from './build';

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');
const page = pageData(matsudo, jaHours.hours, '/assets/matsudo-x.json', jaPage);
const ids = (ls: readonly { id: string }[]) => ls.map((l) => l.id);

describe('page data', () => {
  it('inlines 119/110, the crisis lines open 24 h and the general local windows — nothing else', () => {
    // In routing's order, so the first script need not sort: lines for one age group before lines for every age, a chat known by name only after the numbers.
    expect(ids(page.crisis)).toEqual([
      'emergency-119',
      'emergency-110',
      'kodomo-sos-dial',
      'chiba-inochi-no-denwa',
      'yorisoi-hotline',
      'anata-no-ibasho',
      'matsudo-ikiru-shien',
      'matsudo-hotnet',
      'matsudo-lifelink-sns',
    ]);
    expect(page.crisis.find((l) => l.id === 'yorisoi-hotline')).toMatchObject({ always: true, crisis: true, hoursText: '24時間・毎日' });
    // 119/110 only ever show as big call buttons: name and number, nothing the page would not show.
    expect(page.crisis.slice(0, 2)).toEqual([
      { id: 'emergency-119', name: '救急・消防', channels: [{ type: 'phone', number: '119' }], emergency: true },
      { id: 'emergency-110', name: '警察', channels: [{ type: 'phone', number: '110' }], emergency: true },
    ]);
    expect(page.data).toBe('/assets/matsudo-x.json');
  });

  it('carries the header and landing words, and only those, for the script to join to its own', () => {
    expect(page.words).toEqual({ chrome: jaPage.chrome, landing: jaPage.landing });
    expect(Object.keys(page.words)).toEqual(['chrome', 'landing']);
  });

  it('ships every line in the full data with its hours in words, and no source or reason', () => {
    const full = fullData(matsudo, jaHours.hours);
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
      expect(offline.openNow.map((p) => p.helpline.id)).toEqual(online.openNow.map((r) => r.helpline.id));
      expect(offline.local.map((p) => p.helpline.id)).toEqual(online.local.map((r) => r.helpline.id));
    }
  });

  it('gives offline the help list routing gives for the same lines when only 24 h lines are open', () => {
    const at = new Date('2025-01-01T18:00:00Z');
    const full = fullData(matsudo, jaHours.hours);
    const inSubset = new Set(ids(page.crisis));
    const subsetIds = (ps: readonly { helpline: { id: string } }[]) => ps.map((p) => p.helpline.id).filter((id) => inSubset.has(id));
    for (const mode of ['self', 'teen'] as const) {
      const online = helpListFor(full, { mode, safetyFlag: true, topics: [] }, at);
      const offline = offlineHelpList(page.crisis, mode);
      expect(subsetIds(offline.now)).toEqual(subsetIds(online.now));
      expect(subsetIds(offline.other)).toEqual(subsetIds(online.other));
      expect(subsetIds(online.closed)).toEqual([]);
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
