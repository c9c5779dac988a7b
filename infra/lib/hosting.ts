/**
 * @module
 * The one public address: CloudFront in front of a private S3 bucket (Origin
 * Access Control, no website endpoint) and of the HTTP API under `/api/*`, so
 * pages and counting share an origin and need no CORS. Hashed assets cache for
 * a year; pages for minutes, so a corrected helpline reaches residents the
 * same day. API requests are never cached and carry no cookies and no
 * viewer-address headers to the origin.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  ImportSource,
  KeyValueStore,
  FunctionEventType,
  FunctionRuntime,
  Function as EdgeFunction,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { apiCachePolicies } from './cache-policies';
import { ASSET_PATH_PATTERNS, type InlineHashes } from '../../functions/http/security';
import { assetHeadersPolicy, pageContentSecurityPolicy, securityHeadersPolicy, withSources } from './headers';
import { servedKeyValueData, servedListHash, viewerRequestSource } from './viewer-request';

export interface HostingProps {
  production: boolean;
  tenantIds: readonly string[];
  /** The prefectures of the served tenants: their entry pages (`/p/<id>/`) are served too. */
  prefectureIds: readonly string[];
  inlineHashes: InlineHashes;
  httpApi: HttpApi;
  /** Origins the staff dashboard may call besides its own (the Cognito sign-in domain). */
  staffConnectOrigins: readonly string[];
  /** Adds the `/api/staff/*` behaviour that forwards the Authorization header. */
  withStaffApi: boolean;
  domainName?: string;
  certificateArn?: string;
  /** The edge WebACL (infra/lib/edge-waf.ts) limiting the counting route per client and per municipality. */
  webAclArn?: string | undefined;
}

/** Viewer headers CloudFront passes to the API: none names the viewer's address or device. */
export const API_FORWARDED_HEADERS = ['Content-Type', 'Accept', 'Origin', 'Sec-Fetch-Site'] as const;

export class Hosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://host` residents and staff use. */
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: HostingProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Old page versions are only for rolling back a bad deploy.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.production,
    });

    const pageCsp = pageContentSecurityPolicy(props.inlineHashes);
    const pageHeaders = securityHeadersPolicy(this, 'PageHeaders', pageCsp);
    const staffHeaders = securityHeadersPolicy(this, 'StaffHeaders', withSources(pageCsp, 'connect-src', props.staffConnectOrigins));
    const assetHeaders = assetHeadersPolicy(this, 'AssetHeaders');
    const pageCache = new CachePolicy(this, 'PageCache', {
      comment: 'kokoro-check pages: minutes at the edge, query strings (?src=) not part of the key',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.hours(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const served = { tenantIds: props.tenantIds, prefectureIds: props.prefectureIds };
    const rewrite = new EdgeFunction(this, 'ViewerRequest', {
      comment: 'kokoro-check: page addresses to their prerendered files, unknown ones to the not-found page',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(viewerRequestSource()),
      // CloudFormation imports a KeyValueStore's data only when it creates it, so the list's hash is in its id:
      // a changed list makes a new store (and the function moves to it) instead of leaving the old ids in place.
      keyValueStore: new KeyValueStore(this, `Served${servedListHash(served)}`, {
        comment: 'kokoro-check: the tenant and prefecture ids this deployment serves (read by the viewer-request function)',
        source: ImportSource.fromInline(servedKeyValueData(served)),
      }),
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const page = (responseHeadersPolicy = pageHeaders): BehaviorOptions => ({
      origin: siteOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: pageCache,
      responseHeadersPolicy,
      functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
    });

    const apiOrigin = new HttpOrigin(`${props.httpApi.apiId}.execute-api.${Stack.of(this).region}.amazonaws.com`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    const apiRequest = new OriginRequestPolicy(this, 'ApiRequest', {
      comment: 'kokoro-check API: body type, query and where a browser request comes from; no cookies, no viewer address or device headers',
      cookieBehavior: OriginRequestCookieBehavior.none(),
      // Origin and Sec-Fetch-Site let the counting function refuse other sites' posts (functions/http/origin.ts).
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_FORWARDED_HEADERS),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
    });
    const api = (cachePolicy: CachePolicy | typeof CachePolicy.CACHING_DISABLED): BehaviorOptions => ({
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy,
      originRequestPolicy: apiRequest,
      responseHeadersPolicy: pageHeaders,
    });

    // Hashed files, residents' and staff's alike: cached long, lean headers (the same paths the local server treats so).
    const asset: BehaviorOptions = { ...page(assetHeaders), cachePolicy: CachePolicy.CACHING_OPTIMIZED, functionAssociations: [] };
    const [residentAssets, staffAssets] = ASSET_PATH_PATTERNS;
    const additionalBehaviors: Record<string, BehaviorOptions> = {
      [residentAssets]: asset,
      // Before /staff/*: CloudFront takes the first matching pattern.
      [staffAssets]: asset,
      '/staff/*': page(staffHeaders),
    };
    if (props.withStaffApi) additionalBehaviors['/api/staff/*'] = api(apiCachePolicies(this).staff);
    additionalBehaviors['/api/*'] = api(CachePolicy.CACHING_DISABLED);

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'kokoro-check',
      defaultBehavior: page(),
      additionalBehaviors,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Price class 200 includes Japan and the rest of Asia; the all-locations class only adds cost.
      priceClass: PriceClass.PRICE_CLASS_200,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...(props.domainName && props.certificateArn
        ? {
            // Only a custom certificate can pin the TLS policy; the default *.cloudfront.net one is fixed by AWS.
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            domainNames: [props.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
          }
        : {}),
    });
    this.siteUrl = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
  }
}
