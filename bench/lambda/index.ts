/**
 * @module
 * The Lambda part of `npm run bench`: each function's bundle size (as
 * `cdk synth` builds it: index.mjs and the chunks it imports statically,
 * which every cold start reads) against the 150 KB budget, the chunks it
 * imports only on first use (a QR code, a CSV download, a channel import)
 * listed apart with their sizes, and its cold start —
 * import plus one answered request in a fresh process — as a ratio to the
 * hello-world Hono bundle, paired run by run so machine noise hits both.
 * The public function counts a real event against a local dynalite; the
 * staff function answers its sign-in refusal (401), which needs no database
 * and no key server but loads all the app that every cold request loads —
 * everything but the lazy chunks (test/infra/bundle.test.ts answers requests
 * that load those from the built package).
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { startDynalite } from '../../functions/local/dynalite';
import { ensureTables } from '../../functions/store/tables';
import { median, row, type BenchRow } from '../types';
import { buildLambdaBundles, type LambdaBundle } from './build';
import { apiGatewayEvent, timeColdStart } from './start';

const RUNS = Number(process.env.BENCH_LAMBDA_RUNS ?? 15);
const SIZE_BUDGET_BYTES = 150 * 1024;
const RATIO_BUDGET = 2;
const TABLE = 'kokoro-bench-lambda';

const requestFor = (name: LambdaBundle['name']) => {
  if (name === 'public') {
    const body = JSON.stringify({ type: 'complete', id: crypto.randomUUID(), mode: 'self', ageBand: '30s', gender: 'na', band: 'some', safetyFlag: false, topics: ['work'] });
    return { event: apiGatewayEvent({ method: 'POST', path: '/api/t/matsudo/events', headers: { 'content-type': 'application/json' }, body }), expect: 202 };
  }
  if (name === 'staff') return { event: apiGatewayEvent({ method: 'GET', path: '/api/staff/t/matsudo/report' }), expect: 401 };
  return { event: apiGatewayEvent({ method: 'GET', path: '/' }), expect: 200 };
};

export const benchLambda = async (): Promise<BenchRow[]> => {
  const bundles = buildLambdaBundles();
  const dynamo = await startDynalite();
  await ensureTables(dynamo.client, TABLE);
  // Only loopback: the SDK inside the bundle is pointed at dynalite through its standard endpoint variable.
  const env = {
    TABLE_NAME: TABLE,
    AWS_REGION: 'ap-northeast-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    STAFF_JWT_ISSUER: 'https://issuer.invalid/pool',
    STAFF_JWT_AUDIENCE: 'bench',
    STAFF_JWKS_URL: 'https://issuer.invalid/pool/.well-known/jwks.json',
    SITE_ORIGIN: 'https://kokoro.example.jp',
    // As a dev stage deploys it; matsudo is served either way.
    SERVE_TEST_TENANTS: 'true',
  };
  const samples = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const bundle of bundles) {
        const { event, expect } = requestFor(bundle.name);
        const sample = await timeColdStart(bundle.file, event, env);
        if (sample.status !== expect) throw new Error(`${bundle.name} answered ${sample.status}, expected ${expect}`);
        samples.get(bundle.name)?.push(sample.ms);
      }
    }
  } finally {
    await dynamo.close();
    // Every bundle sits in one synth folder: asset.<hash>/index.mjs.
    if (bundles[0]) rmSync(dirname(dirname(bundles[0].file)), { recursive: true, force: true });
  }

  const hello = samples.get('hello') ?? [];
  const rows: BenchRow[] = [];
  for (const bundle of bundles) {
    const ms = samples.get(bundle.name) ?? [];
    const isHello = bundle.name === 'hello';
    const { startup, lazy } = bundle.layout;
    const loaded = startup.length > 1 ? `index.mjs + ${startup.length - 1} static chunk(s), read by every cold start` : 'index.mjs, read by every cold start';
    rows.push(row('lambda', `${bundle.name} bundle size`, 'bytes', [bundle.bytes], isHello ? undefined : { limit: SIZE_BUDGET_BYTES, label: '≤ 150 KB' }, loaded));
    // Not in the budget: read only by the first request that needs them, then kept for the container's life.
    if (lazy.length > 0) {
      const listed = lazy.map((chunk) => `${chunk.file.replace(/^chunks\//, '')} ${chunk.loadBytes.toLocaleString('en')}`).join(', ');
      rows.push(row('lambda', `${bundle.name} lazy chunks`, 'bytes', [lazy.reduce((sum, chunk) => sum + chunk.loadBytes, 0)], undefined, `loaded on first use: ${listed}`));
    }
    rows.push(row('lambda', `${bundle.name} import + first answer`, 'ms', ms, undefined, `HTTP ${requestFor(bundle.name).expect}${bundle.name === 'public' ? ', counted in dynalite' : bundle.name === 'staff' ? ', sign-in refusal' : ''}`));
    if (!isHello) {
      const ratios = ms.map((value, i) => value / (hello[i] ?? Number.NaN));
      rows.push(row('lambda', `${bundle.name} start-up ÷ hello-world`, '×', ratios, { limit: RATIO_BUDGET, label: '≤ 2×' }, `paired runs; ratio of medians ${(median(ms) / median(hello)).toFixed(2)}×`));
    }
  }
  return rows;
};
