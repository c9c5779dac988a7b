import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, EMERGENCY_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { checkTenantForProduction, defineTenant, getTenant, type Tenant } from '.';

const tenant = (id: string): Tenant => {
  const t = getTenant(id);
  if (!t) throw new Error(`${id} missing`);
  return t;
};
const kindsFor = (problems: ReturnType<typeof checkTenantForProduction>, helplineId: string | null) =>
  problems.filter((p) => p.helplineId === helplineId).map((p) => p.kind);

describe('checkTenantForProduction', () => {
  it('refuses matsudo as it stands: its windows are unverified, unsourced and unreachable', () => {
    const problems = checkTenantForProduction(tenant('matsudo'));
    // The city's page is cited, but the number on it could not be read whole.
    expect(kindsFor(problems, 'matsudo-ikiru-shien')).toEqual(['unverified', 'unreachable']);
    expect(kindsFor(problems, 'matsudo-hellowork')).toEqual(['unverified', 'no-source', 'unreachable']);
    // Read whole on the city's page: nothing blocks it.
    expect(kindsFor(problems, 'matsudo-kodomo-katei')).toEqual([]);
    expect(kindsFor(problems, 'chiba-foreign-residents')).toEqual([]);
    // 千葉いのちの電話 ships without its number until an official page gives one.
    expect(kindsFor(problems, 'chiba-inochi-no-denwa')).toEqual(['unverified', 'unreachable']);
    expect(kindsFor(problems, 'yorisoi-hotline')).toEqual([]);
    expect(kindsFor(problems, null)).toEqual([]);
  });

  it('lets named unverified entries through, but never a missing source or a line nobody can reach', () => {
    const m = tenant('matsudo');
    const allUnverified = m.helplines.filter((h) => h.unverified).map((h) => h.id);
    const problems = checkTenantForProduction(m, { allowUnverified: allUnverified });
    expect(problems.some((p) => p.kind === 'unverified')).toBe(false);
    expect(kindsFor(problems, 'matsudo-ikiru-shien')).toEqual(['unreachable']);
    expect(kindsFor(problems, 'matsudo-hellowork')).toEqual(['no-source', 'unreachable']);
    expect(kindsFor(problems, 'chiba-inochi-no-denwa')).toEqual(['unreachable']);
  });

  it('refuses the test tenant as a whole', () => {
    expect(kindsFor(checkTenantForProduction(tenant('sample-town')), null)).toEqual(['test-tenant']);
  });

  it('reports an allowance that matches no unverified line', () => {
    const problems = checkTenantForProduction(tenant('matsudo'), { allowUnverified: ['yorisoi-hotline', 'gone'] });
    expect(kindsFor(problems, 'yorisoi-hotline')).toEqual(['stale-allowance']);
    expect(kindsFor(problems, 'gone')).toEqual(['stale-allowance']);
  });

  it('passes a tenant whose lines are all verified, sourced and reachable', () => {
    const verified = [...EMERGENCY_HELPLINES, ...CHIBA_HELPLINES, ...TEEN_HELPLINES].filter((h) => !h.unverified && h.channels.some((c) => c.type === 'phone' && c.number));
    const clean = defineTenant({
      id: 'clean',
      name: 'x',
      prefecture: 'x',
      serviceName: 'x',
      helplines: verified,
    });
    expect(checkTenantForProduction(clean)).toEqual([]);
  });
});
