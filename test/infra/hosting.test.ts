/**
 * @module
 * The public edge as synthesised: a private, encrypted, versioned bucket that
 * only this distribution can read (OAC), the security headers residents get,
 * and API behaviours that cache nothing and pass on no cookies or viewer
 * address headers.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSET_PATH_PATTERNS, PERMISSIONS_POLICY } from '../../functions/http/security';
import { buildStack } from './build-stack';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

type Json = Record<string, any>;
let template: Template;
let distribution: Json;
let policies: Record<string, Json>;

const behaviour = (pattern: string): Json => {
  const found = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === pattern);
  if (!found) throw new Error(`no behaviour for ${pattern}`);
  return found;
};
const headersPolicyOf = (b: Json): Json => {
  const policy = policies[b.ResponseHeadersPolicyId.Ref];
  if (!policy) throw new Error('behaviour has no response headers policy of ours');
  return policy.Properties.ResponseHeadersPolicyConfig;
};
/** A CloudFront path pattern as a RegExp: `*` is any run of characters, everything else literal. */
const patternRegExp = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^$()|[\]\\{}]/g, '\\$&')).join('.*')}$`);
/** The behaviour CloudFront picks for a path: the first pattern that matches, else the default. */
const behaviourFor = (path: string): Json =>
  distribution.CacheBehaviors.find((b: Json) => patternRegExp(String(b.PathPattern)).test(path)) ?? distribution.DefaultCacheBehavior;
const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `)) ?? '';

beforeAll(() => {
  template = buildStack({ stage: 'prod', withStaff: true, context: { allowUnverified: [] } }).template();
  distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;
  policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
});

describe('site bucket', () => {
  it('blocks all public access, encrypts, versions and refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      WebsiteConfiguration: Match.absent(),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('is readable only by this distribution through Origin Access Control', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origin = distribution.Origins.find((o: Json) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    const statements = Object.values(template.findResources('AWS::S3::BucketPolicy'))[0]?.Properties.PolicyDocument.Statement;
    const reads = statements.filter((s: Json) => s.Effect === 'Allow');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } });
    expect(JSON.stringify(reads[0].Condition)).toContain('AWS:SourceArn');
  });
});

describe('security headers', () => {
  it('sends a strict CSP, HSTS, no referrer and the API\'s Permissions-Policy on pages', () => {
    const config = headersPolicyOf(distribution.DefaultCacheBehavior);
    const csp: string = config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    // Our own origin, and the one inline script (the early-tap keeper) by its hash alone.
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'sha256-cLuLWRsPTaKshaGU5NjcjrsGeeXMqmGDDucVukFuSKk='");
    expect(csp).not.toContain('unsafe-inline');
    expect(directive(csp, 'style-src')).toContain("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    // connect-src falls back to default-src: same origin only.
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp, 'connect-src')).toBe('');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(config.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
    const custom = Object.fromEntries(config.CustomHeadersConfig.Items.map((h: Json) => [h.Header, h.Value]));
    expect(custom['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
  });

  it('lets only the staff dashboard talk to the Cognito sign-in domain', () => {
    const staffCsp = JSON.stringify(headersPolicyOf(behaviour('/staff/*')).SecurityHeadersConfig.ContentSecurityPolicy);
    expect(staffCsp).toContain('amazoncognito.com');
    // Still our own origin too (default-src's 'self'), now that connect-src is spelt out for the sign-in domain.
    expect(staffCsp).toContain("connect-src 'self' https://");
    expect(staffCsp).not.toContain('unsafe-inline');
    for (const resident of [distribution.DefaultCacheBehavior, behaviour('/assets/*'), behaviour('/api/*')]) {
      expect(JSON.stringify(headersPolicyOf(resident))).not.toContain('cognito');
    }
  });

  it('gives a prefecture entry page what a town page gets: the page CSP, its script from /assets/, its count to the API', () => {
    const townPage = behaviourFor('/t/matsudo/');
    const prefecturePage = behaviourFor('/p/chiba/');
    expect(prefecturePage).toBe(distribution.DefaultCacheBehavior);
    expect(prefecturePage).toBe(townPage);
    const csp: string = headersPolicyOf(prefecturePage).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    // The inline style by the build's hash, a module script from our own origin, a POST (fetch or beacon) to our own origin.
    expect(directive(csp, 'style-src')).toContain("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(directive(csp, 'script-src').split(' ')).toContain("'self'");
    expect(directive(csp, 'connect-src')).toBe('');
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(behaviourFor('/assets/prefecture-1a2b3c4d.js')).toBe(behaviour('/assets/*'));
    const api = behaviourFor('/api/p/chiba/events');
    expect(api).toBe(behaviour('/api/*'));
    expect(api.AllowedMethods).toContain('POST');
  });

  it('sends hashed assets only the headers a subresource is protected by, on exactly the paths the local server does', () => {
    const policies = ASSET_PATH_PATTERNS.map((pattern) => headersPolicyOf(behaviour(pattern)));
    expect(policies[1]).toEqual(policies[0]);
    const config = policies[0] as Json;
    // HSTS comes with the page, which always comes first.
    expect(config.SecurityHeadersConfig).toEqual({ ContentTypeOptions: { Override: true } });
    expect(config.CustomHeadersConfig.Items).toEqual([{ Header: 'Cross-Origin-Resource-Policy', Value: 'same-origin', Override: true }]);
    expect(config.RemoveHeadersConfig.Items.map((h: Json) => h.Header)).toContain('Server');
    for (const pattern of ASSET_PATH_PATTERNS) expect(behaviour(pattern).CachePolicyId).toBe(CACHING_OPTIMIZED);
  });
});

describe('behaviours', () => {
  it('rewrites tenant paths with the viewer-request function and caches pages briefly', () => {
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: expect.anything() },
    ]);
    expect(distribution.DefaultRootObject).toBe('index.html');
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: 300,
        MaxTTL: 3600,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({ QueryStringsConfig: { QueryStringBehavior: 'none' } }),
      }),
    });
  });

  it('gives the viewer-request function the served tenant ids in a KeyValueStore, not in its code', () => {
    const [fn] = Object.values(template.findResources('AWS::CloudFront::Function'));
    const code = String(fn?.Properties.FunctionCode);
    expect(code).not.toContain('matsudo');
    expect(code).toContain("import cf from 'cloudfront'");
    const [store] = Object.entries(template.findResources('AWS::CloudFront::KeyValueStore'));
    expect(store).toBeDefined();
    expect(JSON.stringify(fn?.Properties.FunctionConfig.KeyValueStoreAssociations)).toContain(store?.[0]);
    // Its data is imported only when it is created, so another tenant list must make another store.
    expect(store?.[1].Properties.ImportSource.SourceType).toBe('S3');
    const other = buildStack({ stage: 'prod', withStaff: true, tenantIds: ['matsudo', 'sample-town', 'kashiwa'] }).template();
    const [otherStore] = Object.keys(other.findResources('AWS::CloudFront::KeyValueStore'));
    expect(otherStore).toBeDefined();
    expect(otherStore).not.toBe(store?.[0]);
    const same = buildStack({ stage: 'prod', withStaff: true, tenantIds: ['sample-town', 'matsudo'] }).template();
    expect(Object.keys(same.findResources('AWS::CloudFront::KeyValueStore'))).toEqual([store?.[0]]);
    // The served prefectures (their entry pages) are in the same store: another list, another store.
    const morePrefectures = buildStack({ stage: 'prod', withStaff: true, prefectureIds: ['chiba', 'saitama'] }).template();
    expect(Object.keys(morePrefectures.findResources('AWS::CloudFront::KeyValueStore'))).toHaveLength(1);
    expect(Object.keys(morePrefectures.findResources('AWS::CloudFront::KeyValueStore'))).not.toEqual([store?.[0]]);
  });

  it('caches hashed assets for long', () => {
    expect(behaviour('/assets/*').CachePolicyId).toBe(CACHING_OPTIMIZED);
  });

  it('never caches the public API and forwards no cookies or viewer address headers, only where a browser request comes from', () => {
    const api = behaviour('/api/*');
    expect(api.CachePolicyId).toBe(CACHING_DISABLED);
    expect(api.AllowedMethods).toContain('POST');
    const requestPolicies = template.findResources('AWS::CloudFront::OriginRequestPolicy');
    const config = requestPolicies[api.OriginRequestPolicyId.Ref]?.Properties.OriginRequestPolicyConfig;
    expect(config.CookiesConfig).toEqual({ CookieBehavior: 'none' });
    // Origin and Sec-Fetch-Site: the counting function refuses other sites' posts with them.
    expect(config.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['Content-Type', 'Accept', 'Origin', 'Sec-Fetch-Site'] });
    expect(config.HeadersConfig.Headers.map((h: string) => h.toLowerCase())).not.toEqual(expect.arrayContaining(['user-agent']));
  });

  it('forwards the staff bearer token only on the staff API, keyed by it and not kept', () => {
    const staff = behaviour('/api/staff/*');
    const config = template.findResources('AWS::CloudFront::CachePolicy')[staff.CachePolicyId.Ref]?.Properties.CachePolicyConfig;
    expect(config).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 1 });
    expect(config.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers).toEqual(['Authorization']);
    // Order matters: CloudFront takes the first match, so /api/staff/* must come before /api/*.
    const patterns = distribution.CacheBehaviors.map((b: Json) => b.PathPattern);
    expect(patterns.indexOf('/api/staff/*')).toBeLessThan(patterns.indexOf('/api/*'));
  });
});
