/**
 * @module
 * Every tenant the service knows, in a stable order (the first is the
 * example shown by `npm start`). Unknown ids return `undefined` so the API
 * can answer 404 and the page can say so — never a fallback municipality,
 * whose counts and windows would then be wrong.
 */
import { MATSUDO } from './matsudo';
import { SAMPLE_TOWN } from './sample-town';
import { TenantDataError } from './define';
import type { Tenant } from './schema';

export const TENANTS: readonly Tenant[] = Object.freeze([MATSUDO, SAMPLE_TOWN]);

// A Map, so ids such as "constructor" or "__proto__" from a URL are simply unknown.
const byId = new Map(TENANTS.map((t) => [t.id, t]));
if (byId.size !== TENANTS.length) throw new TenantDataError('tenant ids must be unique');

export function getTenant(id: string): Tenant | undefined {
  return byId.get(id);
}
