/**
 * @module
 * Copies the built front end (dist/frontend) into the site bucket in two
 * passes. Hashed assets go first with a one-year immutable cache and are never
 * pruned, so a page still cached somewhere keeps finding its scripts; pages go
 * second with a short cache, prune what the build dropped, and invalidate the
 * CDN. The staff dashboard's sign-in settings are written beside it as JSON.
 */
import { join } from 'node:path';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Browsers revalidate every time; the edge keeps a page for five minutes and a deploy invalidates it. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, must-revalidate';
/** Build outputs that are for the synth, not for residents. */
const NOT_PUBLISHED = ['assets/*', 'csp-hashes.json'];

export interface SiteContentProps {
  frontendDir: string;
  bucket: Bucket;
  distribution: Distribution;
  /** Written to `staff/config.json` (deploy-time values such as the Cognito client id). */
  staffConfig: Record<string, string>;
}

export class SiteContent extends Construct {
  constructor(scope: Construct, id: string, props: SiteContentProps) {
    super(scope, id);
    const assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(join(props.frontendDir, 'assets'))],
      destinationBucket: props.bucket,
      destinationKeyPrefix: 'assets/',
      cacheControl: [CacheControl.fromString(ASSET_CACHE_CONTROL)],
      prune: false,
      memoryLimit: 512,
    });
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [
        Source.asset(props.frontendDir, { exclude: NOT_PUBLISHED }),
        Source.jsonData('staff/config.json', props.staffConfig),
      ],
      destinationBucket: props.bucket,
      // Excluded keys are also left alone by pruning, so the assets above survive this pass.
      exclude: NOT_PUBLISHED,
      cacheControl: [CacheControl.fromString(PAGE_CACHE_CONTROL)],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    pages.node.addDependency(assets);
  }
}
