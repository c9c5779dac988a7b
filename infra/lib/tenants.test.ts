/**
 * @module
 * The tenant gate in front of a deploy, run on the real tenant data: today's
 * matsudo carries unverified local windows, so a production synth must refuse
 * it and say why, while development deploys every tenant.
 */
import { describe, expect, it } from 'vitest';
import { checkTenantForProduction, TENANTS, type Tenant } from '../../shared/tenants';
import { selectTenants, TenantSelectionError } from './tenants';

const matsudo = TENANTS.find((t) => t.id === 'matsudo') as Tenant;
/** matsudo reduced to the helplines that already pass the production check. */
const readyMatsudo: Tenant = {
  ...matsudo,
  helplines: matsudo.helplines.filter((h) => checkTenantForProduction({ ...matsudo, helplines: [h] }).length === 0),
};

describe('selectTenants', () => {
  it('deploys every tenant in dev, test-only ones included', () => {
    expect(selectTenants(TENANTS, { stage: 'dev', allowUnverified: [] }).map((t) => t.id)).toEqual(TENANTS.map((t) => t.id));
  });

  it('refuses production while a tenant has unverified or unreachable windows, naming them', () => {
    const attempt = () => selectTenants(TENANTS, { stage: 'prod', allowUnverified: [] });
    expect(attempt).toThrow(TenantSelectionError);
    expect(attempt).toThrow(/matsudo: .*unverified/);
    expect(attempt).toThrow('-c allowUnverified=');
  });

  it('leaves test-only tenants out of production unless named, and then refuses them', () => {
    expect(readyMatsudo.helplines.length).toBeGreaterThan(0);
    const all = [readyMatsudo, ...TENANTS.filter((t) => t.testOnly)];
    expect(selectTenants(all, { stage: 'prod', allowUnverified: [] }).map((t) => t.id)).toEqual(['matsudo']);
    expect(() => selectTenants(all, { stage: 'prod', tenants: ['sample-town'], allowUnverified: [] })).toThrow('test-only tenant');
  });

  it('refuses unknown tenant ids and waivers for helplines nobody deploys', () => {
    expect(() => selectTenants(TENANTS, { stage: 'dev', tenants: ['atlantis'], allowUnverified: [] })).toThrow('Unknown tenant(s) in -c tenants: atlantis');
    expect(() => selectTenants([readyMatsudo], { stage: 'prod', allowUnverified: ['no-such-line'] })).toThrow('allowUnverified lists no-such-line');
  });
});
