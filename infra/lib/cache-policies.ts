/**
 * @module
 * The staff API's cache policy. CloudFront forwards a bearer token only when
 * the Authorization header is part of the cache key, and it refuses that in a
 * policy with caching switched off; so this policy "caches" for at most one
 * second, keyed by the token itself, and the staff API answers `no-store`
 * (minimum TTL 0 lets CloudFront honour it). One person's report can never be
 * served to another token.
 */
import { Duration } from 'aws-cdk-lib';
import { CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CacheQueryStringBehavior } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

export function apiCachePolicies(scope: Construct): { staff: CachePolicy } {
  const staff = new CachePolicy(scope, 'StaffApiCache', {
    comment: 'kokoro-check staff API: forwards Authorization, effectively uncached',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.seconds(1),
    headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
    cookieBehavior: CacheCookieBehavior.none(),
    queryStringBehavior: CacheQueryStringBehavior.all(),
  });
  return { staff };
}
