/**
 * @module
 * `POST /api/t/:tenant/events` — the one door a town's anonymous counts come in by
 * (and, below, `POST /api/p/:pref/events` for the views of a prefecture's entry page).
 * The page fires events and forgets them (sendBeacon sends text/plain, fetch
 * sends application/json); this route accepts both, refuses anything it
 * cannot count with a JSON 4xx and counts nothing, and answers 503 with
 * Retry-After when the store is down so the page's retry counts once.
 * A `src` the tenant did not register is replaced before counting by the one
 * 未登録 bucket (UNREGISTERED_SRC): the tag is stored nowhere, so a made-up
 * tag can neither add counter items nor mark out one person.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { PREFECTURE_ID_PATTERN, prefectureScope, servedPrefectures } from '../../shared/regions';
import { TENANT_ID_PATTERN, UNREGISTERED_SRC } from '../../shared/domain';
import { countingEvent, MAX_EVENT_BYTES, type CountingEvent } from '../../shared/events';
import type { Tenant } from '../../shared/tenants';
import { readBoundedText, refuse } from '../http';
import { StoreUnavailableError, type CounterStore, type RegisteredTags } from '../store';
import { eventRuleIssues } from './rules';

const ACCEPTED_MEDIA_TYPES = new Set(['application/json', 'text/plain']);
const RETRY_AFTER_SECONDS = '5';

/** Tenants are immutable data, so each tenant's helpline id set is built once. */
const helplineIds = new WeakMap<Tenant, ReadonlySet<string>>();
const helplineIdsOf = (tenant: Tenant): ReadonlySet<string> => {
  let ids = helplineIds.get(tenant);
  if (!ids) helplineIds.set(tenant, (ids = new Set(tenant.helplines.map((helpline) => helpline.id))));
  return ids;
};

/** The event as it is counted: its `src` kept only when the tenant registered that tag, else the 未登録 bucket. */
const withRegisteredSrc = async (event: CountingEvent, tenant: string, registered: RegisteredTags): Promise<CountingEvent> => {
  if (event.type === 'helpline_tap' || event.src === undefined) return event;
  return (await registered.of(tenant)).has(event.src) ? event : { ...event, src: UNREGISTERED_SRC };
};

export interface EventsRouteOptions {
  store: CounterStore;
  /** The tags each tenant registered; any other `src` counts as 未登録. */
  registeredTags: RegisteredTags;
  clock: () => Date;
  /** The tenants served here; any other id, test-only ones in production included, is unknown. */
  tenants: readonly Tenant[];
  /** How long a body may take to arrive before the request is answered 408 (see functions/http/body.ts). */
  bodyTimeoutMs: number;
}

/**
 * Reads one counting event from the request: its media type, a bounded body, JSON, the event contract. Anything
 * else is refused with a JSON 4xx (`refuse` throws), and nothing is counted.
 */
const readEvent = async (c: Context, bodyTimeoutMs: number): Promise<CountingEvent> => {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACCEPTED_MEDIA_TYPES.has(mediaType)) {
    return refuse(415, { error: 'unsupported_media_type', message: 'Send the event as application/json or text/plain.' });
  }

  // A body that is too large, breaks off or stalls is refused here (413, 400, 408), never a 5xx.
  const text = await readBoundedText(c.req.raw, { maxBytes: MAX_EVENT_BYTES, timeoutMs: bodyTimeoutMs });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, { error: 'invalid_json', message: 'The body is not valid JSON.' });
  }

  const parsed = countingEvent.safeParse(body);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message })));
  }
  return parsed.data;
};

const invalid = (issues: { path: string; message: string }[]): never =>
  refuse(400, { error: 'invalid_event', message: `Invalid event: ${issues.map((i) => i.path).join(', ')}.`, issues });

/** Counts the event once under `scope`, its `src` kept only when `scope` registered it; 503 with Retry-After when the store is down. */
const count = async (c: Context, { store, registeredTags, clock }: Pick<EventsRouteOptions, 'store' | 'registeredTags' | 'clock'>, scope: string, event: CountingEvent) => {
  try {
    const { outcome } = await store.record(scope, await withRegisteredSrc(event, scope, registeredTags), clock());
    return outcome === 'counted' ? c.json({ status: 'counted' }, 202) : c.json({ status: 'duplicate' }, 200);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return refuse(
      503,
      { error: 'store_unavailable', message: 'Counting is unavailable for a moment; try again shortly.' },
      { headers: { 'Retry-After': RETRY_AFTER_SECONDS }, cause: error },
    );
  }
};

const postOnly = (c: Context) =>
  refuse(405, { error: 'method_not_allowed', message: `${c.req.method} is not allowed here; use POST.` }, { headers: { Allow: 'POST' } });

export const eventsRoute = (options: EventsRouteOptions) => {
  // A Map, so ids such as "constructor" or "__proto__" from a URL are simply unknown.
  const served = new Map(options.tenants.map((tenant) => [tenant.id, tenant]));
  return new Hono()
    .post('/', async (c) => {
      const tenantId = c.req.param('tenant') ?? '';
      const tenant = TENANT_ID_PATTERN.test(tenantId) ? served.get(tenantId) : undefined;
      if (!tenant) return refuse(404, { error: 'unknown_tenant', message: 'No municipality uses this address.' });
      const event = await readEvent(c, options.bodyTimeoutMs);
      const issues = eventRuleIssues(event, helplineIdsOf(tenant), tenant.modes);
      if (issues.length > 0) return invalid(issues);
      return count(c, options, tenant.id, event);
    })
    .all('/', postOnly);
};

/**
 * `POST /api/p/:pref/events` — the prefecture entry page's one event: a view, counted under the prefecture's own
 * scope (shared/regions `prefectureScope`), never under a town. Only prefectures with a town served here have the
 * page; any other event type is refused, as is an unknown prefecture.
 */
export const prefectureEventsRoute = (options: EventsRouteOptions) => {
  const served = new Set(servedPrefectures(options.tenants).map((p) => p.id));
  return new Hono()
    .post('/', async (c) => {
      const id = c.req.param('pref') ?? '';
      if (!PREFECTURE_ID_PATTERN.test(id) || !served.has(id)) {
        return refuse(404, { error: 'unknown_prefecture', message: 'No prefecture page uses this address.' });
      }
      const event = await readEvent(c, options.bodyTimeoutMs);
      if (event.type !== 'view') return invalid([{ path: 'type', message: 'The prefecture page counts views only.' }]);
      return count(c, options, prefectureScope(id), event);
    })
    .all('/', postOnly);
};
