/**
 * @module
 * The middleware that writes the audit trail: after a tenant route has run,
 * it decides from the method and path whether the request was one an admin
 * must be able to see later (a report viewed, a CSV or QR downloaded, a
 * channel changed, the trail itself read), builds the entry from the
 * verified token, the path and the query only, and stores it before the
 * answer leaves. A person refused because the tenant is not theirs leaves no
 * entry in that tenant's trail (anyone signed in anywhere could fill it).
 * Which answers leave one: success; 403, a member reaching beyond their role;
 * and 5xx, where a change may have been made although the answer says not.
 * Other refusals (a bad query or body, an unknown or taken tag) showed and
 * changed nothing, so they leave nothing — and a refused write stays a
 * request that wrote nothing at all.
 *
 * The answer is never withheld for the trail's sake: the report or file is
 * already made and a channel change already stored, so refusing would only
 * invite a second change. When the entry cannot be stored the answer still
 * goes out, and one structured log line carries the whole entry (nothing in
 * it is about a resident) and a CloudWatch metric, `AuditWriteFailed`, that
 * raises an alarm — the record moves to the log instead of disappearing.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { SRC_PATTERN } from '../../../shared/domain';
import { periodQuery, resolvePeriod, YM_PATTERN } from '../../../shared/periods';
import { jstParts } from '../../../shared/time';
import { mayAct, mayActForPrefecture, type Role, type StaffEnv } from '../../auth';
import { QR_SIZES } from '../qr/print';
import { DEFAULT_LANG, isLang } from '../../../shared/languages';
import { AUDIT_FAILURE_METRIC, AUDIT_METRIC_NAMESPACE, type AuditAction, type AuditEntry, type AuditTarget } from './schema';
import type { AuditStore } from './store';

interface Rule {
  method: string;
  /** Matched against the path after `/t/<tenant>`. */
  path: RegExp;
  action: AuditAction;
  target: (c: Context<StaffEnv>, match: RegExpExecArray, now: Date) => AuditTarget | Promise<AuditTarget>;
}

const tagOf = (raw: string | undefined): AuditTarget => {
  const tag = raw === undefined ? undefined : safeDecode(raw);
  return tag !== undefined && SRC_PATTERN.test(tag) ? { tag } : {};
};

const safeDecode = (raw: string): string | undefined => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
};

/** The period the report counted, resolved as the report route resolves it; nothing when the query was refused. */
const reportTarget = (c: Context<StaffEnv>, _match: RegExpExecArray, now: Date): AuditTarget => {
  const query = c.req.query();
  const kind = query.suppress === '1' ? 'public' : 'full';
  const spec = periodQuery.safeParse(query);
  if (!spec.success) return { kind };
  try {
    const { range } = resolvePeriod(spec.data, jstParts(now).date);
    return { period: `${range.start}/${range.end}`, kind };
  } catch {
    return { kind };
  }
};

const qrFormat = (c: Context<StaffEnv>, format: string | undefined): AuditTarget => {
  const size = c.req.query('size') ?? 'sticker';
  return { format: format === 'png' ? 'png' : 'svg', ...(Object.hasOwn(QR_SIZES, size) ? { size } : {}) };
};
/** A channel's code: its tag, file, and the page language it points at (as the route reads it: Japanese when none is asked). */
const qrTarget = (c: Context<StaffEnv>, match: RegExpExecArray): AuditTarget => {
  const lang = c.req.query('lang') ?? DEFAULT_LANG;
  return { ...tagOf(match[1]), ...qrFormat(c, match[2]), ...(isLang(lang) ? { lang } : {}) };
};

/** The tag of a channel being added, from the JSON body the route already read (Hono keeps it). */
const bodyTagTarget = async (c: Context<StaffEnv>): Promise<AuditTarget> => {
  const body = (await c.req.json().catch(() => undefined)) as { tag?: unknown } | undefined;
  return typeof body?.tag === 'string' ? tagOf(encodeURIComponent(body.tag)) : {};
};

/** The month of entries read: the one asked for, or the current one the route defaults to. */
const auditViewTarget = (c: Context<StaffEnv>, _match: RegExpExecArray, now: Date): AuditTarget => {
  const month = c.req.query('month');
  if (month === undefined) return { month: jstParts(now).date.slice(0, 7) };
  return YM_PATTERN.test(month) ? { month } : {};
};

/** The days of an exclusion being added, from the JSON body the route already read. */
const bodyDaysTarget = async (c: Context<StaffEnv>): Promise<AuditTarget> => {
  const body = (await c.req.json().catch(() => undefined)) as { from?: unknown; to?: unknown } | undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return typeof body?.from === 'string' && typeof body.to === 'string' && day.test(body.from) && day.test(body.to) ? { period: `${body.from}/${body.to}` } : {};
};

const TAG = '([^/]+)';

/** Every tenant route that leaves an entry. A test walks the app's routes so a new one cannot be forgotten. */
export const AUDIT_RULES: readonly Rule[] = [
  { method: 'GET', path: /^\/report$/, action: 'report.view', target: reportTarget },
  { method: 'GET', path: /^\/report\.csv$/, action: 'report.csv', target: reportTarget },
  { method: 'GET', path: /^\/trend$/, action: 'report.trend', target: (c) => ({ kind: c.req.query('suppress') === '1' ? 'public' : 'full' }) },
  { method: 'GET', path: new RegExp(`^/channels/${TAG}/qr\\.(svg|png)$`), action: 'qr.download', target: qrTarget },
  { method: 'POST', path: /^\/channels\/?$/, action: 'channel.add', target: bodyTagTarget },
  { method: 'POST', path: /^\/channels\/import(?:\.csv)?$/, action: 'channel.import', target: () => ({}) },
  { method: 'PUT', path: new RegExp(`^/channels/${TAG}$`), action: 'channel.edit', target: (_c, m) => tagOf(m[1]) },
  { method: 'POST', path: new RegExp(`^/channels/${TAG}/archive$`), action: 'channel.archive', target: (_c, m) => tagOf(m[1]) },
  { method: 'POST', path: new RegExp(`^/channels/${TAG}/restore$`), action: 'channel.restore', target: (_c, m) => tagOf(m[1]) },
  { method: 'POST', path: /^\/exclusions\/?$/, action: 'exclusion.add', target: bodyDaysTarget },
  { method: 'POST', path: /^\/exclusions\/([a-z0-9-]{1,40})\/withdraw$/, action: 'exclusion.withdraw', target: (_c, m) => (m[1] ? { exclusion: m[1] } : {}) },
  { method: 'GET', path: /^\/audit$/, action: 'audit.view', target: auditViewTarget },
  // A prefecture's entry-page QR code (functions/staff/prefecture/routes.ts), under `/p/<pref>`.
  { method: 'GET', path: /^\/qr\.(svg|png)$/, action: 'qr.download', target: (c, m) => qrFormat(c, m[1]) },
];

/** The rule for a request, by method and the path under the tenant; undefined for routes that leave no entry. */
export const auditRuleFor = (method: string, tenantPath: string): { rule: Rule; match: RegExpExecArray } | undefined => {
  for (const rule of AUDIT_RULES) {
    if (rule.method !== method) continue;
    const match = rule.path.exec(tenantPath);
    if (match) return { rule, match };
  }
  return undefined;
};

/** Answers that showed, handed out or may have changed something, or that refused a member their role's limit. */
export const isAuditedStatus = (status: number): boolean => status < 400 || status === 403 || status >= 500;

const usernameOf = (payload: unknown): string | undefined => {
  const name = (payload as Record<string, unknown> | undefined)?.['cognito:username'];
  return typeof name === 'string' && name.length > 0 && name.length <= 128 && !/[\p{Cc}\p{Cf}]/u.test(name) ? name : undefined;
};

/** One JSON line: CloudWatch turns `_aws` into the metric (embedded metric format); the rest keeps the entry. */
export const auditFailureLine = (tenant: string, entry: AuditEntry | undefined, error: unknown, at: Date): string =>
  JSON.stringify({
    _aws: { Timestamp: at.getTime(), CloudWatchMetrics: [{ Namespace: AUDIT_METRIC_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: AUDIT_FAILURE_METRIC, Unit: 'Count' }] }] },
    [AUDIT_FAILURE_METRIC]: 1,
    level: 'error',
    message: entry ? 'audit entry not stored' : 'audit entry not built',
    error: (error as { name?: unknown } | null)?.name ?? 'unknown',
    cause: ((error as { cause?: { name?: unknown } } | null)?.cause?.name as string | undefined) ?? undefined,
    tenant,
    ...(entry ? { entry } : {}),
  });

export interface AuditTrailOptions {
  audit: AuditStore;
  /** Where the staff API is mounted, e.g. `/api/staff`. */
  base: string;
  now: () => Date;
  /** Receives the failure line; standard output by default (writeLogLine). */
  log?: (line: string) => void;
}

/**
 * Straight to standard output, not through `console`: with the function's JSON log format the Lambda runtime wraps
 * console output in its own JSON object, and CloudWatch reads a metric only from a line that is the EMF document itself.
 */
export const writeLogLine = (line: string): void => void process.stdout.write(`${line}\n`);

/** The audit key of a prefecture scope: `P:chiba`. A tenant id has no colon, so the two never meet. */
export const prefectureAuditKey = (prefecture: string): string => `P:${prefecture}`;

/** Whose trail a request goes to: the town on `/t/:tenant/*`, or the prefecture on `/p/:pref/*`. */
interface AuditScope {
  key: string;
  prefix: string;
  role: Role | undefined;
}

const scopeOf = (c: Context<StaffEnv>, base: string): AuditScope | undefined => {
  const staff = c.get('staff');
  if (!staff) return undefined;
  const tenant = c.req.param('tenant');
  if (tenant !== undefined) {
    return mayAct(staff, tenant, 'staff') ? { key: tenant, prefix: `${base}/t/${encodeURIComponent(tenant)}`, role: staff.tenants[tenant] } : undefined;
  }
  const pref = c.req.param('pref');
  if (pref !== undefined && mayActForPrefecture(staff, pref, 'staff')) {
    return { key: prefectureAuditKey(pref), prefix: `${base}/p/${encodeURIComponent(pref)}`, role: staff.prefectures[pref] };
  }
  return undefined;
};

/** For `app.use('/t/:tenant/*', …)` and `app.use('/p/:pref/*', …)`, after sign-in. */
export const auditTrail = ({ audit, base, now, log = writeLogLine }: AuditTrailOptions): MiddlewareHandler<StaffEnv> => async (c, next) => {
  await next();
  try {
    await recordAnswered(c, { audit, base, now, log });
  } catch (error) {
    // Building the entry failed (nothing a request sends should make it); the answer is made and still goes out.
    log(auditFailureLine(c.req.param('tenant') ?? prefectureAuditKey(c.req.param('pref') ?? ''), undefined, error, now()));
  }
};

const recordAnswered = async (c: Context<StaffEnv>, { audit, base, now, log }: Required<AuditTrailOptions>): Promise<void> => {
  const scope = scopeOf(c, base);
  const staff = c.get('staff');
  if (!scope || !staff || !c.req.path.startsWith(scope.prefix)) return;
  const { key: tenant, prefix } = scope;
  const found = auditRuleFor(c.req.method, c.req.path.slice(prefix.length));
  if (!found || !isAuditedStatus(c.res.status)) return;
  const at = now();
  const username = usernameOf(c.get('jwtPayload'));
  const entry: AuditEntry = {
    at: at.toISOString(),
    actor: staff.subject,
    ...(username ? { username } : {}),
    role: scope.role ?? 'staff',
    action: found.rule.action,
    target: await found.rule.target(c, found.match, at),
    status: c.res.status,
  };
  try {
    await audit.record(tenant, entry);
  } catch (error) {
    log(auditFailureLine(tenant, entry, error, at));
  }
};
