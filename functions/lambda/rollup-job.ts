/**
 * @module
 * What the scheduled rollup run does, free of Lambda and of the environment
 * so it can be run against dynalite with a fixed clock: for each served
 * tenant, one `rollupClosedMonths` (closed months, then closed days of the
 * last week). The store makes every rollup idempotent, so a repeated run, a
 * retry or a missed run are all harmless. One tenant's failure does not stop
 * the others; the run still ends in an error afterwards, so the function's
 * error alarm fires. Logs carry counts and error names only — never figures.
 */
import type { Tenant } from '../../shared/tenants';
import type { CounterStore } from '../store';

export interface RollupRunResult {
  tenants: number;
  /** Closed months rolled up in this run (already rolled-up ones are skipped). */
  monthsRolledUp: number;
  failedTenants: number;
}

export class RollupRunError extends Error {
  override name = 'RollupRunError';
}

export interface RollupRunOptions {
  store: CounterStore;
  tenants: readonly Tenant[];
  now: Date;
  log?: (line: string) => void;
}

export const runRollups = async ({ store, tenants, now, log = console.info }: RollupRunOptions): Promise<RollupRunResult> => {
  const result: RollupRunResult = { tenants: tenants.length, monthsRolledUp: 0, failedTenants: 0 };
  const failures: unknown[] = [];
  // One tenant at a time: the run is small, and sequential keeps it far below any table throttling.
  for (const tenant of tenants) {
    try {
      result.monthsRolledUp += (await store.rollupClosedMonths(tenant.id, now)).length;
    } catch (error) {
      result.failedTenants += 1;
      failures.push(error);
      log(`rollup failed for tenant ${tenant.id}: ${error instanceof Error ? error.name : 'unknown error'}`);
    }
  }
  log(`rollup run: ${JSON.stringify(result)}`);
  if (failures.length > 0) {
    throw new RollupRunError(`Rollup failed for ${failures.length} of ${tenants.length} tenants`, { cause: failures[0] });
  }
  return result;
};
