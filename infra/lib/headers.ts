/**
 * @module
 * CloudFront response headers policies. The header values come from the API's
 * own security module (functions/http/security.ts), so a page served by
 * CloudFront and a response from Hono carry the same CSP, HSTS, Referrer and
 * Permissions policies. The staff dashboard gets its own policy because its
 * sign-in talks to the Cognito domain; residents' pages never may. Hashed
 * assets get a lean policy with only the headers a subresource is protected
 * by, as the local server sends them (DOCUMENT_ONLY_HEADERS there).
 */
import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import {
  buildContentSecurityPolicy,
  type InlineHashes,
  PERMISSIONS_POLICY,
  REFERRER_POLICY,
  STRICT_TRANSPORT_SECURITY,
} from '../../functions/http/security';

/** CloudFront refuses a Content-Security-Policy value longer than this. */
export const CLOUDFRONT_CSP_LIMIT = 1783;

export class HeadersPolicyError extends Error {
  override name = 'HeadersPolicyError';
}

/** Fetch directives that fall back to default-src when absent (CSP Level 3), so extending one starts from default-src. */
const FALLS_BACK_TO_DEFAULT = new Set(['connect-src', 'font-src', 'img-src', 'media-src', 'manifest-src', 'worker-src', 'frame-src']);

/** Adds sources to one directive of a CSP string (e.g. the sign-in origin to connect-src). */
export function withSources(csp: string, directive: string, sources: readonly string[]): string {
  const parts = csp.split(/;\s*/);
  const named = (name: string) => parts.findIndex((part) => part.split(' ')[0] === name);
  const index = named(directive);
  if (index !== -1) {
    parts[index] = [parts[index], ...sources].join(' ');
    return parts.join('; ');
  }
  const fallback = named('default-src');
  if (!FALLS_BACK_TO_DEFAULT.has(directive) || fallback === -1) throw new HeadersPolicyError(`The CSP has no ${directive} directive to extend`);
  // Absent, the directive meant default-src's sources: keep them and add the new ones.
  return [...parts, [directive, ...(parts[fallback] ?? '').split(' ').slice(1), ...sources].join(' ')].join('; ');
}

/** The page CSP with the build's inline hashes, checked against what CloudFront and our rules allow. */
export function pageContentSecurityPolicy(hashes: InlineHashes): string {
  const csp = buildContentSecurityPolicy(hashes);
  const scriptSrc = csp.split(/;\s*/).find((part) => part.startsWith('script-src ')) ?? '';
  if (/'unsafe-(inline|eval)'/.test(scriptSrc)) throw new HeadersPolicyError(`script-src must not allow unsafe scripts: ${scriptSrc}`);
  if (csp.length > CLOUDFRONT_CSP_LIMIT) {
    throw new HeadersPolicyError(
      `The CSP is ${csp.length} characters; CloudFront allows ${CLOUDFRONT_CSP_LIMIT}. Fewer inline hashes are needed.`,
    );
  }
  return csp;
}

const HSTS_MAX_AGE = Number(/max-age=(\d+)/.exec(STRICT_TRANSPORT_SECURITY)?.[1]);
if (!Number.isInteger(HSTS_MAX_AGE)) throw new HeadersPolicyError(`Cannot read max-age from ${STRICT_TRANSPORT_SECURITY}`);

const REFERRER = { 'no-referrer': HeadersReferrerPolicy.NO_REFERRER } as const;

const STRICT_TRANSPORT = {
  accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE),
  includeSubdomains: STRICT_TRANSPORT_SECURITY.includes('includeSubDomains'),
  override: true,
};
const RESOURCE_POLICY = { header: 'Cross-Origin-Resource-Policy', value: 'same-origin', override: true };
// The origins name themselves and their storage details; that helps an attacker more than a resident.
const REMOVE_HEADERS = ['Server', 'X-Amz-Server-Side-Encryption', 'X-Amz-Version-Id'];

/** One security headers policy for documents and API answers; `override` so a header set by an origin cannot weaken it. */
export function securityHeadersPolicy(scope: Construct, id: string, contentSecurityPolicy: string): ResponseHeadersPolicy {
  if (!(REFERRER_POLICY in REFERRER)) throw new HeadersPolicyError(`Unsupported Referrer-Policy ${REFERRER_POLICY}`);
  return new ResponseHeadersPolicy(scope, id, {
    comment: 'kokoro-check security headers (same values as functions/http/security.ts)',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: REFERRER[REFERRER_POLICY as keyof typeof REFERRER], override: true },
      strictTransportSecurity: STRICT_TRANSPORT,
    },
    customHeadersBehavior: {
      customHeaders: [
        { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
        { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        RESOURCE_POLICY,
      ],
    },
    removeHeaders: REMOVE_HEADERS,
  });
}

/**
 * The policy for hashed scripts, JSON and stylesheets: no-sniff, HSTS and
 * Cross-Origin-Resource-Policy. Browsers ignore CSP, framing, referrer and
 * permissions headers on a subresource, so they are left out.
 */
export function assetHeadersPolicy(scope: Construct, id: string): ResponseHeadersPolicy {
  return new ResponseHeadersPolicy(scope, id, {
    comment: 'kokoro-check hashed assets: the subresource headers of functions/http/security.ts',
    // HSTS is learnt from the page, which always comes first (functions/http/security.ts).
    securityHeadersBehavior: { contentTypeOptions: { override: true } },
    customHeadersBehavior: { customHeaders: [RESOURCE_POLICY] },
    removeHeaders: REMOVE_HEADERS,
  });
}
