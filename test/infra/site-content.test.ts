/**
 * @module
 * What a deploy uploads, read from the staged assets of a real synth of the
 * fixture front end: hashed files (assets/ and the dashboard's staff/assets/)
 * cached for a year and never pruned, pages cached briefly, no precompressed
 * `.br`/`.gz` twin anywhere, no page of a tenant the stage does not serve,
 * and `staff/config.json` only as generated at deploy time with the Cognito
 * values — plus the CloudFront behaviours the dashboard's files meet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from '../../infra/lib/site-content';
import { NEUTRAL_PAGE_PATH, NOT_FOUND_FILE } from '../../shared/site';
import { buildStack } from './build-stack';

type Json = Record<string, any>;
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

let assemblyDir: string;
let resources: Record<string, Json>;
const deployments = (): Json[] => Object.values(resources).filter((r) => r.Type === 'Custom::CDKBucketDeployment').map((r) => r.Properties);
const deploymentTo = (prefix: string | undefined): Json => {
  const found = deployments().find((d) => d.DestinationBucketKeyPrefix === prefix);
  if (!found) throw new Error(`no deployment to ${prefix ?? 'the bucket root'}`);
  return found;
};
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
/** The files a deployment's n-th source uploads, as staged in the cloud assembly. */
const staged = (deployment: Json, n = 0): string => join(assemblyDir, `asset.${String(deployment.SourceObjectKeys[n]).replace(/\.zip$/, '')}`);

beforeAll(() => {
  // Production serving matsudo only: sample-town's page is built (fixture) but not served.
  const { app, stack } = buildStack({ stage: 'prod', withStaff: true, tenantIds: ['matsudo'] });
  const assembly = app.synth();
  assemblyDir = assembly.directory;
  resources = (assembly.getStackByName(stack.stackName).template as Json).Resources;
});

describe('site upload', () => {
  it('uploads hashed files for a year, unpruned, without precompressed twins', () => {
    for (const prefix of ['assets/', 'staff/assets/']) {
      const deployment = deploymentTo(prefix);
      expect(deployment.SystemMetadata).toEqual({ 'cache-control': ASSET_CACHE_CONTROL });
      expect(deployment.Prune).toBe(false);
    }
    expect(filesIn(staged(deploymentTo('assets/')))).toEqual(['app-0000.js', 'matsudo-0000.json']);
    expect(filesIn(staged(deploymentTo('staff/assets/')))).toEqual(['dashboard-0000.js']);
  });

  it('uploads pages with a short cache, leaving out other passes, twins, unserved tenants and the build\'s config.json', () => {
    const pages = deploymentTo(undefined);
    expect(pages.SystemMetadata).toEqual({ 'cache-control': PAGE_CACHE_CONTROL });
    expect(pages.Prune).toBe(true);
    // Spared by pruning: what the hashed passes uploaded.
    expect(pages.Exclude).toEqual(expect.arrayContaining(['assets/*', 'staff/assets/*']));
    expect(pages.Exclude).not.toContain('t/sample-town');
    // The fixture build has entry pages for chiba (served: matsudo is there) and osaka (no town of this stage).
    expect(filesIn(staged(pages))).toEqual(['calendar/index.html', 'index.html', 'not-found.html', 'p/chiba/index.html', 'staff/index.html', 't/matsudo/index.html']);
  });

  it('uploads, with the pages, the files the viewer-request function rewrites to', () => {
    const files = filesIn(staged(deploymentTo(undefined)));
    expect(files).toContain(NOT_FOUND_FILE);
    expect(files).toContain(`${NEUTRAL_PAGE_PATH.slice(1)}index.html`);
  });

  it('writes staff/config.json at deploy time with the Cognito sign-in values', () => {
    const pages = deploymentTo(undefined);
    const config = JSON.parse(readFileSync(join(staged(pages, 1), 'staff', 'config.json'), 'utf8'));
    expect(Object.keys(config).sort()).toEqual(['clientId', 'issuer', 'redirectUri', 'signInDomain']);
    const markers = JSON.stringify(pages.SourceMarkers[1]);
    // Filled in by CloudFormation: the pool, its dashboard client, its sign-in domain, the distribution.
    for (const ref of ['AuthStaffPool', 'Dashboard', 'HostedSignIn', 'HostingDistribution']) expect(markers).toContain(ref);
    expect(config.redirectUri).toMatch(/^https:\/\/.+\/staff\/$/);
    expect(config.issuer).toMatch(/^https:\/\/cognito-idp\./);
  });

  it('uploads every built tenant page where the stage serves them all', () => {
    const { app, stack } = buildStack({ stage: 'dev' });
    const assembly = app.synth();
    const template = assembly.getStackByName(stack.stackName).template as Json;
    const pages = Object.values<Json>(template.Resources).find((r) => r.Type === 'Custom::CDKBucketDeployment' && !r.Properties.DestinationBucketKeyPrefix);
    const dir = join(assembly.directory, `asset.${String(pages?.Properties.SourceObjectKeys[0]).replace(/\.zip$/, '')}`);
    expect(filesIn(dir)).toContain('t/sample-town/index.html');
    expect(filesIn(dir)).not.toContain('p/osaka/index.html');
  });
});

describe('dashboard behaviours', () => {
  it('caches the dashboard\'s hashed files long, with the residents\' lean asset headers, before the /staff/* pages', () => {
    const distribution = Object.values(resources).find((r) => r.Type === 'AWS::CloudFront::Distribution')?.Properties.DistributionConfig;
    const patterns = distribution.CacheBehaviors.map((b: Json) => b.PathPattern);
    expect(patterns.indexOf('/staff/assets/*')).toBeLessThan(patterns.indexOf('/staff/*'));
    const assets = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === '/staff/assets/*');
    const pages = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === '/staff/*');
    expect(assets.CachePolicyId).toBe(CACHING_OPTIMIZED);
    const residentAssets = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === '/assets/*');
    expect(assets.ResponseHeadersPolicyId).toEqual(residentAssets.ResponseHeadersPolicyId);
    expect(assets.ResponseHeadersPolicyId).not.toEqual(pages.ResponseHeadersPolicyId);
    expect(assets.FunctionAssociations ?? []).toEqual([]);
  });
});
