/**
 * @module
 * Which municipalities a deployment serves. Development takes every tenant;
 * production drops test-only ones unless named, and refuses to synthesise
 * while any chosen tenant fails `checkTenantForProduction` on the day of the
 * synth — an unverified window may ship only when its id is listed in
 * `-c allowUnverified=…`, a line whose last verification is too old only in
 * `-c allowStale=…`: decisions someone has to write down.
 */
import { checkTenantForProduction, type Tenant } from '../../shared/tenants';
import { jstParts } from '../../shared/time';
import type { Settings } from './settings';

export class TenantSelectionError extends Error {
  override name = 'TenantSelectionError';
}

/** `today` (JST) defaults to the day of the synth: freshness is judged when the deploy is built. */
export function selectTenants(
  all: readonly Tenant[],
  settings: Pick<Settings, 'stage' | 'tenants' | 'allowUnverified' | 'allowStale'>,
  today: string = jstParts(new Date()).date,
): Tenant[] {
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

  const deployed = (id: string) => chosen.some((t) => t.helplines.some((h) => h.id === id));
  const problems = [
    ...settings.allowUnverified.filter((id) => !deployed(id)).map((id) => `  - allowUnverified lists ${id}, which no deployed tenant has`),
    ...settings.allowStale.filter((id) => !deployed(id)).map((id) => `  - allowStale lists ${id}, which no deployed tenant has`),
  ];
  problems.push(...chosen.flatMap((tenant) => {
    const listed = (id: string) => tenant.helplines.some((h) => h.id === id);
    const options = { today, allowUnverified: settings.allowUnverified.filter(listed), allowStale: settings.allowStale.filter(listed) };
    return checkTenantForProduction(tenant, options).map((p) => `  - ${tenant.id}: ${p.message}`);
  }));
  if (problems.length > 0) {
    throw new TenantSelectionError(
      `Tenant settings are not ready for production:\n${problems.join('\n')}\n` +
        'Fix the data in shared/tenants (re-check a stale line at its source and update verifiedOn), or ship an unverified window marked as such with ' +
        '-c allowUnverified=<helpline id,…>, or a stale line as it is with -c allowStale=<helpline id,…>.',
    );
  }
  return chosen;
}
