/**
 * @module
 * Builds the Lambda bundles exactly as `cdk synth` builds them: a throwaway
 * CDK app holding infra's own `AppFunction` construct for each entry (the
 * public and staff functions and the hello-world yardstick), synthesised
 * with bundling on. Reusing the construct rather than copying its esbuild
 * options means the bench can never measure a build that is not deployed.
 * Each bundle's size is what its cold start loads (./layout): `index.mjs`
 * and the chunks it imports statically; chunks imported on first use are
 * listed beside it.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { STAFF_EXTERNAL_MODULES } from '../../infra/lib/api';
import { AppFunction } from '../../infra/lib/function';
import { bundleLayout, type BundleLayout } from './layout';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export interface LambdaBundle {
  name: 'public' | 'staff' | 'hello';
  /** Absolute path of the bundled index.mjs. */
  file: string;
  /** What every cold start reads: index.mjs and its static chunks. */
  bytes: number;
  layout: BundleLayout;
}

const ENTRIES = {
  public: join(ROOT, 'functions', 'lambda', 'public.ts'),
  staff: join(ROOT, 'functions', 'lambda', 'staff.ts'),
  hello: join(ROOT, 'bench', 'lambda', 'hello.ts'),
} as const;

export const buildLambdaBundles = (): LambdaBundle[] => {
  // Inside the repository, so a bundle that leaves the AWS SDK to the Lambda runtime resolves it from
  // node_modules on disk — loading it is part of the cold start there too (the runtime's copy may differ in version).
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'kokoro-lambda-bundles-'));
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new Stack(app, 'BenchBundles');
  const names = (Object.keys(ENTRIES) as LambdaBundle['name'][]).filter((name) => existsSync(ENTRIES[name]));
  const functions = names.map((name) => ({
    name,
    construct: new AppFunction(stack, `Fn-${name}`, {
      entry: ENTRIES[name],
      projectRoot: ROOT,
      environment: {},
      timeout: Duration.seconds(10),
      description: name,
      // As infra/lib/api.ts bundles the staff function: the PNG renderer stays outside, loaded on first use.
      ...(name === 'staff' ? { externalModules: STAFF_EXTERNAL_MODULES } : {}),
    }),
  }));
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, { Type: string; Properties?: { Description?: string }; Metadata?: Record<string, string> }> };
  return functions.map(({ name }) => {
    const resource = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Description === name);
    const assetPath = resource?.Metadata?.['aws:asset:path'];
    if (!assetPath) throw new Error(`No bundled asset for the ${name} function`);
    const file = join(assembly.directory, assetPath, 'index.mjs');
    const layout = bundleLayout(dirname(file));
    return { name, file, bytes: layout.startupBytes, layout };
  });
};
