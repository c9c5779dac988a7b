import { describe, expect, it } from 'vitest';
import { getTenant, type Tenant } from '../tenants';
import { crisisPanel } from './crisis';
import { fitHelpList } from './fit';
import { rankHelplines } from './rank';

const tenant = (id: string): Tenant => {
  const t = getTenant(id);
  if (!t) throw new Error(`${id} missing`);
  return t;
};
const at = (jst: string) => new Date(`${jst}+09:00`);
const ids = (xs: readonly ({ id: string } | { helpline: { id: string } })[]) => xs.map((x) => ('helpline' in x ? x.helpline.id : x.id));

describe('crisisPanel', () => {
  it('leads with 119 and 110, then crisis lines open right now, then the general local windows', () => {
    const panel = crisisPanel(tenant('matsudo'), 'self', at('2026-05-07T22:00:00'));
    expect(panel.emergency.map((h) => h.channels[0])).toEqual([
      { type: 'phone', number: '119' },
      { type: 'phone', number: '110' },
    ]);
    // Only lines the page can connect to: the two 24 h phone lines with confirmed numbers. あなたのいばしょ (no
    // confirmed link) and the city's other windows (closed at night, or numbers not confirmed yet) wait in the help list.
    expect(ids(panel.openNow)).toEqual(['chiba-inochi-no-denwa', 'yorisoi-hotline']);
    expect(panel.openNow.every((r) => r.openNow === true && r.helpline.crisis)).toBe(true);
    // ほっとねっと takes any topic and has its number from the prefecture's page (its hours are not confirmed): the one local window.
    expect(ids(panel.local)).toEqual(['matsudo-hotnet']);
  });

  it('adds lines that open in the evening, and puts teen lines first in teen mode', () => {
    expect(ids(crisisPanel(tenant('matsudo'), 'self', at('2026-05-07T17:00:00')).openNow)).toContain('inochi-no-denwa-free');
    expect(ids(crisisPanel(tenant('matsudo'), 'teen', at('2026-05-07T17:00:00')).openNow)).toEqual([
      'kodomo-sos-dial', 'childline-phone', 'chiba-inochi-no-denwa', 'yorisoi-hotline', 'inochi-no-denwa-free',
    ]);
    // 31 December: チャイルドライン is closed, 子供SOSダイヤル is not.
    const newYearsEve = ids(crisisPanel(tenant('matsudo'), 'teen', at('2026-12-31T17:00:00')).openNow);
    expect(newYearsEve[0]).toBe('kodomo-sos-dial');
    expect(newYearsEve).not.toContain('childline-phone');
  });

  it('shows only the tenant’s own local window, once the page can connect to it', () => {
    const town = tenant('sample-town');
    // Visit-only, no address: nothing to tap in a crisis, so it waits in the help list.
    expect(ids(crisisPanel(town, 'teen', at('2026-05-07T22:00:00')).local)).toEqual([]);
    const withChat = {
      ...town,
      helplines: town.helplines.map((h) => (h.id === 'sample-town-soudan' ? { ...h, channels: [{ type: 'chat' as const, url: 'https://soudan.example.jp/chat' }] } : h)),
    };
    const panel = crisisPanel(withChat, 'teen', at('2026-05-07T22:00:00'));
    expect(ids(panel.local)).toEqual(['sample-town-soudan']);
    expect(ids(panel.openNow)).toEqual(['kodomo-sos-dial', 'yorisoi-hotline']);
  });

  it('holds every crisis line the fitted help list calls open now, and no line the page cannot connect to', () => {
    for (const mode of ['self', 'teen'] as const) {
      for (const when of ['2026-05-07T10:00:00', '2026-05-07T17:00:00', '2026-05-07T23:00:00']) {
        const now = at(when);
        const panel = ids(crisisPanel(tenant('matsudo'), mode, now).openNow);
        const usable = fitHelpList(rankHelplines({ mode, safetyFlag: true, topics: [] }, tenant('matsudo'), now), now).now;
        expect(panel).toEqual(expect.arrayContaining(ids(usable.filter((r) => r.helpline.crisis && r.openNow === true))));
      }
    }
    const night = crisisPanel(tenant('matsudo'), 'self', at('2026-05-07T23:00:00'));
    expect(ids(night.openNow)).toContain('yorisoi-hotline');
    // A 24 h chat known by name only (あなたのいばしょ) waits in the help list's folded part; 千葉いのちの電話, its
    // number confirmed, is open now.
    expect(ids(night.openNow)).not.toContain('anata-no-ibasho');
    expect(ids(night.openNow)).toContain('chiba-inochi-no-denwa');
  });

  it('never offers a line outside the mode’s audience', () => {
    const adult = crisisPanel(tenant('matsudo'), 'self', at('2026-05-07T17:00:00'));
    expect([...adult.openNow, ...adult.local].filter((r) => !r.helpline.audiences.includes('adult'))).toEqual([]);
    const teen = crisisPanel(tenant('matsudo'), 'teen', at('2026-05-07T17:00:00'));
    expect([...teen.openNow, ...teen.local].filter((r) => !r.helpline.audiences.includes('teen'))).toEqual([]);
  });
});
