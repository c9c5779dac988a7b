/**
 * @module
 * What the scheduled rollup run does, free of Lambda and of the environment
 * so it can be run against dynalite with a fixed clock: for each served
 * tenant and each served prefecture's entry page, one `rollupClosedMonths`
 * (closed months, then closed days of the last week), a few at a time. The store makes every rollup idempotent, so a repeated run, a
 * retry or a missed run are all harmless. One tenant's failure does not stop
 * the others; the run still ends in an error afterwards, so the function's
 * error alarm fires. Logs carry counts and error names only — never figures.
 * Each tenant's registered-tags item is checked against its channels first
 * (rewritten only when they differ): channels registered before that item
 * existed, or a rebuild an outage cut short, count as themselves by the
 * next day at the latest.
 */
import { prefectureScope, servedPrefectures } from '../../shared/regions';
import type { Tenant } from '../../shared/tenants';
import { FLAGGED_HOURS_METRIC, type PlausibilityStore } from '../plausibility';
import type { CounterStore } from '../store';
import { runLimited } from '../store/query';

export interface RollupRunResult {
  tenants: number;
  /** Prefecture entry pages (one counting scope each, shared/regions `prefectureScope`) rolled up beside the tenants. */
  prefecturePages: number;
  /** Closed months rolled up in this run (already rolled-up ones are skipped). */
  monthsRolledUp: number;
  /** Hours the plausibility check flagged in the days it assessed this run (functions/plausibility). */
  flaggedHours: number;
  /** Tenants (and prefecture pages) whose rollup failed this run. */
  failedTenants: number;
}


/** One log line per tenant with flagged hours: the metric, the tenant and the hours — counts only, never anything about a person. */
export const flaggedHoursLine = (tenant: string, hours: readonly { day: string; hour: number; completions: number }[], at: Date): string =>
  JSON.stringify({
    _aws: { Timestamp: at.getTime(), CloudWatchMetrics: [{ Namespace: FLAGGED_HOURS_METRIC.namespace, Dimensions: [[]], Metrics: [{ Name: FLAGGED_HOURS_METRIC.metricName, Unit: 'Count' }] }] },
    [FLAGGED_HOURS_METRIC.metricName]: hours.length,
    level: 'warn',
    message: 'completions far above the usual level',
    tenant,
    hours: hours.map((h) => `${h.day} ${String(h.hour).padStart(2, '0')}:00 ${h.completions}`),
  });

export class RollupRunError extends Error {
  override name = 'RollupRunError';
}

export interface RollupRunOptions {
  store: CounterStore;
  /** Rebuilds a tenant's registered-tags item from its channels (functions/staff/channels/store.ts). */
  refreshRegisteredTags?: (tenant: string) => Promise<void>;
  tenants: readonly Tenant[];
  now: Date;
  /** Assesses the closed days after the rollups; without it, no plausibility check runs. */
  plausibility?: PlausibilityStore;
  log?: (line: string) => void;
}

/** Tenants rolled up at the same time by one run. */
export const TENANTS_IN_PARALLEL = 8;

export const runRollups = async ({ store, refreshRegisteredTags, tenants, now, plausibility, log = console.info }: RollupRunOptions): Promise<RollupRunResult> => {
  const prefectures = servedPrefectures(tenants).map((p) => prefectureScope(p.id));
  const result: RollupRunResult = { tenants: tenants.length, prefecturePages: prefectures.length, monthsRolledUp: 0, flaggedHours: 0, failedTenants: 0 };
  const failures: unknown[] = [];
  const rolledUp = async (scope: string) => {
    // Awaited first: `total += await …` would read the total before the wait and lose the other tenants' additions.
    const months = await store.rollupClosedMonths(scope, now);
    result.monthsRolledUp += months.length;
  };
  const failed = (what: string, error: unknown) => {
    result.failedTenants += 1;
    failures.push(error);
    log(`rollup failed for ${what}: ${error instanceof Error ? error.name : 'unknown error'}`);
  };
  // A tenant's run is up to ≈ 1,000 small queries (26 months and 7 days × 32 shards while they hold no counts),
  // 8 in flight: one tenant after another, 1,700 municipalities would need ≈ 20 minutes, beyond Lambda's 15.
  // Eight tenants at a time keeps ≤ 64 queries in flight, far below any table throttling (docs/scaling.md).
  await runLimited(
    [
      ...tenants.map((tenant) => async () => {
        try {
          await refreshRegisteredTags?.(tenant.id);
          await rolledUp(tenant.id);
          if (plausibility) {
            const days = await plausibility.assessClosedDays(tenant.id, now);
            const hours = days.flatMap((d) => d.flagged.map((f) => ({ day: d.day, ...f })));
            result.flaggedHours += hours.length;
            if (hours.length > 0) log(flaggedHoursLine(tenant.id, hours, now));
          }
        } catch (error) {
          failed(`tenant ${tenant.id}`, error);
        }
      }),
      // Each prefecture entry page's views, under their own scope: rolled up like a town's, nothing else to do.
      ...prefectures.map((scope) => async () => {
        try {
          await rolledUp(scope);
        } catch (error) {
          failed(`prefecture page ${scope}`, error);
        }
      }),
    ],
    TENANTS_IN_PARALLEL,
  );
  log(`rollup run: ${JSON.stringify(result)}`);
  if (failures.length > 0) {
    throw new RollupRunError(`Rollup failed for ${failures.length} of ${tenants.length} tenants`, { cause: failures[0] });
  }
  return result;
};
