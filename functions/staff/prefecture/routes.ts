/**
 * @module
 * `GET /p/:pref/report` (JSON), `GET /p/:pref/report.csv` and the entry page's
 * QR code (`GET /p/:pref/qr.svg|png?size=sticker|a4`): the prefecture
 * report (./report.ts) over the towns this deployment serves in that
 * prefecture, for prefecture staff (`pref-<id>-staff`). Each town is read
 * like its own report — two reads (the period and a year earlier), without
 * the days its admins excluded — so the cost grows with the number of
 * towns, never with the number of events.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { periodQuery, resolvePeriod } from '../../../shared/periods';
import { prefectureOf, prefectureScope, servedPrefectures } from '../../../shared/regions';
import type { Tenant } from '../../../shared/tenants';
import { jstParts } from '../../../shared/time';
import { requirePrefectureRole, type StaffEnv } from '../../auth';
import type { CounterReadResult, CounterStore } from '../../store';
import { runLimited } from '../../store/query';
import { badRequest, issuesOf } from '../errors';
import { excludingDays, type ExclusionStore } from '../exclusions';
import { periodBlock } from '../report/build';
import { prefectureEntryUrl } from '../qr/print';
import { qrDownload, qrSizeOf } from '../qr/respond';
import { buildPrefectureReport, type PrefectureReport } from './report';

export interface PrefectureDeps {
  store: CounterStore;
  exclusions: ExclusionStore;
  /** The towns this deployment serves (production: no test-only ones). */
  tenants: readonly Tenant[];
  now: () => Date;
  /** The site's origin, which the entry page's QR code points at (never a request's own host). */
  siteOrigin: string;
  /** Japanese fonts for the PNG's label (functions/staff/qr/png.ts). */
  qrFontFiles: readonly string[];
}

/** Towns read at the same time: each is two reads of a few queries. */
const TOWNS_IN_PARALLEL = 6;

/** The report for a prefecture id and a period query (`fy`, `from`/`to`, `start`/`end`), or what is wrong with them. */
export const loadPrefectureReport = async (
  { store, exclusions, tenants, now }: Pick<PrefectureDeps, 'store' | 'exclusions' | 'tenants' | 'now'>,
  prefId: string,
  query: Record<string, string>,
): Promise<PrefectureReport | ReturnType<typeof issuesOf>> => {
  const period = periodQuery.safeParse(query);
  if (!period.success) return issuesOf(period.error);
  const prefecture = prefectureOf(prefId);
  if (!prefecture) return [{ path: 'pref', message: 'not a prefecture id' }];
  const resolved = resolvePeriod(period.data, jstParts(now()).date);
  const members = tenants.filter((t) => t.prefecture === prefecture.id);
  let items = 0;
  let queries = 0;
  let rcu = 0;
  /** Both periods of one counting scope, the cost added to the report's. */
  const bothPeriods = async (read: (from: string, to: string) => Promise<CounterReadResult>) => {
    const [current, previous] = await Promise.all([read(resolved.range.start, resolved.range.end), read(resolved.previous.start, resolved.previous.end)]);
    items += current.itemsRead + previous.itemsRead;
    queries += current.queries + previous.queries;
    rcu += current.consumedRcu + previous.consumedRcu;
    return { current: current.rows, previous: previous.rows };
  };
  const towns = await runLimited(
    members.map((tenant) => async () => ({
      tenant,
      ...(await bothPeriods(excludingDays((from, to) => store.readCounters(tenant.id, from, to), await exclusions.list(tenant.id)))),
    })),
    TOWNS_IN_PARALLEL,
  );
  // The entry page's own views: no town's exclusions apply to them.
  const entry = await bothPeriods((from, to) => store.readCounters(prefectureScope(prefecture.id), from, to));
  return buildPrefectureReport({ prefecture, period: periodBlock(resolved), towns, entry, read: { items, queries, rcu } });
};

export const prefectureRoutes = (deps: PrefectureDeps) => {
  const load = (prefId: string, query: Record<string, string>) => loadPrefectureReport(deps, prefId, query);
  const served = new Set(servedPrefectures(deps.tenants).map((p) => p.id));
  const entryQr = (c: Context<StaffEnv>, format: 'svg' | 'png') => {
    const prefecture = prefectureOf(c.req.param('pref') ?? '');
    // Only a prefecture with a town served here has an entry page to point at.
    if (!prefecture || !served.has(prefecture.id)) return c.json({ error: 'not_found', message: 'This prefecture has no entry page here.' }, 404);
    const size = qrSizeOf(c.req.query());
    if (!size.ok) return badRequest(c, 'invalid_query', size.issues);
    const label = `${prefecture.name} こころのセルフチェック`;
    return qrDownload(c, { url: prefectureEntryUrl(deps.siteOrigin, prefecture.id), label, file: `qr-pref-${prefecture.id}`, format, size: size.size, fonts: deps.qrFontFiles });
  };

  return new Hono<StaffEnv>()
    .use('*', requirePrefectureRole('staff'))
    .get('/report', async (c) => {
      const report = await load(c.req.param('pref') ?? '', c.req.query());
      return Array.isArray(report) ? badRequest(c, 'invalid_query', report) : c.json(report);
    })
    .get('/report.csv', async (c) => {
      const report = await load(c.req.param('pref') ?? '', c.req.query());
      if (Array.isArray(report)) return badRequest(c, 'invalid_query', report);
      const { prefectureCsv } = await import('../report/csv');
      const { body, disposition } = prefectureCsv(report, deps.now());
      return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition });
    })
    // The entry page's QR code, for posters and flyers the prefecture hands out across its towns.
    .get('/qr.svg', (c) => entryQr(c, 'svg'))
    .get('/qr.png', (c) => entryQr(c, 'png'));
};
