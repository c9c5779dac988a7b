/**
 * @module
 * Bundles the real Lambda entries with the stack's own esbuild settings and
 * records each bundle's size (test-results/bundle-sizes.json, and the test
 * log): what a cold start has to load. The assertions pin the properties the
 * settings promise — ESM, minified, no source map, a `handler` export, no
 * development issuer in the staff bundle — and a size ceiling that catches
 * an accidental dependency, not a tuning target. The staff function's QR
 * encoder, CSV writer and channel importer are chunks loaded on first use:
 * the split is pinned, and each is loaded by a cold request to the built
 * package, signed in with a token from a local key server.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLayout } from '../../bench/lambda/layout';
import { apiGatewayEvent } from '../../bench/lambda/start';
import { createDevIssuerApp, DEV_ACCOUNTS, generateSigningKey } from '../../functions/auth/dev-issuer';
import { QR_FONT_FILE } from '../../infra/lib/api';
import { startTestDynamo, type TestDynamo } from '../integration/helpers/dynamo';
import { buildStack, ROOT } from './build-stack';

const PUBLIC_ENTRY = join(ROOT, 'functions', 'lambda', 'public.ts');
const STAFF_ENTRY = join(ROOT, 'functions', 'lambda', 'staff.ts');
const ROLLUP_ENTRY = join(ROOT, 'functions', 'lambda', 'rollup.ts');
const CEILING_BYTES = 1_500_000;
/** The built staff package, kept by the first test for the cold requests of the second. */
let staffPackage: string | undefined;

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo('kokoro-test-bundles');
});
afterAll(async () => {
  await dynamo.close();
});

interface LambdaAnswer {
  statusCode: number;
  body: string;
  headers?: Record<string, string>;
  isBase64Encoded?: boolean;
}

/** Runs the deployed artifact as Lambda would, in a fresh process with only Lambda's variables, against dynalite (asynchronously: dynalite answers from this process). */
const invokeBundle = async (file: string, event: object, env: Record<string, string> = {}): Promise<LambdaAnswer> => {
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
        ...env,
      },
    });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as LambdaAnswer;
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
    const sizes: Record<string, { bytes: number; gzipBytes: number; lazy?: Record<string, number> }> = {};

    for (const resource of Object.values(template.Resources)) {
      const description = String(resource.Properties?.Description ?? '');
      const name = description.includes('resident') ? 'public' : description.includes('staff') ? 'staff' : description.includes('rollup') ? 'rollup' : undefined;
      if (resource.Type !== 'AWS::Lambda::Function' || !name) continue;
      const packageDir = join(assembly.directory, resource.Metadata['aws:asset:path']);
      const code = readFileSync(join(packageDir, 'index.mjs'), 'utf8');
      // What every cold start loads (index.mjs and its static chunks), and every file of code in the package.
      const layout = bundleLayout(packageDir);
      const startupCode = layout.startup.map(({ file }) => readFileSync(join(packageDir, file), 'utf8')).join('\n');
      const packageFiles = readdirSync(packageDir, { recursive: true }).map(String).sort();
      const codeFiles = packageFiles.filter((file) => file.endsWith('.mjs') && !file.startsWith('node_modules/'));
      sizes[name] = {
        bytes: layout.startupBytes,
        gzipBytes: gzipSync(startupCode, { level: 9 }).length,
        ...(layout.lazy.length > 0 ? { lazy: Object.fromEntries(layout.lazy.map((chunk) => [chunk.file, chunk.loadBytes])) } : {}),
      };
      expect(sizes[name].bytes).toBeLessThan(CEILING_BYTES);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);

      for (const file of codeFiles) {
        const text = readFileSync(join(packageDir, file), 'utf8');
        expect(text.startsWith("import { createRequire as __cr } from 'node:module';"), file).toBe(true);
        expect(text, file).not.toContain('sourceMappingURL');
        // Minified: no line of the bundle reads like indented source.
        expect(text.split('\n').length, file).toBeLessThan(200);
        // The development issuer's seeded accounts are string data, which survives minification if it is ever bundled.
        if (name === 'staff') expect(text, file).not.toMatch(/matsudo-(staff|admin)-dev/);
        // No AWS SDK at all, neither imported from the runtime nor carried: loading it was ≈ 130 ms of every cold start.
        expect(text, file).not.toMatch(/["']@(aws-sdk|smithy)\//);
      }
      // DynamoDB is reached by functions/dynamo/http.ts over node:https instead.
      expect(startupCode).toContain('DynamoDB_20120810.');
      expect(startupCode).toMatch(/from\s*"node:https"/);
      // Run-time files the staff function reads: resvg's wasm (resolved through its package.json) and the label font with its licence.
      const runtimeFiles = ['fonts/NotoSansJP-Regular.otf', 'fonts/OFL.txt', 'node_modules/@resvg/resvg-wasm/index.mjs', 'node_modules/@resvg/resvg-wasm/index_bg.wasm', 'node_modules/@resvg/resvg-wasm/package.json'];
      if (name === 'staff') {
        expect(packageFiles).toEqual(expect.arrayContaining(runtimeFiles));
        // The PNG renderer is not in the bundle: imported on first use from the package's own node_modules.
        expect(startupCode).toMatch(/import\(\s*"@resvg\/resvg-wasm"\s*\)/);
        const probe = "const m = await import('@resvg/resvg-wasm'); const { readFile } = await import('node:fs/promises'); await m.initWasm(await readFile('node_modules/@resvg/resvg-wasm/index_bg.wasm')); console.log(typeof m.Resvg);";
        expect(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: packageDir, encoding: 'utf8' }).trim()).toBe('function');
        // The split itself: the QR encoder, the CSV writer and the channel importer are chunks of their own, which
        // no cold start reads until a request needs one. A static import of any of them would merge it back.
        expect(layout.lazy.map((chunk) => chunk.file.replace(/^chunks\/(.+)-[A-Z0-9]+\.mjs$/, '$1')).sort()).toEqual(['csv', 'import', 'svg']);
        staffPackage = packageDir;
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
  it('answers staff requests that need a lazy chunk from the built package, each in a fresh process', async (ctx) => {
    if (!staffPackage) return ctx.skip();
    const packageDir = staffPackage;
    // A local key server with the development issuer's key: the token is checked by signature, as in production.
    const key = await generateSigningKey();
    const jwks: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [key.publicJwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const issuerUrl = 'https://issuer.invalid/bundle-test';
    const audience = 'kokoro-bundle-test';
    const issuer = createDevIssuerApp({ issuer: issuerUrl, audience, key });
    const tokenOf = async (username: string) => {
      const password = DEV_ACCOUNTS.find((a) => a.username === username)?.password;
      const res = await issuer.request('/token', { method: 'POST', body: JSON.stringify({ username, password }) });
      return ((await res.json()) as { id_token: string }).id_token;
    };
    const env = {
      STAFF_JWT_ISSUER: issuerUrl,
      STAFF_JWT_AUDIENCE: audience,
      STAFF_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`,
      QR_FONT_FILES: join(packageDir, QR_FONT_FILE),
    };
    const call = async (token: string, request: Parameters<typeof apiGatewayEvent>[0]) =>
      invokeBundle(join(packageDir, 'index.mjs'), apiGatewayEvent({ ...request, headers: { authorization: `Bearer ${token}`, ...request.headers } }), env);
    try {
      const [admin, staff] = await Promise.all([tokenOf('admin@matsudo'), tokenOf('staff@matsudo')]);
      // The importer: a bad file is refused line by line in Japanese, a good one registers its channels.
      const bad = await call(admin, { method: 'POST', path: '/api/staff/t/matsudo/channels/import', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ csv: 'tag,label,kind\nbundle-sticker,市役所1階,poster\n' }) });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body)).toMatchObject({ error: 'invalid_import', issues: [{ path: 'line 2' }] });
      const imported = await call(admin, { method: 'POST', path: '/api/staff/t/matsudo/channels/import', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ csv: 'tag,label,kind\nbundle-sticker,市役所1階 ステッカー,sticker\n' }) });
      expect(imported.statusCode).toBe(201);
      expect(JSON.parse(imported.body)).toMatchObject({ channels: [{ tag: 'bundle-sticker', url: 'https://kokoro.example.jp/t/matsudo/?src=bundle-sticker' }] });

      // The QR encoder: an SVG, and a PNG through resvg and the packaged font that decodes back to the channel URL.
      const svg = await call(staff, { method: 'GET', path: '/api/staff/t/matsudo/channels/bundle-sticker/qr.svg' });
      expect(svg).toMatchObject({ statusCode: 200, headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
      expect(svg.body).toContain('市役所1階 ステッカー</text>');
      const png = await call(staff, { method: 'GET', path: '/api/staff/t/matsudo/channels/bundle-sticker/qr.png', query: 'size=sticker' });
      expect(png).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'image/png' } });
      const image = PNG.sync.read(Buffer.from(png.body, 'base64'));
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe('https://kokoro.example.jp/t/matsudo/?src=bundle-sticker');

      // The CSV writer: the 庁内用 file with its column heading.
      const csv = await call(staff, { method: 'GET', path: '/api/staff/t/matsudo/report.csv', query: 'fy=2026' });
      // As bytes, so the byte-order mark Excel needs survives the Lambda adapter.
      expect(csv).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'text/csv; charset=utf-8' } });
      const bytes = Buffer.from(csv.body, 'base64');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('【庁内用】');
      expect(text).toContain('期間,区分,項目,件数');
    } finally {
      await new Promise((resolve) => jwks.close(resolve));
    }
  }, 180_000);
});
