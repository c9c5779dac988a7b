/**
 * @module
 * What an audit entry is: when, which staff account, in which role, did
 * what (a closed list of actions) to what (a period, a file kind, a channel
 * tag), and how the API answered. Every field is about the staff member's
 * own work — there is no place for a resident's answer, an IP address or a
 * user agent, and the store writes only these fields. The retention is data
 * here, with its reason in docs/data-model.md.
 */
import * as z from '../../../shared/validation';
import { YM_PATTERN } from '../../../shared/periods';
import type { Role } from '../../auth';

export const AUDIT_ACTIONS = [
  'report.view',
  'report.csv',
  'report.trend',
  'qr.download',
  'channel.add',
  'channel.edit',
  'channel.archive',
  'channel.restore',
  'channel.import',
  'exclusion.add',
  'exclusion.withdraw',
  'audit.view',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Three years: the past fiscal year's report, its questions in council and its audit are all answerable. */
export const AUDIT_RETENTION_DAYS = 1096;

/** What an action was done to; only these keys, each short and of a known shape. */
export interface AuditTarget {
  /** `YYYY-MM-DD/YYYY-MM-DD`, the period the report or CSV counted (resolved, 前日まで included). */
  period?: string;
  /** 庁内用 (`full`) or 公表用 (`public`, small cells suppressed). */
  kind?: 'full' | 'public';
  /** A channel's tag. */
  tag?: string;
  /** QR file format and size. */
  format?: 'svg' | 'png';
  size?: string;
  /** The page language a channel's QR code points at (shared/languages; `ja` when none was asked). */
  lang?: string;
  /** The month of audit entries viewed, `YYYY-MM`. */
  month?: string;
  /** The id of an exclusion withdrawn (its days are in the entry that added it). */
  exclusion?: string;
}

export interface AuditEntry {
  /** ISO 8601 instant (UTC) the request was answered. */
  at: string;
  /** The token's `sub`: the staff account id. */
  actor: string;
  /** The sign-in name the token carries (`cognito:username`), so an admin can tell who it was. */
  username?: string;
  role: Role;
  action: AuditAction;
  target: AuditTarget;
  /** The HTTP status the API answered with. */
  status: number;
}

/** The CloudWatch metric a failed write logs (embedded metric format), and the alarm in infra/lib/alarms.ts watches. */
export const AUDIT_METRIC_NAMESPACE = 'kokoro-check';
export const AUDIT_FAILURE_METRIC = 'AuditWriteFailed';
/** Partition keys of audit entries start so; infra denies the staff function deleting under it. */
export const AUDIT_KEY_PREFIX = 'AU#';

export const MAX_AUDIT_PAGE = 200;
export const DEFAULT_AUDIT_PAGE = 50;

/** `GET …/audit?month=YYYY-MM&limit=50&before=<cursor>` */
export const auditQuery = z.strictObject({
  month: z.optional(z.string().check(z.regex(YM_PATTERN, 'month must be YYYY-MM'))),
  limit: z._default(
    z.coerce.number().check(z.refine(Number.isInteger, 'limit must be a whole number'), z.gte(1, 'limit must be at least 1'), z.lte(MAX_AUDIT_PAGE, `limit may be at most ${MAX_AUDIT_PAGE}`)),
    DEFAULT_AUDIT_PAGE,
  ),
  before: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[a-z0-9]{8}$/, 'before must be a cursor from a previous page'))),
});

/** One page of a month's entries, newest first. */
export interface AuditPage {
  month: string;
  entries: AuditEntry[];
  /** Pass as `before` for the rest of this month; absent when the month is done. */
  before?: string;
  /** The month before, while it can still hold entries (within the retention); absent otherwise. */
  olderMonth?: string;
  /** The month after, unless this is the current month. */
  newerMonth?: string;
  retentionDays: number;
}
