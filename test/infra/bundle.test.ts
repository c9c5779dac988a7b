/**
 * @module
 * Bundles the real Lambda entries with the stack's own esbuild settings and
 * records each bundle's size (test-results/bundle-sizes.json, and the test
 * log): what a cold start has to load. The assertions pin the properties the
 * settings promise — ESM, minified, no source map, a `handler` export, no
 * development issuer in the staff bundle — and a size ceiling that catches
 * an accidental dependency, not a tuning target.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent } from '../../bench/lambda/start';
import { startTestDynamo, type TestDynamo } from '../integration/helpers/dynamo';
import { buildStack, ROOT } from './build-stack';

const PUBLIC_ENTRY = join(ROOT, 'functions', 'lambda', 'public.ts');
const STAFF_ENTRY = join(ROOT, 'functions', 'lambda', 'staff.ts');
const ROLLUP_ENTRY = join(ROOT, 'functions', 'lambda', 'rollup.ts');
const CEILING_BYTES = 1_500_000;

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo('kokoro-test-bundles');
});
afterAll(async () => {
  await dynamo.close();
});

/** Runs the deployed artifact as Lambda would, in a fresh process with only Lambda's variables, against dynalite (asynchronously: dynalite answers from this process). */
const invokeBundle = async (file: string, event: object) => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', 'const { handler } = await import(process.argv[1]); console.log(JSON.stringify(await handler(JSON.parse(process.argv[2]), {})));', pathToFileURL(file).href, JSON.stringify(event)], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        TABLE_NAME: dynamo.tableName,
        SERVE_TEST_TENANTS: 'false',
        SITE_ORIGIN: 'https://kokoro.example.jp',
        AWS_REGION: 'ap-northeast-1',
        AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'example',
        AWS_SESSION_TOKEN: 'example-token',
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      },
    });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { statusCode: number; body: string };
};

/**
 * Sends the event as the page does: again after a 503. The artifact gives DynamoDB 1.5 s per call
 * (functions/lambda/counting-client.ts); on a busy machine dynalite, answering from this test's process,
 * can miss that, and the function then answers 503 for the page to retry. What counts is the
 * answer the retry finally gets, and that the event is counted exactly once.
 */
const invokeAsThePage = async (file: string, event: object, attempts = 5) => {
  for (let n = 1; ; n++) {
    const answer = await invokeBundle(file, event);
    if (answer.statusCode !== 503 || n >= attempts) return answer;
    console.info(`public bundle answered 503 (attempt ${n}), retrying as the page would: ${answer.body}`);
  }
};

describe('Lambda bundles', () => {
  it('bundles each function as minified ESM without source maps and records its size', async () => {
    const withStaff = existsSync(STAFF_ENTRY);
    const { app, stack } = buildStack({ stage: 'dev', bundle: true, withStaff, publicEntry: PUBLIC_ENTRY, staffEntry: STAFF_ENTRY, rollupEntry: ROLLUP_ENTRY });
    const assembly = app.synth();
    const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, any> };
    const sizes: Record<string, { bytes: number; gzipBytes: number }> = {};

    for (const resource of Object.values(template.Resources)) {
      const description = String(resource.Properties?.Description ?? '');
      const name = description.includes('resident') ? 'public' : description.includes('staff') ? 'staff' : description.includes('rollup') ? 'rollup' : undefined;
      if (resource.Type !== 'AWS::Lambda::Function' || !name) continue;
      const packageDir = join(assembly.directory, resource.Metadata['aws:asset:path']);
      const code = readFileSync(join(packageDir, 'index.mjs'), 'utf8');
      sizes[name] = { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };

      expect(code.startsWith("import { createRequire as __cr } from 'node:module';")).toBe(true);
      expect(code).not.toContain('sourceMappingURL');
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
      // Minified: no line of the bundle reads like indented source.
      expect(code.split('\n').length).toBeLessThan(200);
      expect(sizes[name].bytes).toBeLessThan(CEILING_BYTES);
      // The development issuer's seeded accounts are string data, which survives minification if it is ever bundled.
      if (name === 'staff') expect(code).not.toMatch(/matsudo-(staff|admin)-dev/);
      // No AWS SDK at all, neither imported from the runtime nor carried: loading it was ≈ 130 ms of every cold start.
      // DynamoDB is reached by functions/dynamo/http.ts over node:https instead.
      expect(code).not.toMatch(/["']@(aws-sdk|smithy)\//);
      expect(code).toContain('DynamoDB_20120810.');
      expect(code).toMatch(/from\s*"node:https"/);
      // Run-time files the staff function reads: resvg's wasm (resolved through its package.json) and the label font with its licence.
      const packageFiles = readdirSync(packageDir, { recursive: true }).map(String).sort();
      const runtimeFiles = ['fonts/NotoSansJP-Regular.otf', 'fonts/OFL.txt', 'node_modules/@resvg/resvg-wasm/index.mjs', 'node_modules/@resvg/resvg-wasm/index_bg.wasm', 'node_modules/@resvg/resvg-wasm/package.json'];
      if (name === 'staff') {
        expect(packageFiles).toEqual(expect.arrayContaining(runtimeFiles));
        // The PNG renderer is not in the bundle: imported on first use from the package's own node_modules.
        expect(code).toMatch(/import\(\s*"@resvg\/resvg-wasm"\s*\)/);
        const probe = "const m = await import('@resvg/resvg-wasm'); const { readFile } = await import('node:fs/promises'); await m.initWasm(await readFile('node_modules/@resvg/resvg-wasm/index_bg.wasm')); console.log(typeof m.Resvg);";
        expect(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: packageDir, encoding: 'utf8' }).trim()).toBe('function');
      } else expect(packageFiles).toEqual(['index.mjs']);
      if (name === 'staff') expect(readFileSync(join(packageDir, 'fonts', 'OFL.txt'), 'utf8')).toContain('SIL Open Font License');
      if (name === 'public') {
        // The artifact itself counts an event through its own DynamoDB client, and a retry of it once.
        const event = apiGatewayEvent({ method: 'POST', path: '/api/t/matsudo/events', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'view', id: crypto.randomUUID(), src: 'sticker-cityhall' }) });
        expect(await invokeAsThePage(join(packageDir, 'index.mjs'), event)).toMatchObject({ statusCode: 202, body: '{"status":"counted"}' });
        expect(await invokeAsThePage(join(packageDir, 'index.mjs'), event)).toMatchObject({ statusCode: 200, body: '{"status":"duplicate"}' });
        const counters = (await dynamo.scanAll()).filter((item) => item.pk?.S?.startsWith('C#matsudo#'));
        expect(counters).toHaveLength(1);
        expect(Object.entries(counters[0] ?? {}).filter(([, value]) => value.N === '1').length).toBeGreaterThan(0);
      }
    }

    expect(Object.keys(sizes).sort()).toEqual(withStaff ? ['public', 'rollup', 'staff'] : ['public', 'rollup']);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    console.info('Lambda bundle sizes (bytes):', JSON.stringify(sizes));
  });
});
