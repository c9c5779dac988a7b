/**
 * @module
 * The resident-facing API as one Hono app, identical on Lambda and on the
 * local server: security headers on everything, `no-store` on the API, JSON
 * for every refusal. Dependencies come in as arguments, so this file never
 * knows where it runs.
 */
import { Hono } from 'hono/tiny';
import { DEFAULT_BODY_TIMEOUT_MS, jsonErrorHandler, jsonNotFound, sameOriginOnly, securityHeaders } from '../http';
import { TENANTS, type Tenant } from '../../shared/tenants';
import type { CounterStore, RegisteredTags } from '../store';
import { eventsRoute, prefectureEventsRoute } from './events';

export interface PublicAppOptions {
  store: CounterStore;
  /** Each tenant's registered channel tags (functions/store/registered-tags.ts); other tags count as 未登録. */
  registeredTags: RegisteredTags;
  /** Server time for JST date/hour keys; tests pass a fixed clock. */
  clock?: () => Date;
  /** Tenants this deployment serves (default: all); production leaves test-only ones out, so they answer 404. */
  tenants?: readonly Tenant[];
  /** How long an event's body may take to arrive (default 10 s); a stalled upload is answered 408. */
  bodyTimeoutMs?: number;
  /**
   * The site's own origins (`https://host`): a browser request from any other is refused 403
   * (functions/http/origin.ts). Lambda passes SITE_ORIGIN; omitted, the request's own origin is the site's (local server).
   */
  siteOrigins?: readonly string[];
}

export const createPublicApp = ({ store, registeredTags, clock = () => new Date(), tenants = TENANTS, bodyTimeoutMs = DEFAULT_BODY_TIMEOUT_MS, siteOrigins }: PublicAppOptions) => {
  const app = new Hono();
  app.use(securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/t/:tenant/events', sameOriginOnly(siteOrigins));
  app.route('/api/t/:tenant/events', eventsRoute({ store, registeredTags, clock, tenants, bodyTimeoutMs }));
  app.use('/api/p/:pref/events', sameOriginOnly(siteOrigins));
  app.route('/api/p/:pref/events', prefectureEventsRoute({ store, registeredTags, clock, tenants, bodyTimeoutMs }));
  app.notFound(jsonNotFound);
  app.onError(jsonErrorHandler);
  return app;
};
