/**
 * @module
 * Which municipalities a deployment serves. Development takes every tenant;
 * production drops test-only ones unless named, and refuses to synthesise
 * while any chosen tenant fails `checkTenantForProduction` — an unverified
 * window may ship only when its id is listed in `-c allowUnverified=…`,
 * a decision someone has to write down.
 */
import { checkTenantForProduction, type Tenant } from '../../shared/tenants';
import type { Settings } from './settings';

export class TenantSelectionError extends Error {
  override name = 'TenantSelectionError';
}

export function selectTenants(all: readonly Tenant[], settings: Pick<Settings, 'stage' | 'tenants' | 'allowUnverified'>): Tenant[] {
  const production = settings.stage === 'prod';
  let chosen: Tenant[];
  if (settings.tenants) {
    const unknown = settings.tenants.filter((id) => !all.some((t) => t.id === id));
    if (unknown.length > 0) throw new TenantSelectionError(`Unknown tenant(s) in -c tenants: ${unknown.join(', ')}`);
    chosen = all.filter((t) => settings.tenants?.includes(t.id));
  } else {
    chosen = production ? all.filter((t) => !t.testOnly) : [...all];
  }
  if (chosen.length === 0) throw new TenantSelectionError('No tenant to deploy: add one under shared/tenants or pass -c tenants=…');
  if (!production) return chosen;

  const strays = settings.allowUnverified.filter((id) => !chosen.some((t) => t.helplines.some((h) => h.id === id)));
  const problems = strays.map((id) => `  - allowUnverified lists ${id}, which no deployed tenant has`);
  problems.push(...chosen.flatMap((tenant) => {
    const allowUnverified = settings.allowUnverified.filter((id) => tenant.helplines.some((h) => h.id === id));
    return checkTenantForProduction(tenant, { allowUnverified }).map((p) => `  - ${tenant.id}: ${p.message}`);
  }));
  if (problems.length > 0) {
    throw new TenantSelectionError(
      `Tenant settings are not ready for production:\n${problems.join('\n')}\n` +
        'Fix the data in shared/tenants, or ship an unverified window marked as such with -c allowUnverified=<helpline id,…>.',
    );
  }
  return chosen;
}
