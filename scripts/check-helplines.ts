/**
 * @module
 * `npm run check:helplines [-- --today YYYY-MM-DD]`: the list someone works
 * through before a line's facts go out of date — every tenant's stale and
 * unverified helplines with id, name, verifiedOn, source and reason, then one
 * summary line per tenant. It exits 1 when a tenant residents actually use
 * (not a test tenant) has a stale line, so a scheduled job can fail loudly
 * months before a production synth would; unverified lines are listed but do
 * not fail it, because shipping them marked is the production check's
 * decision (`-c allowUnverified`). Freshness is judged on today's JST date
 * unless `--today` asks about another day (e.g. "what is stale by April?").
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ageText, FRESHNESS, reviewHelplines, type HelplineReview, type HelplineStatus } from '../shared/helplines/freshness';
import { isValidYmd } from '../shared/periods/dates';
import { TENANTS, type Tenant } from '../shared/tenants';
import { jstParts } from '../shared/time';

export class CheckHelplinesUsageError extends Error {
  override name = 'CheckHelplinesUsageError';
}

export const USAGE = 'usage: npm run check:helplines [-- --today YYYY-MM-DD]';

export const parseCheckArgs = (argv: string[], now: Date): { today: string } => {
  const { values } = parseArgs({ args: argv, options: { today: { type: 'string' } }, strict: true });
  const today = values.today ?? jstParts(now).date;
  if (!isValidYmd(today)) throw new CheckHelplinesUsageError(`--today must be a date like 2026-12-01\n${USAGE}`);
  return { today };
};

export interface TenantFreshness {
  tenant: Pick<Tenant, 'id' | 'name' | 'testOnly'>;
  /** Stale and unverified lines, what needs re-checking first. */
  needsRecheck: HelplineReview[];
  counts: Record<HelplineStatus, number>;
}

export interface HelplineCheck {
  today: string;
  tenants: TenantFreshness[];
  /** True when a tenant that is not test-only has a stale line. */
  failed: boolean;
}

export function checkHelplines(tenants: readonly Tenant[], today: string): HelplineCheck {
  const results = tenants.map((tenant): TenantFreshness => {
    const review = reviewHelplines(tenant.helplines, today);
    const counts: Record<HelplineStatus, number> = { stale: 0, unverified: 0, ok: 0 };
    for (const r of review) counts[r.status] += 1;
    return { tenant: { id: tenant.id, name: tenant.name, testOnly: tenant.testOnly }, needsRecheck: review.filter((r) => r.status !== 'ok'), counts };
  });
  return { today, tenants: results, failed: results.some((r) => !r.tenant.testOnly && r.counts.stale > 0) };
}

const reasonOf = (r: HelplineReview): string =>
  r.status === 'stale' ? `last verified ${ageText(r.age)} ago; re-check was due by ${r.recheckBy}` : (r.unverifiedReason ?? 'no reason given');

/** The report as lines of text: a block per line that needs re-checking, then the tenant's summary. */
export function formatHelplineCheck({ today, tenants, failed }: HelplineCheck): string[] {
  const out = [`Helpline freshness on ${today} (JST): stale = verified more than ${FRESHNESS.maxAgeMonths} months ago.`, ''];
  for (const { tenant, needsRecheck, counts } of tenants) {
    out.push(`${tenant.id} ${tenant.name}${tenant.testOnly ? ' (test-only)' : ''}`);
    for (const r of needsRecheck) {
      out.push(`  [${r.status}] ${r.id} ${r.name}`);
      out.push(`      verifiedOn: ${r.verifiedOn}`);
      out.push(`      sourceUrl:  ${r.sourceUrl ?? '(none)'}`);
      out.push(`      reason:     ${reasonOf(r)}`);
    }
    const total = counts.stale + counts.unverified + counts.ok;
    const verdict = counts.stale === 0 ? 'no stale lines' : tenant.testOnly ? 'stale lines (test tenant: does not fail the check)' : 'FAILS: stale lines';
    out.push(`  ${tenant.id}: ${counts.stale} stale, ${counts.unverified} unverified, ${counts.ok} ok of ${total} lines — ${verdict}`, '');
  }
  out.push(failed ? 'Stale lines found: re-check them at their source and update verifiedOn (or name them in -c allowStale for a prod synth).' : 'No stale lines in any tenant residents use.');
  return out;
}

const main = () => {
  const { today } = parseCheckArgs(process.argv.slice(2), new Date());
  const result = checkHelplines(TENANTS, today);
  console.log(formatHelplineCheck(result).join('\n'));
  process.exitCode = result.failed ? 1 : 0;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(error instanceof CheckHelplinesUsageError ? 2 : 1);
  }
}
