import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, defineHelplines, EMERGENCY_HELPLINES, TEEN_HELPLINES, type Helpline } from '../helplines';
import { line } from '../routing/test-lines';
import { checkTenantForProduction, defineTenant, getTenant, type Tenant } from '.';

const tenant = (id: string): Tenant => {
  const t = getTenant(id);
  if (!t) throw new Error(`${id} missing`);
  return t;
};
const kindsFor = (problems: ReturnType<typeof checkTenantForProduction>, helplineId: string | null) =>
  problems.filter((p) => p.helplineId === helplineId).map((p) => p.kind);
/** A day soon after the shipped data was read, so its verifications all still count. */
const today = '2026-12-01';

const verified = [...EMERGENCY_HELPLINES, ...CHIBA_HELPLINES, ...TEEN_HELPLINES].filter((h) => !h.unverified && h.channels.some((c) => c.type === 'phone' && c.number));
const cleanTenant = (helplines: Helpline[]) => defineTenant({ id: 'clean', name: 'x', reading: 'えっくす', prefecture: 'chiba', serviceName: 'x', helplines });
/** A reachable, sourced local line last verified on `verifiedOn`. */
const localLine = (id: string, verifiedOn: string, unverified = false) =>
  defineHelplines([
    line(id, {
      name: `窓口 ${id}`,
      channels: [{ type: 'chat', url: 'https://soudan.example.lg.jp/chat' }],
      audiences: ['adult'],
      scope: 'local',
      sourceUrl: 'https://www.city.example.lg.jp/soudan/',
      verifiedOn,
      unverified,
      ...(unverified ? { unverifiedReason: '確認中' } : {}),
    }),
  ])[0]!;

describe('checkTenantForProduction', () => {
  it('refuses matsudo as it stands: its windows are unverified, unsourced and unreachable', () => {
    const problems = checkTenantForProduction(tenant('matsudo'), { today });
    // The city's page is cited, but the number on it could not be read whole.
    expect(kindsFor(problems, 'matsudo-ikiru-shien')).toEqual(['unverified', 'unreachable']);
    expect(kindsFor(problems, 'matsudo-hellowork')).toEqual(['unverified', 'no-source', 'unreachable']);
    // Read whole on the city's page: nothing blocks it.
    expect(kindsFor(problems, 'matsudo-kodomo-katei')).toEqual([]);
    expect(kindsFor(problems, 'chiba-foreign-residents')).toEqual([]);
    // 千葉いのちの電話: its number read on a municipality's page, so nothing blocks it.
    expect(kindsFor(problems, 'chiba-inochi-no-denwa')).toEqual([]);
    expect(kindsFor(problems, 'matsudo-oyako-sukoyaka-chuo')).toEqual([]);
    expect(kindsFor(problems, 'yorisoi-hotline')).toEqual([]);
    expect(kindsFor(problems, null)).toEqual([]);
  });

  it('lets named unverified entries through, but never a missing source or a line nobody can reach', () => {
    const m = tenant('matsudo');
    const allUnverified = m.helplines.filter((h) => h.unverified).map((h) => h.id);
    const problems = checkTenantForProduction(m, { today, allowUnverified: allUnverified });
    expect(problems.some((p) => p.kind === 'unverified')).toBe(false);
    expect(kindsFor(problems, 'matsudo-ikiru-shien')).toEqual(['unreachable']);
    expect(kindsFor(problems, 'matsudo-hellowork')).toEqual(['no-source', 'unreachable']);
    expect(kindsFor(problems, 'matsudo-toukatsu-seitoshi')).toEqual(['no-source', 'unreachable']);
  });

  it('refuses the test tenant as a whole', () => {
    expect(kindsFor(checkTenantForProduction(tenant('sample-town'), { today }), null)).toEqual(['test-tenant']);
  });

  it('reports an allowance that matches no unverified line', () => {
    const problems = checkTenantForProduction(tenant('matsudo'), { today, allowUnverified: ['yorisoi-hotline', 'gone'] });
    expect(kindsFor(problems, 'yorisoi-hotline')).toEqual(['stale-allowance']);
    expect(kindsFor(problems, 'gone')).toEqual(['stale-allowance']);
  });

  it('refuses a source that is not an official page, and cannot be waived', () => {
    const blog = { ...localLine('from-a-blog', '2026-11-30'), sourceUrl: 'https://example-blog.hatenablog.com/entry/soudan' };
    const problems = checkTenantForProduction(cleanTenant([...verified, blog]), { today, allowUnverified: [], allowStale: [] });
    expect(kindsFor(problems, 'from-a-blog')).toEqual(['unofficial-source']);
  });

  it('passes a tenant whose lines are all verified, sourced and reachable', () => {
    expect(checkTenantForProduction(cleanTenant(verified), { today })).toEqual([]);
  });

  it('refuses a line verified more than twelve months ago, saying when and how long ago', () => {
    const t = cleanTenant([...verified, localLine('twelve-months', '2025-12-01'), localLine('a-day-over', '2025-11-30')]);
    const problems = checkTenantForProduction(t, { today });
    expect(kindsFor(problems, 'twelve-months')).toEqual([]);
    expect(problems.filter((p) => p.helplineId === 'a-day-over')).toEqual([
      {
        helplineId: 'a-day-over',
        kind: 'stale',
        verifiedOn: '2025-11-30',
        age: { months: 12, days: 1 },
        message: '窓口 a-day-over: stale, last verified 2025-11-30 (12 months 1 day ago; re-check was due by 2026-11-30)',
      },
    ]);
  });

  it('refuses every shipped line once its verification has run out', () => {
    const later = '2028-01-01';
    const problems = checkTenantForProduction(cleanTenant(verified), { today: later });
    expect(problems.map((p) => p.helplineId)).toEqual(verified.map((h) => h.id));
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['stale']));
  });

  it('calls an old unverified line unverified, not stale too: one problem, one waiver', () => {
    const t = cleanTenant([...verified, localLine('old-unverified', '2020-04-01', true)]);
    expect(kindsFor(checkTenantForProduction(t, { today }), 'old-unverified')).toEqual(['unverified']);
    expect(kindsFor(checkTenantForProduction(t, { today, allowUnverified: ['old-unverified'] }), 'old-unverified')).toEqual([]);
  });

  it('lets named stale entries through with allowStale, and reports a stale allowance that matches nothing', () => {
    const t = cleanTenant([...verified, localLine('old', '2025-01-10')]);
    expect(checkTenantForProduction(t, { today, allowStale: ['old'] })).toEqual([]);
    // allowUnverified does not waive staleness: it is a different decision.
    expect(kindsFor(checkTenantForProduction(t, { today, allowUnverified: ['old'] }), 'old')).toEqual(['stale', 'stale-allowance']);
    const strays = checkTenantForProduction(t, { today, allowStale: ['old', 'yorisoi-hotline', 'gone'] });
    expect(strays.map((p) => [p.helplineId, p.kind])).toEqual([
      ['yorisoi-hotline', 'stale-allowance'],
      ['gone', 'stale-allowance'],
    ]);
    expect(strays[0]?.message).toBe('allowStale lists yorisoi-hotline, which is not a stale helpline of clean');
  });
});
