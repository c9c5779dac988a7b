/**
 * @module
 * The gate before a tenant goes live. Residents in crisis will trust what
 * the page shows, so a real launch must not carry unverified facts, lines
 * without a source, or lines nobody can reach from the page. Unverified
 * entries can be allowed one by one, by id, when a municipality has decided
 * to ship them marked; the other problems cannot be waived.
 */
import type { Helpline } from '../helplines/schema';
import { isReachable } from '../routing/reach';
import type { Tenant } from './schema';

export interface ProductionProblem {
  /** `null` for problems of the tenant as a whole. */
  helplineId: string | null;
  kind: 'test-tenant' | 'unverified' | 'no-source' | 'unreachable' | 'stale-allowance';
  message: string;
}

/** A channel the page can turn into a tap: a phone number or a link. A visit has no address in the schema yet. */

function problemsOf(h: Helpline, allowed: ReadonlySet<string>): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  if (h.unverified && !allowed.has(h.id)) {
    problems.push({ helplineId: h.id, kind: 'unverified', message: `${h.name}: unverified (${h.unverifiedReason ?? 'no reason'})` });
  }
  if (h.sourceUrl === undefined) {
    problems.push({ helplineId: h.id, kind: 'no-source', message: `${h.name}: no sourceUrl` });
  }
  if (!isReachable(h)) {
    problems.push({ helplineId: h.id, kind: 'unreachable', message: `${h.name}: no phone number or link a resident can use` });
  }
  return problems;
}

export function checkTenantForProduction(tenant: Tenant, options: { allowUnverified?: readonly string[] } = {}): ProductionProblem[] {
  const allowed = new Set(options.allowUnverified ?? []);
  const problems: ProductionProblem[] = [];
  if (tenant.testOnly) {
    problems.push({ helplineId: null, kind: 'test-tenant', message: `${tenant.id} is a test-only tenant` });
  }
  for (const h of tenant.helplines) problems.push(...problemsOf(h, allowed));
  // An allowance for an id the tenant no longer lists (or that is now verified) would hide the next mistake.
  const unverifiedIds = new Set(tenant.helplines.filter((h) => h.unverified).map((h) => h.id));
  for (const id of allowed) {
    if (!unverifiedIds.has(id)) problems.push({ helplineId: id, kind: 'stale-allowance', message: `allowUnverified lists ${id}, which is not an unverified helpline of ${tenant.id}` });
  }
  return problems;
}
