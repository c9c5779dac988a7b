/**
 * @module
 * The staff API as the dashboard calls it: every request carries the ID
 * token as a bearer header (never a cookie, never the URL), JSON answers are
 * typed by the server's own report, channel and helpline-review types, and files (CSV, QR)
 * come back as Blobs with the name the server chose, so a download never
 * needs the token in a link.
 */
import type { Role } from '../../../functions/auth/claims';
import type { AuditPage } from '../../../functions/staff/audit/schema';
import type { Channel, ChannelFields, ChannelInput } from '../../../functions/staff/channels/schema';
import type { Exclusion, ExclusionInput } from '../../../functions/staff/exclusions/schema';
import type { HelplineReviewAnswer } from '../../../functions/staff/helpline-review';
import type { Report } from '../../../functions/staff/report/build';
import type { PrefectureReport } from '../../../functions/staff/prefecture/report';
import type { Trend, TrendYear } from '../../../functions/staff/report/trend';
import { refusalText } from './refusals';

export type { PrefectureReport };
export type { AuditPage, Exclusion, ExclusionInput, HelplineReviewAnswer, Report, Trend, TrendYear };
export type ReviewedHelpline = HelplineReviewAnswer['helplines'][number];
export type { ReportLine } from '../../../functions/staff/report/lines';
export interface Me {
  subject: string;
  tenants: Record<string, Role>;
  /** Prefecture scopes (`pref-<id>-staff`): the prefecture report across its towns. */
  prefectures?: Record<string, Role>;
}
export type ListedChannel = Channel & { url: string };

/**
 * An answer other than success; `status` 401 means the sign-in has run out.
 * The message is already the Japanese sentence for the code (./refusals).
 */
export class StaffApiError extends Error {
  override name = 'StaffApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    options?: { cause?: unknown },
    /** The lines of a refused import (`invalid_import`): Japanese, one per problem, for the admin to fix the file. */
    readonly problems: readonly string[] = [],
  ) {
    super(message, options);
  }
}

/** The file name from Content-Disposition, preferring the UTF-8 `filename*` form. */
export const fileNameOf = (disposition: string | null, fallback: string): string => {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // A malformed escape falls through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
};

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export interface StaffApiOptions {
  fetchImpl?: typeof fetch;
  /** Called on any 401, whichever part of the page made the call: the token is no good any more. */
  onUnauthorized?: () => void;
}

export const createStaffApi = (token: string, { fetchImpl = (input, init) => fetch(input, init), onUnauthorized }: StaffApiOptions = {}) => {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let res: Response;
    try {
      res = await fetchImpl(path, { ...init, cache: 'no-store', headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
    } catch (error) {
      throw new StaffApiError(refusalText('network', 0), 0, 'network', { cause: error });
    }
    if (res.ok) return res;
    // The server's English `message` is for developers; only the stable code is read.
    const body = (await res.json().catch(() => ({}))) as { error?: unknown; issues?: { message?: unknown }[] };
    const code = typeof body.error === 'string' ? body.error : `http_${res.status}`;
    if (res.status === 401) onUnauthorized?.();
    // An import's problems are the one server text written for staff (functions/staff/channels/import.ts).
    const problems = code === 'invalid_import' && Array.isArray(body.issues) ? body.issues.map((i) => String(i.message ?? '')).filter(Boolean) : [];
    throw new StaffApiError(refusalText(code, res.status), res.status, code, undefined, problems);
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => (await (await call(path, init)).json()) as T;
  const tenantPath = (tenant: string) => `/api/staff/t/${encodeURIComponent(tenant)}`;

  return {
    me: () => json<Me>('/api/staff/me'),
    report: (tenant: string, query: string) => json<Report>(`${tenantPath(tenant)}/report?${query}`),
    /** The last five fiscal years; `suppress=1` for the published figures. */
    trend: (tenant: string, published: boolean) => json<Trend>(`${tenantPath(tenant)}/trend${published ? '?suppress=1' : ''}`),
    channels: async (tenant: string) => (await json<{ channels: ListedChannel[] }>(`${tenantPath(tenant)}/channels`)).channels,
    addChannel: (tenant: string, input: ChannelInput) =>
      json<{ channel: ListedChannel }>(`${tenantPath(tenant)}/channels`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) }),
    /** Admins only: the tenant's helplines, what needs re-checking first. */
    helplines: (tenant: string) => json<HelplineReviewAnswer>(`${tenantPath(tenant)}/helplines`),
    /** Admins only: label, kind, copies and places of a channel; its tag never changes. */
    updateChannel: async (tenant: string, tag: string, fields: ChannelFields) =>
      (await json<{ channel: ListedChannel }>(`${tenantPath(tenant)}/channels/${encodeURIComponent(tag)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fields) })).channel,
    /** Admins only: retire a channel (its figures stay its own) or bring it back. */
    archiveChannel: async (tenant: string, tag: string, archived: boolean) =>
      (await json<{ channel: ListedChannel }>(`${tenantPath(tenant)}/channels/${encodeURIComponent(tag)}/${archived ? 'archive' : 'restore'}`, { method: 'POST' })).channel,
    /** Admins only: register every channel of a CSV text, or none (StaffApiError.problems says why). */
    importChannels: async (tenant: string, csv: string) =>
      (await json<{ channels: ListedChannel[] }>(`${tenantPath(tenant)}/channels/import`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ csv }) })).channels,
    /** A file under the tenant's API path, e.g. `report.csv?fy=2026` or `channels/<tag>/qr.png?size=a4`. */
    download: async (tenant: string, path: string, fallbackName: string): Promise<DownloadedFile> => {
      const res = await call(`${tenantPath(tenant)}/${path}`);
      return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition'), fallbackName) };
    },
    /** Prefecture staff: the prefecture's towns, 公表用 per town. */
    prefectureReport: (prefecture: string, query: string) => json<PrefectureReport>(`/api/staff/p/${encodeURIComponent(prefecture)}/report?${query}`),
    /** Prefecture staff: a file under the prefecture's API path, e.g. `report.csv?fy=2026` (公表用) or `qr.png?size=a4` (the entry page's QR code). */
    prefectureDownload: async (prefecture: string, path: string, fallbackName: string): Promise<DownloadedFile> => {
      const res = await call(`/api/staff/p/${encodeURIComponent(prefecture)}/${path}`);
      return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition'), fallbackName) };
    },
    /** Every exclusion of the municipality, withdrawn ones included. */
    exclusions: async (tenant: string) => (await json<{ exclusions: Exclusion[] }>(`${tenantPath(tenant)}/exclusions`)).exclusions,
    /** Admins only: take whole days out of the reports, with the reason. */
    addExclusion: (tenant: string, input: ExclusionInput) =>
      json<Exclusion>(`${tenantPath(tenant)}/exclusions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) }),
    /** Admins only: put the days back into the reports; the exclusion stays on record, dated. */
    withdrawExclusion: (tenant: string, id: string) => json<Exclusion>(`${tenantPath(tenant)}/exclusions/${encodeURIComponent(id)}/withdraw`, { method: 'POST' }),
    /** Admins only: one month of the audit trail (`month=YYYY-MM`, `before=<cursor>`), newest first. */
    audit: (tenant: string, params: { month?: string; before?: string } = {}) => {
      const query = new URLSearchParams(Object.entries(params).filter((p): p is [string, string] => p[1] !== undefined)).toString();
      return json<AuditPage>(`${tenantPath(tenant)}/audit${query ? `?${query}` : ''}`);
    },
  };
};

export type StaffApi = ReturnType<typeof createStaffApi>;
