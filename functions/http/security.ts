/**
 * @module
 * Security headers for every response, API and pages alike. The CSP and
 * Permissions-Policy are exported as plain strings so the CDK stack can send
 * the very same values from CloudFront. Scripts only ever come from our own
 * origin: no 'unsafe-inline' anywhere; the page's one inline style and its
 * one tiny inline script (it keeps a tap made before the page's script has
 * loaded) are allowed only by the sha256 hashes the front-end build writes to
 * csp-hashes.json.
 * Hashed files under the asset paths (scripts, JSON, CSS) get only the
 * headers that mean something on a subresource: the document-only ones
 * (CSP, Permissions-Policy, framing, referrer, COOP …) are ignored by browsers
 * there, yet cost about 600 bytes of the first round trip on HTTP/1.1; HSTS
 * is learnt from the document, which always comes before its files.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** A CSP source expression for an inline style hash, e.g. `'sha256-AbC…='`. */
export const CSP_HASH_PATTERN = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** The build's hashes of the inline elements its pages carry, by CSP directive: csp-hashes.json. */
export interface InlineHashes {
  'style-src'?: readonly string[];
  'script-src'?: readonly string[];
}

export class InlineHashesError extends Error {
  override name = 'InlineHashesError';
}

/** Reads csp-hashes.json as the build writes it; anything else is refused rather than guessed at. */
export function parseInlineHashes(json: unknown): InlineHashes {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InlineHashesError('csp-hashes.json must be an object keyed by directive');
  const out: InlineHashes = {};
  for (const [directive, list] of Object.entries(json)) {
    if (directive !== 'style-src' && directive !== 'script-src') throw new InlineHashesError(`csp-hashes.json: unknown directive ${directive}`);
    if (!Array.isArray(list) || !list.every((h): h is string => typeof h === 'string' && CSP_HASH_PATTERN.test(h))) {
      throw new InlineHashesError(`csp-hashes.json: ${directive} must be a list of 'sha256-…' sources`);
    }
    out[directive] = list;
  }
  return out;
}

/** Builds the CSP with the build's inline hashes (see csp-hashes.json). */
export const buildContentSecurityPolicy = (hashes: InlineHashes = {}): string => {
  const styles = hashes['style-src'] ?? [];
  const scripts = hashes['script-src'] ?? [];
  for (const hash of [...styles, ...scripts]) {
    if (!CSP_HASH_PATTERN.test(hash)) throw new InlineHashesError(`Not a CSP hash source: ${hash}`);
  }
  // connect-src, font-src and the other fetch directives fall back to default-src; script-src stays explicit on purpose.
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
};

/** The CSP without any inline-style hash: right for the API and any page without inline CSS. */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();

/**
 * The features that could reveal a person — camera, microphone, location —
 * and the browser's ad topics are off. The page runs only its own script
 * (the CSP admits nothing else), so listing every other powerful feature
 * would protect against nothing while its bytes sit in the first round trip
 * of every page. Only features Chromium recognises: an unknown one is a
 * console error on every page.
 */
export const PERMISSIONS_POLICY = ['browsing-topics', 'camera', 'geolocation', 'microphone'].map((feature) => `${feature}=()`).join(', ');

export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
export const REFERRER_POLICY = 'no-referrer';

/** CloudFront path patterns of the hashed, immutable files; infra/lib/hosting.ts gives them the lean policy. */
export const ASSET_PATH_PATTERNS = ['/assets/*', '/staff/assets/*'] as const;

/** True for a path CloudFront serves through one of ASSET_PATH_PATTERNS. */
export const isAssetPath = (path: string): boolean => ASSET_PATH_PATTERNS.some((pattern) => path.startsWith(pattern.slice(0, -1)));

/**
 * Headers that govern a document (what it may load, embed, be framed by,
 * send as referrer, share a process with). A script, JSON or stylesheet
 * response keeps X-Content-Type-Options and Cross-Origin-Resource-Policy, the
 * two a subresource is protected by. HSTS is left to the document too: a
 * browser records it from any HTTPS answer, and the page is always the first.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Permissions-Policy',
  'X-Frame-Options',
  'Referrer-Policy',
  'Cross-Origin-Opener-Policy',
  'Strict-Transport-Security',
] as const;

/** A response that is no document: an asset path answered with anything but HTML (a 404 page keeps every header). */
const isLeanResponse = (path: string, contentType: string | null) => isAssetPath(path) && !(contentType ?? '').startsWith('text/html');

/** Sets the security headers on every response passing through; `hashes` allow the pages' inline style and script. */
export const securityHeaders = (options: { hashes?: InlineHashes } = {}): MiddlewareHandler => {
  const csp = buildContentSecurityPolicy(options.hashes);
  const standard = secureHeaders({
    strictTransportSecurity: STRICT_TRANSPORT_SECURITY,
    referrerPolicy: REFERRER_POLICY,
    xFrameOptions: 'DENY',
    // Headers only old browsers read (IE, Flash): bytes in every response for no protection today.
    xXssProtection: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    // CloudFront's policy (infra/lib/headers.ts) sends neither, so the local server matches what a phone gets in
    // production: browsers already leave hyperlinks' DNS unfetched on HTTPS pages, and key agent clusters by origin.
    xDnsPrefetchControl: false,
    originAgentCluster: false,
  });
  return async (c, next) => {
    await standard(c, async () => {
      await next();
      // A resident route never sets a cookie; strip one if any code path ever tried.
      c.res.headers.delete('Set-Cookie');
    });
    if (isLeanResponse(c.req.path, c.res.headers.get('Content-Type'))) {
      for (const name of DOCUMENT_ONLY_HEADERS) c.res.headers.delete(name);
      return;
    }
    c.res.headers.set('Content-Security-Policy', csp);
    c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  };
};
