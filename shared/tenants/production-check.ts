/**
 * @module
 * The gate before a tenant goes live. Residents in crisis will trust what
 * the page shows, so a real launch must not carry unverified facts, facts
 * verified too long ago to trust (stale, see shared/helplines/freshness),
 * lines without a source or with one that is not an official page, or lines
 * nobody can reach from the page.
 * Unverified and stale entries can be allowed one by one, by id, when a
 * municipality has decided to ship them as they are (`allowUnverified`,
 * `allowStale`); the other problems cannot be waived.
 */
import { ageOf, ageText, helplineStatus, recheckBy, type Age } from '../helplines/freshness';
import type { Helpline } from '../helplines/schema';
import { isOfficialSource } from '../helplines/sources';
import type { Ymd } from '../periods/dates';
import { isReachable } from '../routing/reach';
import type { Tenant } from './schema';

export type ProductionProblem =
  | {
      /** `null` for problems of the tenant as a whole. */
      helplineId: string | null;
      kind: 'test-tenant' | 'unverified' | 'no-source' | 'unofficial-source' | 'unreachable' | 'stale-allowance';
      message: string;
    }
  | { helplineId: string; kind: 'stale'; message: string; verifiedOn: Ymd; age: Age };

export interface ProductionCheckOptions {
  /** Japan-time date the check is for; freshness depends on it. */
  today: Ymd;
  allowUnverified?: readonly string[];
  allowStale?: readonly string[];
}

interface Allowed {
  unverified: ReadonlySet<string>;
  stale: ReadonlySet<string>;
}

function problemsOf(h: Helpline, today: Ymd, allowed: Allowed): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  const status = helplineStatus(h, today);
  if (status === 'unverified' && !allowed.unverified.has(h.id)) {
    problems.push({ helplineId: h.id, kind: 'unverified', message: `${h.name}: unverified (${h.unverifiedReason ?? 'no reason'})` });
  }
  if (status === 'stale' && !allowed.stale.has(h.id)) {
    const age = ageOf(h.verifiedOn, today);
    problems.push({ helplineId: h.id, kind: 'stale', verifiedOn: h.verifiedOn, age, message: `${h.name}: stale, last verified ${h.verifiedOn} (${ageText(age)} ago; re-check was due by ${recheckBy(h.verifiedOn)})` });
  }
  if (h.sourceUrl === undefined) {
    problems.push({ helplineId: h.id, kind: 'no-source', message: `${h.name}: no sourceUrl` });
  } else if (!isOfficialSource(h.id, h.sourceUrl)) {
    problems.push({ helplineId: h.id, kind: 'unofficial-source', message: `${h.name}: ${h.sourceUrl} is not an official page (shared/helplines/sources.ts)` });
  }
  if (!isReachable(h)) {
    problems.push({ helplineId: h.id, kind: 'unreachable', message: `${h.name}: no phone number or link a resident can use` });
  }
  return problems;
}

export function checkTenantForProduction(tenant: Tenant, { today, allowUnverified = [], allowStale = [] }: ProductionCheckOptions): ProductionProblem[] {
  const allowed: Allowed = { unverified: new Set(allowUnverified), stale: new Set(allowStale) };
  const problems: ProductionProblem[] = [];
  if (tenant.testOnly) {
    problems.push({ helplineId: null, kind: 'test-tenant', message: `${tenant.id} is a test-only tenant` });
  }
  for (const h of tenant.helplines) problems.push(...problemsOf(h, today, allowed));
  // An allowance for an id the tenant no longer lists (or that is now verified, or re-checked) would hide the next mistake.
  for (const [setting, ids, status] of [['allowUnverified', allowed.unverified, 'unverified'], ['allowStale', allowed.stale, 'stale']] as const) {
    const matching = new Set(tenant.helplines.filter((h) => helplineStatus(h, today) === status).map((h) => h.id));
    for (const id of ids) {
      if (!matching.has(id)) problems.push({ helplineId: id, kind: 'stale-allowance', message: `${setting} lists ${id}, which is not a${status === 'unverified' ? 'n' : ''} ${status} helpline of ${tenant.id}` });
    }
  }
  return problems;
}
