/**
 * @module
 * `GET /t/:tenant/report` (JSON) and `GET /t/:tenant/report.csv`: a period
 * from the query (`fy`, `from`/`to` or `start`/`end`, optional `suppress=1`),
 * two store reads — the period and the same days a year earlier — the
 * tenant's plan indicators (which read more only for months those two do not
 * cover), and the pure report builder; `GET /t/:tenant/trend`, the last five
 * fiscal years (./report/trend.ts), also written into the CSV. Staff role is enough. The CSV is named
 * and headed by tenant, period and kind (庁内用 / 公表用; functions/staff/report/csv.ts).
 */
import { Hono } from 'hono/tiny';
import * as z from '../../shared/validation';
import type { Indicator } from '../../shared/indicators';
import { periodQuery, resolvePeriod } from '../../shared/periods';
import { getTenant } from '../../shared/tenants';
import { jstParts } from '../../shared/time';
import { requireTenantRole, type StaffEnv } from '../auth';
import type { CounterStore } from '../store';
import type { PlausibilityStore } from '../plausibility';
import type { ChannelStore } from './channels';
import { excludingDays, overlapOf, type ExclusionStore } from './exclusions';
import { badRequest, issuesOf } from './errors';
import { buildReport, type Report } from './report/build';
import { loadIndicators } from './report/indicators';
import { buildTrend } from './report/trend';

export interface ReportDeps {
  store: CounterStore;
  channels: ChannelStore;
  exclusions: ExclusionStore;
  plausibility: PlausibilityStore;
  helplineName: (tenant: string, id: string) => string;
  now: () => Date;
  /** The plan's indicators of a tenant; its tenant data by default. */
  indicatorsOf?: (tenant: string) => readonly Indicator[];
}

const tenantIndicators = (tenant: string): readonly Indicator[] => getTenant(tenant)?.indicators ?? [];

const suppressQuery = z.object({ suppress: z.optional(z.enum(['0', '1'], 'suppress must be 0 or 1')) });

export const reportRoutes = ({ store, channels, exclusions, plausibility, helplineName, now, indicatorsOf = tenantIndicators }: ReportDeps) => {
  /** Every read a report or trend makes, without the days admins excluded (./exclusions/apply.ts). */
  const readerFor = async (tenant: string) => {
    const list = await exclusions.list(tenant);
    return { list, read: excludingDays((from, to) => store.readCounters(tenant, from, to), list) };
  };
  const load = async (tenant: string, query: Record<string, string>): Promise<Report | z.$ZodError[]> => {
    const period = periodQuery.safeParse(query);
    const flags = suppressQuery.safeParse(query);
    if (!period.success || !flags.success) return [period.error, flags.error].filter((e) => e !== undefined) as z.$ZodError[];
    const today = jstParts(now()).date;
    const resolved = resolvePeriod(period.data, today);
    const suppress = flags.data.suppress === '1';
    const [{ list, read }, registered, flagged] = await Promise.all([
      readerFor(tenant),
      channels.list(tenant),
      plausibility.flaggedBetween(tenant, resolved.range.start, resolved.range.end),
    ]);
    const [current, previous] = await Promise.all([read(resolved.range.start, resolved.range.end), read(resolved.previous.start, resolved.previous.end)]);
    const plan = await loadIndicators({
      indicators: indicatorsOf(tenant),
      today,
      report: { current: { range: resolved.range, rows: current.rows }, previous: { range: resolved.previous, rows: previous.rows } },
      read,
      suppress,
    });
    const touches = (e: (typeof list)[number]) =>
      overlapOf(e, resolved.range.start, resolved.range.end) !== undefined || overlapOf(e, resolved.previous.start, resolved.previous.end) !== undefined;
    return buildReport({
      tenant,
      exclusions: list.filter(touches),
      flaggedHours: flagged,
      period: resolved,
      current: current.rows,
      previous: previous.rows,
      context: { channels: new Map(registered.map((ch) => [ch.tag, ch])), helplineName: (id) => helplineName(tenant, id), suppress },
      read: { items: current.itemsRead + previous.itemsRead + plan.read.items, queries: current.queries + previous.queries + plan.read.queries },
      indicators: plan.indicators,
    });
  };

  const trendOf = async (tenant: string, suppress: boolean) =>
    buildTrend({ tenant, today: jstParts(now()).date, suppress, read: (await readerFor(tenant)).read });

  return new Hono<StaffEnv>()
    .use('*', requireTenantRole('staff'))
    .get('/trend', async (c) => {
      const flags = suppressQuery.safeParse(c.req.query());
      if (!flags.success) return badRequest(c, 'invalid_query', issuesOf(flags.error));
      return c.json(await trendOf(c.req.param('tenant') ?? '', flags.data.suppress === '1'));
    })
    .get('/report', async (c) => {
      const report = await load(c.req.param('tenant') ?? '', c.req.query());
      return Array.isArray(report) ? badRequest(c, 'invalid_query', report.flatMap(issuesOf)) : c.json(report);
    })
    .get('/report.csv', async (c) => {
      const report = await load(c.req.param('tenant') ?? '', c.req.query());
      if (Array.isArray(report)) return badRequest(c, 'invalid_query', report.flatMap(issuesOf));
      const municipality = getTenant(report.tenant)?.name ?? report.tenant;
      const [trend, { csvContentDisposition, reportCsv }] = await Promise.all([trendOf(report.tenant, report.suppressed), import('./report/csv')]);
      return c.body(reportCsv(report, { municipality, generatedAt: now(), trend }), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        // Full and published files get different names, so a saved 庁内用 file is never sent out as the 公表用 one.
        'Content-Disposition': csvContentDisposition(report),
      });
    });
};
