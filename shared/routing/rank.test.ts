import { describe, expect, it } from 'vitest';
import { getTenant, type Tenant } from '../tenants';
import { rankHelplines, type RankedHelpline } from './rank';

const tenant = (id: string): Tenant => {
  const t = getTenant(id);
  if (!t) throw new Error(`${id} missing`);
  return t;
};
const at = (jst: string) => new Date(`${jst}+09:00`);
const ids = (ranked: readonly RankedHelpline[]) => ranked.map((r) => r.helpline.id);
const withReason = (ranked: readonly RankedHelpline[], reason: RankedHelpline['reason']) => ids(ranked.filter((r) => r.reason === reason));
const matsudo = tenant('matsudo');
const THURSDAY_10 = at('2026-05-07T10:00:00');

describe('rankHelplines', () => {
  it('puts lines open now before topic-matched local windows nobody can reach yet, then the rest, and lines for other ages last', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: false, topics: ['money'] }, matsudo, THURSDAY_10);
    expect(ids(ranked)).toEqual([
      // open now (24 h); あなたのいばしょ has no confirmed link yet, so it follows the phones
      'chiba-inochi-no-denwa', 'yorisoi-hotline', 'anata-no-ibasho',
      // local windows serving money, and the general windows that take any topic (numbers not yet confirmed)
      'matsudo-ikiru-shien', 'matsudo-seikatsu-shien', 'matsudo-hotnet', 'matsudo-lifelink-sns',
      // the rest: unknown hours, then closed
      'kokoro-unified-dial', 'inochi-sos', 'ikizura-bit', 'kokoro-hot-chat',
      'matsudo-ikiiki-anshin', 'matsudo-kikan-soudan', 'matsudo-kodomo-katei', 'matsudo-houterasu', 'matsudo-hellowork', 'matsudo-toukatsu-seitoshi',
      'inochi-no-denwa-free',
      // lines not meant for adults stay visible, last
      'kodomo-sos-dial', 'jido-sodanjo-189', 'childline-chat', 'kodomo-jinken-110', 'childline-phone',
    ]);
    expect(ranked.map((r) => r.openNow).slice(0, 3)).toEqual([true, true, true]);
    expect(withReason(ranked, 'local-topic')).toEqual(['matsudo-ikiru-shien', 'matsudo-seikatsu-shien', 'matsudo-hotnet', 'matsudo-lifelink-sns']);
  });

  it('puts a topic-matched local window that can be reached first, ahead of lines open now', () => {
    const reachable = {
      ...matsudo,
      helplines: matsudo.helplines.map((h) =>
        h.id === 'matsudo-seikatsu-shien' ? { ...h, channels: [{ type: 'web' as const, url: 'https://example.org/consult' }] } : h,
      ),
    };
    const ranked = rankHelplines({ mode: 'self', safetyFlag: false, topics: ['money'] }, reachable, THURSDAY_10);
    expect(ids(ranked).slice(0, 4)).toEqual(['matsudo-seikatsu-shien', 'chiba-inochi-no-denwa', 'yorisoi-hotline', 'anata-no-ibasho']);
    expect(ranked[0]?.reason).toBe('local-topic');
  });

  it('never ranks 119/110 and lists every other line once', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: [] }, matsudo, THURSDAY_10);
    expect(ranked.some((r) => r.helpline.emergency)).toBe(false);
    expect(new Set(ids(ranked)).size).toBe(matsudo.helplines.length - 2);
  });

  it('matches local windows to the chosen topics only', () => {
    const local = (topics: Parameters<typeof rankHelplines>[0]['topics']) =>
      withReason(rankHelplines({ mode: 'self', safetyFlag: false, topics }, matsudo, THURSDAY_10), 'local-topic');
    const general = ['matsudo-ikiru-shien', 'matsudo-hotnet', 'matsudo-lifelink-sns'];
    expect(local(['care'])).toEqual(['matsudo-ikiru-shien', 'matsudo-ikiiki-anshin', 'matsudo-hotnet', 'matsudo-lifelink-sns']);
    expect(local(['debt'])).toEqual([...general.slice(0, 2), 'matsudo-houterasu', general[2]]);
    expect(local(['bereavement'])).toContain('matsudo-toukatsu-seitoshi');
    expect(local(['work', 'parenting'])).toEqual(['matsudo-ikiru-shien', 'matsudo-kodomo-katei', 'matsudo-hotnet', 'matsudo-hellowork', 'matsudo-lifelink-sns']);
    expect(local([])).toEqual([]);
  });

  it('leads with crisis lines when flagged, open ones before unknown and closed', () => {
    const evening = rankHelplines({ mode: 'self', safetyFlag: true, topics: ['money'] }, matsudo, at('2026-05-07T17:00:00'));
    const late = rankHelplines({ mode: 'self', safetyFlag: true, topics: ['money'] }, matsudo, at('2026-05-07T22:00:00'));
    for (const ranked of [evening, late]) {
      const crisis = ranked.filter((r) => r.reason === 'crisis');
      expect(ranked.slice(0, crisis.length)).toEqual(crisis);
      const order = crisis.map((r) => (r.openNow === true ? 0 : r.openNow === null ? 1 : 2));
      expect(order).toEqual([...order].sort());
      // 子供SOSダイヤル is a teen line: not in an adult's crisis tier.
      expect(ids(crisis)).not.toContain('kodomo-sos-dial');
      expect(ranked[crisis.length]?.reason).toBe('local-topic');
    }
    expect(ids(evening).slice(0, 4)).toEqual(['chiba-inochi-no-denwa', 'yorisoi-hotline', 'inochi-no-denwa-free', 'anata-no-ibasho']);
    // At 22:00 いのちの電話 is closed: the last crisis line.
    const lateCrisis = late.filter((r) => r.reason === 'crisis');
    expect(lateCrisis.at(-1)?.helpline.id).toBe('inochi-no-denwa-free');
    expect(lateCrisis.at(-1)?.openNow).toBe(false);
  });

  it('in teen mode lists 子供SOSダイヤル (0120-0-78310) first and teen lines before the rest, adult-only windows last', () => {
    const ranked = rankHelplines({ mode: 'teen', safetyFlag: false, topics: ['school'] }, matsudo, THURSDAY_10);
    expect(ranked[0]?.helpline.channels).toEqual([{ type: 'phone', number: '0120-0-78310' }]);
    const teen = withReason(ranked, 'teen');
    expect(ids(ranked).slice(0, teen.length)).toEqual(teen);
    expect(teen).toEqual(['kodomo-sos-dial', 'jido-sodanjo-189', 'childline-chat', 'kodomo-jinken-110', 'childline-phone']);
    expect(ids(ranked).slice(-6)).toEqual([
      'matsudo-ikiiki-anshin', 'matsudo-kikan-soudan', 'matsudo-seikatsu-shien', 'matsudo-houterasu', 'matsudo-hellowork', 'matsudo-toukatsu-seitoshi',
    ]);
  });

  it('in teen mode with the flag, puts teen crisis lines open now first', () => {
    const evening = ids(rankHelplines({ mode: 'teen', safetyFlag: true, topics: [] }, matsudo, at('2026-05-07T17:00:00')));
    expect(evening.slice(0, 3)).toEqual(['kodomo-sos-dial', 'childline-phone', 'chiba-inochi-no-denwa']);
    const night = ids(rankHelplines({ mode: 'teen', safetyFlag: true, topics: [] }, matsudo, at('2026-05-07T23:00:00')));
    expect(night[0]).toBe('kodomo-sos-dial');
    expect(night.indexOf('childline-phone')).toBeGreaterThan(night.indexOf('anata-no-ibasho'));
  });

  it('gives the same order every time (ties keep data order)', () => {
    const input = { mode: 'self' as const, safetyFlag: true, topics: ['care' as const] };
    expect(ids(rankHelplines(input, matsudo, THURSDAY_10))).toEqual(ids(rankHelplines(input, matsudo, THURSDAY_10)));
  });

  it('keeps tenants apart: sample-town never shows matsudo or Chiba windows', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: ['money'] }, tenant('sample-town'), THURSDAY_10);
    expect(ids(ranked).filter((id) => id.startsWith('matsudo-') || id.startsWith('chiba-'))).toEqual([]);
    expect(withReason(ranked, 'local-topic')).toEqual(['sample-town-soudan']);
  });
});
