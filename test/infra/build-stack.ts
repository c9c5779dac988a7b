/**
 * @module
 * Builds the stack for tests from fixtures: a tiny front end and a stand-in
 * handler, with bundling switched off (`aws:cdk:bundling-stacks` = []) so a
 * synth takes seconds. The real bundle is exercised in bundle.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readSettings } from '../../infra/lib/settings';
import { KokoroStack } from '../../infra/lib/stack';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'infra', 'fixtures');
const STAND_IN = join(FIXTURES, 'lambda', 'handler.ts');

export interface BuildOptions {
  stage: 'dev' | 'prod';
  withStaff?: boolean;
  context?: Record<string, unknown>;
  bundle?: boolean;
  publicEntry?: string;
  staffEntry?: string;
  rollupEntry?: string;
  /** Tenants the stage serves (default: both fixtures' tenants). */
  tenantIds?: string[];
  /** Prefectures whose entry page the stage serves (default: the fixtures' tenants' one, chiba). */
  prefectureIds?: string[];
  /** Defaults to the fixture front end. */
  frontendDir?: string;
}

/** The feature flags in cdk.json, so tests synthesise what `cdk synth` does. */
const FEATURE_FLAGS: Record<string, unknown> = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')).context;

export function buildStack(options: BuildOptions): { app: App; stack: KokoroStack; template: () => Template } {
  const app = new App({
    context: {
      ...FEATURE_FLAGS,
      ...(options.bundle ? { 'aws:cdk:enable-asset-metadata': true } : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const settings = readSettings((key) => ({ stage: options.stage, ...options.context })[key]);
  const stack = new KokoroStack(app, `KokoroCheck-${options.stage}`, {
    settings,
    projectRoot: ROOT,
    frontendDir: options.frontendDir ?? join(FIXTURES, 'frontend'),
    publicEntry: options.publicEntry ?? STAND_IN,
    rollupEntry: options.rollupEntry ?? STAND_IN,
    ...(options.withStaff ? { staffEntry: options.staffEntry ?? STAND_IN } : {}),
    tenantIds: options.tenantIds ?? ['matsudo', 'sample-town'],
    prefectureIds: options.prefectureIds ?? ['chiba'],
    inlineHashes: { 'style-src': ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"], 'script-src': ["'sha256-cLuLWRsPTaKshaGU5NjcjrsGeeXMqmGDDucVukFuSKk='"] },
  });
  return { app, stack, template: () => Template.fromStack(stack) };
}
