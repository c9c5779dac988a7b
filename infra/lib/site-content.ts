/**
 * @module
 * Copies the built front end (dist/frontend) into the site bucket in passes.
 * Hashed files (`assets/`, and the dashboard's `staff/assets/` once built) go
 * first with a one-year immutable cache and are never pruned, so a page still
 * cached somewhere keeps finding its scripts and tenant data; pages go last
 * with a short cache, prune what the build dropped, and invalidate the CDN.
 * The build's precompressed `.br`/`.gz` twins stay behind (CloudFront
 * compresses by itself and would serve them as plain files), and so do the
 * pages of tenants this stage does not serve (test-only ones in production)
 * and the entry pages of prefectures none of its tenants is in.
 * The staff dashboard's sign-in settings are written at deploy time as
 * `staff/config.json`; a config.json from the build never reaches the bucket.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

// No `public`: responses without Authorization are cacheable anyway, and every byte counts in the first round trip.
export const ASSET_CACHE_CONTROL = 'max-age=31536000, immutable';
/** Browsers revalidate every time; the edge keeps a page for five minutes and a deploy invalidates it. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, must-revalidate';
/** Folders of content-hashed files, relative to dist/frontend, with the construct id of their pass. */
export const HASHED_DIRS = { assets: 'Assets', 'staff/assets': 'StaffAssets' } as const;
export const STAFF_CONFIG_KEY = 'staff/config.json';
/** Precompressed twins made for `npm start` and the budget; never uploaded. */
const PRECOMPRESSED = ['*.br', '*.gz'];
/** Build outputs for the synth, not for residents. */
const SERVER_ONLY = ['csp-hashes.json'];

export interface SiteContentProps {
  frontendDir: string;
  bucket: Bucket;
  distribution: Distribution;
  /** Tenants this stage serves; other tenants' prerendered pages are left out (and pruned). */
  tenantIds: readonly string[];
  /** Prefectures this stage serves; other prefectures' entry pages are left out (and pruned). */
  prefectureIds: readonly string[];
  /** Written to `staff/config.json` (deploy-time values such as the Cognito client id). */
  staffConfig: Record<string, string>;
}

/** Page folders the build made under `folder` (`t/<tenant>/`, `p/<prefecture>/`) whose id this stage does not serve. */
export function unservedPages(frontendDir: string, folder: 't' | 'p', servedIds: readonly string[]): string[] {
  const dir = join(frontendDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !servedIds.includes(entry.name))
    .map((entry) => `${folder}/${entry.name}`);
}

export class SiteContent extends Construct {
  constructor(scope: Construct, id: string, props: SiteContentProps) {
    super(scope, id);
    const hashedDirs = Object.entries(HASHED_DIRS).filter(([dir]) => existsSync(join(props.frontendDir, dir)));
    const hashed = hashedDirs.map(
      ([dir, constructId]) =>
        new BucketDeployment(this, constructId, {
          sources: [Source.asset(join(props.frontendDir, dir), { exclude: PRECOMPRESSED })],
          destinationBucket: props.bucket,
          destinationKeyPrefix: `${dir}/`,
          cacheControl: [CacheControl.fromString(ASSET_CACHE_CONTROL)],
          prune: false,
          memoryLimit: 512,
        }),
    );
    // Deployment-level excludes are also spared by pruning: the hashed passes' files must survive this one.
    const keptByPruning = [...hashedDirs.map(([dir]) => `${dir}/*`), ...SERVER_ONLY];
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [
        Source.asset(props.frontendDir, {
          // Left out of the source only, so pruning deletes any copy an earlier deploy left behind.
          exclude: [
            ...keptByPruning,
            ...PRECOMPRESSED,
            ...unservedPages(props.frontendDir, 't', props.tenantIds),
            ...unservedPages(props.frontendDir, 'p', props.prefectureIds),
            STAFF_CONFIG_KEY,
          ],
        }),
        Source.jsonData(STAFF_CONFIG_KEY, props.staffConfig),
      ],
      destinationBucket: props.bucket,
      exclude: keptByPruning,
      cacheControl: [CacheControl.fromString(PAGE_CACHE_CONTROL)],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    for (const pass of hashed) pages.node.addDependency(pass);
  }
}
