/**
 * @module
 * Security headers for every response, API and pages alike. The CSP and
 * Permissions-Policy are exported as plain strings so the CDK stack can send
 * the very same values from CloudFront. Scripts only ever come from our own
 * origin: no 'unsafe-inline' for scripts, and inline styles are allowed only
 * by the sha256 hashes the front-end build writes to csp-hashes.json.
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

/** Builds the CSP; `styleHashes` are the build's inline-style hashes (see csp-hashes.json). */
export const buildContentSecurityPolicy = (styleHashes: readonly string[] = []): string => {
  for (const hash of styleHashes) {
    if (!CSP_HASH_PATTERN.test(hash)) throw new Error(`Not a CSP hash source: ${hash}`);
  }
  // connect-src, font-src and the other fetch directives fall back to default-src; script-src stays explicit on purpose.
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
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
 * Powerful features off: a self-check never needs the camera, location,
 * device sensors (a fingerprinting surface) or ad topics. Only features
 * Chromium recognises: an unknown one is a console error on every page and
 * bytes in every response header, inside the first round trip's budget.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
  'idle-detection', 'interest-cohort', 'local-fonts', 'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb',
].map((feature) => `${feature}=()`).join(', ');

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
  'Origin-Agent-Cluster',
  'X-DNS-Prefetch-Control',
  'Strict-Transport-Security',
] as const;

/** A response that is no document: an asset path answered with anything but HTML (a 404 page keeps every header). */
const isLeanResponse = (path: string, contentType: string | null) => isAssetPath(path) && !(contentType ?? '').startsWith('text/html');

/** Sets the security headers on every response passing through; `styleHashes` widen style-src for pages. */
export const securityHeaders = (options: { styleHashes?: readonly string[] } = {}): MiddlewareHandler => {
  const csp = buildContentSecurityPolicy(options.styleHashes);
  const standard = secureHeaders({
    strictTransportSecurity: STRICT_TRANSPORT_SECURITY,
    referrerPolicy: REFERRER_POLICY,
    xFrameOptions: 'DENY',
    // Headers only old browsers read (IE, Flash): bytes in every response for no protection today.
    xXssProtection: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
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
