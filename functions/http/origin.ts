/**
 * @module
 * Refuses a browser's cross-site request with a JSON 403 before any work is
 * done: any web page can make a visitor's browser POST `text/plain` here
 * (sendBeacon, a form-less fetch in no-cors mode) without a CORS preflight,
 * so without this check every page on the web could inflate a town's counts
 * through its own visitors. Browsers tell us where a request comes from and
 * a page cannot make them lie:
 * - `Sec-Fetch-Site` other than `same-origin` or `none` (user typed it) → 403;
 *   `same-site` is refused too: a sibling subdomain is not our page.
 * - `Origin` that is not the site's own origin (`null` included) → 403.
 * - Neither header: not a browser (curl, a monitoring probe, a script). It is
 *   let through — a script can send any header it likes, so refusing it would
 *   stop no attacker, only honest tools; per-client limits at the edge (WAF)
 *   and the throttle are what brake scripts.
 * The site's own origin is configuration on Lambda (SITE_ORIGIN: requests
 * arrive on the API Gateway host behind CloudFront); without it, it is the
 * origin the request itself was addressed to — right for the local server,
 * where the page and the API share one host and port.
 */
import type { MiddlewareHandler } from 'hono';
import { refuse } from './errors';

const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

export const sameOriginOnly = (siteOrigins?: readonly string[]): MiddlewareHandler => {
  const allowed = siteOrigins ? new Set(siteOrigins) : undefined;
  return async (c, next) => {
    const fetchSite = c.req.header('Sec-Fetch-Site')?.trim().toLowerCase();
    const origin = c.req.header('Origin')?.trim();
    const foreignSite = fetchSite !== undefined && !ALLOWED_FETCH_SITES.has(fetchSite);
    const foreignOrigin = origin !== undefined && !(allowed ? allowed.has(origin) : origin === new URL(c.req.url).origin);
    if (foreignSite || foreignOrigin) {
      refuse(403, { error: 'cross_site_refused', message: 'Events are counted only from this site’s own pages.' });
    }
    await next();
  };
};
