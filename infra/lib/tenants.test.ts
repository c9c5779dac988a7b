/**
 * @module
 * The tenant gate in front of a deploy, run on the real tenant data: today's
 * matsudo carries unverified local windows, so a production synth must refuse
 * it and say why, while development deploys every tenant. A fixed day keeps
 * the shipped verifications fresh, so these tests do not rot as the calendar moves.
 */
import { describe, expect, it } from 'vitest';
import { recheckBy } from '../../shared/helplines/freshness';
import { checkTenantForProduction, TENANTS, type Tenant } from '../../shared/tenants';
import { selectTenants, TenantSelectionError } from './tenants';

const matsudo = TENANTS.find((t) => t.id === 'matsudo') as Tenant;
const today = '2026-12-01';
const none = { allowUnverified: [], allowStale: [] };
/** matsudo reduced to the helplines that already pass the production check. */
const readyMatsudo: Tenant = {
  ...matsudo,
  helplines: matsudo.helplines.filter((h) => checkTenantForProduction({ ...matsudo, helplines: [h] }, { today }).length === 0),
};

describe('selectTenants', () => {
  it('deploys every tenant in dev, test-only ones included', () => {
    expect(selectTenants(TENANTS, { stage: 'dev', ...none }, today).map((t) => t.id)).toEqual(TENANTS.map((t) => t.id));
  });

  it('refuses production while a tenant has unverified or unreachable windows, naming them', () => {
    const attempt = () => selectTenants(TENANTS, { stage: 'prod', ...none }, today);
    expect(attempt).toThrow(TenantSelectionError);
    expect(attempt).toThrow(/matsudo: .*unverified/);
    expect(attempt).toThrow('-c allowUnverified=');
  });

  it('leaves test-only tenants out of production unless named, and then refuses them', () => {
    expect(readyMatsudo.helplines.length).toBeGreaterThan(0);
    const all = [readyMatsudo, ...TENANTS.filter((t) => t.testOnly)];
    expect(selectTenants(all, { stage: 'prod', ...none }, today).map((t) => t.id)).toEqual(['matsudo']);
    expect(() => selectTenants(all, { stage: 'prod', tenants: ['sample-town'], ...none }, today)).toThrow('test-only tenant');
  });

  it('refuses unknown tenant ids and waivers for helplines nobody deploys', () => {
    expect(() => selectTenants(TENANTS, { stage: 'dev', tenants: ['atlantis'], ...none }, today)).toThrow('Unknown tenant(s) in -c tenants: atlantis');
    expect(() => selectTenants([readyMatsudo], { stage: 'prod', allowUnverified: ['no-such-line'], allowStale: [] }, today)).toThrow('allowUnverified lists no-such-line');
    expect(() => selectTenants([readyMatsudo], { stage: 'prod', allowUnverified: [], allowStale: ['no-such-line'] }, today)).toThrow('allowStale lists no-such-line');
  });

  it('refuses production once a verification is more than twelve months old, unless the line is named in allowStale', () => {
    // The day after the newest shipped verification (2026-12-02) ran out, so every ready line is stale.
    const yearLater = '2027-12-03';
    expect(readyMatsudo.helplines.every((h) => recheckBy(h.verifiedOn) < yearLater)).toBe(true);
    const attempt = (allowStale: string[]) => () => selectTenants([readyMatsudo], { stage: 'prod', allowUnverified: [], allowStale }, yearLater);
    expect(attempt([])).toThrow(/matsudo: .*stale, last verified 2026-1\d-\d\d/);
    expect(attempt([])).toThrow('-c allowStale=');
    expect(attempt(readyMatsudo.helplines.map((h) => h.id))()).toEqual([readyMatsudo]);
  });
});
