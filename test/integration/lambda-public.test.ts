/**
 * The resident Lambda entry itself (functions/lambda/public.ts), called with
 * synthetic API Gateway v2 events against dynalite: a base64 body is decoded
 * and counted, and a body marked base64 that is none is a JSON 400 with the
 * API's headers — not the adapter's plain-text 500 — and counts nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LambdaEvent } from 'hono/aws-lambda';
import { apiGatewayEvent } from '../../bench/lambda/start';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
let handler: typeof import('../../functions/lambda/public').handler;
beforeAll(async () => {
  dynamo = await startTestDynamo('kokoro-test-lambda-public');
  vi.stubEnv('TABLE_NAME', dynamo.tableName);
  vi.stubEnv('SERVE_TEST_TENANTS', 'false');
  vi.stubEnv('SITE_ORIGIN', 'https://kokoro.example.jp');
  vi.stubEnv('AWS_REGION', 'ap-northeast-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
  vi.stubEnv('AWS_SESSION_TOKEN', '');
  vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', dynamo.endpoint);
  ({ handler } = await import('../../functions/lambda/public'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dynamo?.close();
});

const eventsPost = (body: string, isBase64Encoded: boolean, headers: Record<string, string> = {}) => ({
  ...apiGatewayEvent({ method: 'POST', path: '/api/t/matsudo/events', headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers }, body }),
  body,
  isBase64Encoded,
  // The synthetic context carries only what the adapter reads.
}) as unknown as LambdaEvent;

describe('resident Lambda entry', () => {
  it('decodes a base64 body and counts it', async () => {
    const json = JSON.stringify({ type: 'view', id: crypto.randomUUID() });
    const res = await handler(eventsPost(Buffer.from(json).toString('base64'), true));
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe('{"status":"counted"}');
  });

  it.each([
    ['characters no base64 has', '{"type":"view"} *not base64*'],
    ['a lone trailing character', 'eyJ0eXBlIjoidmlldyJ9x'],
  ])('answers a body marked base64 with %s by a JSON 400 and writes nothing', async (_, body) => {
    const before = await dynamo.scanAll();
    const res = await handler(eventsPost(body, true));
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toMatch(/^application\/json/);
    expect(res.headers?.['cache-control']).toBe('no-store');
    expect(res.headers?.['content-security-policy']).toContain("default-src 'self'");
    expect(JSON.parse(res.body)).toMatchObject({ error: 'invalid_body' });
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('counts a post from SITE_ORIGIN and refuses another origin with 403, though both arrive on the API Gateway host', async () => {
    const json = () => JSON.stringify({ type: 'view', id: crypto.randomUUID() });
    const own = await handler(eventsPost(json(), false, { origin: 'https://kokoro.example.jp', 'sec-fetch-site': 'same-origin' }));
    expect(own.statusCode).toBe(202);
    const before = await dynamo.scanAll();
    const foreign = await handler(eventsPost(json(), false, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(foreign.statusCode).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ error: 'cross_site_refused' });
    expect(await dynamo.scanAll()).toEqual(before);
  });
});
