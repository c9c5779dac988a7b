/**
 * `POST /api/t/:tenant/events` through `app.request`, against a real
 * dynalite table: what is counted, what is refused (and that a refusal
 * writes nothing at all), the headers every response carries, and the 503
 * path when the store fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_BYTES } from '../../shared/events';
import { prefectureScope } from '../../shared/regions';
import { getTenant } from '../../shared/tenants';
import { createPublicApp } from '../../functions/public';
import { createDynamoCounterStore, createRegisteredTags, registeredTagsItem } from '../../functions/store';
import { failingOn, startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo();
  await dynamo.dynamo.call('PutItem', { TableName: dynamo.tableName, Item: registeredTagsItem('matsudo', ['sticker-cityhall'], 1) });
});
afterAll(async () => {
  await dynamo?.close();
});

/** 2026-06-14 09:30 JST. */
const NOW = new Date('2026-06-14T00:30:00Z');
const registeredTags = () => createRegisteredTags({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
const app = () => createPublicApp({ store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => NOW });
const post = (tenant: string, body: unknown, contentType = 'application/json', appInstance = app()) =>
  appInstance.request(`/api/t/${tenant}/events`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const matsudoHelpline = getTenant('matsudo')?.helplines[0]?.id ?? 'missing';
const otherTenantHelpline = getTenant('sample-town')?.helplines.find((h) => !getTenant('matsudo')?.helplines.some((m) => m.id === h.id))?.id ?? 'missing';
const completion = (overrides: Record<string, unknown> = {}) => ({
  type: 'complete', id: crypto.randomUUID(), mode: 'self', ageBand: '40s', gender: 'female', band: 'some',
  safetyFlag: false, topics: ['work'], src: 'sticker-cityhall', ...overrides,
});

/** 家族: the signs ticked are its topics, the band how many; who the other person is, their age, no gender asked. */
const familyCompletion = (overrides: Record<string, unknown> = {}) => ({
  type: 'complete', id: crypto.randomUUID(), mode: 'family', ageBand: '70s', gender: 'na', band: 'some',
  safetyFlag: false, topics: ['gloomy', 'drinking'], relationship: 'parent', ...overrides,
});

describe('POST /api/t/:tenant/events', () => {
  it('counts each kind of event once and says so', async () => {
    const events = [
      { type: 'view', id: crypto.randomUUID(), src: 'sticker-cityhall' },
      { type: 'start', id: crypto.randomUUID(), mode: 'teen' },
      completion(),
      { type: 'helpline_tap', id: crypto.randomUUID(), mode: 'self', helplineId: matsudoHelpline, band: 'some' },
    ];
    for (const event of events) {
      const res = await post('matsudo', event);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: 'counted' });
    }
    const retry = await post('matsudo', events[2]);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ status: 'duplicate' });

    const { rows } = await createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }).readCounters('matsudo', '2026-06-14', '2026-06-14');
    expect(rows.map(({ kind, mode, channel, helplineId, count }) => ({ kind, mode, channel, helplineId, count }))).toEqual([
      { kind: 'complete', mode: 'self', channel: { 'sticker-cityhall': 1 }, helplineId: undefined, count: 1 },
      { kind: 'start', mode: 'teen', channel: { '-': 1 }, helplineId: undefined, count: 1 },
      { kind: 'helpline_tap', mode: 'self', channel: {}, helplineId: matsudoHelpline, count: 1 },
      { kind: 'view', mode: undefined, channel: { 'sticker-cityhall': 1 }, helplineId: undefined, count: 1 },
    ]);
    expect(rows.find((row) => row.kind === 'complete')?.hour).toEqual({ 9: 1 });
    expect(rows.find((row) => row.kind === 'complete')?.channel).toEqual({ 'sticker-cityhall': 1 });
  });

  it('counts a 家族 check by who the other person is, its signs as topics and its band, exactly', async () => {
    const day = new Date('2026-06-20T03:00:00Z');
    const at = () => createPublicApp({ store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => day });
    const sent = [
      familyCompletion(),
      familyCompletion({ relationship: 'partner', ageBand: '50s', topics: ['gloomy', 'mistakes', 'loss'], band: 'high' }),
      familyCompletion({ relationship: 'na', topics: [], band: 'low', safetyFlag: true }),
      completion({ mode: 'perinatal', topics: ['sleep'] }),
    ];
    for (const event of sent) expect((await post('matsudo', event, 'application/json', at())).status).toBe(202);
    // Refused: nothing of these is counted.
    expect((await post('matsudo', familyCompletion({ relationship: undefined }), 'application/json', at())).status).toBe(400);
    expect((await post('matsudo', completion({ relationship: 'child' }), 'application/json', at())).status).toBe(400);

    const { rows } = await createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }).readCounters('matsudo', '2026-06-20', '2026-06-20');
    expect(rows.map((r) => [r.kind, r.mode, r.count])).toEqual([['complete', 'family', 3], ['complete', 'perinatal', 1]]);
    const family = rows.find((r) => r.mode === 'family');
    expect(family).toMatchObject({
      relationship: { parent: 1, partner: 1, na: 1 },
      topic: { gloomy: 2, drinking: 1, mistakes: 1, loss: 1 },
      band: { some: 1, high: 1, low: 1 },
      ageBand: { '70s': 2, '50s': 1 },
      gender: { na: 3 },
      safetyFlagged: 1,
      channel: { '-': 3 },
    });
    expect(rows.find((r) => r.mode === 'perinatal')?.relationship).toEqual({});
  });

  it('accepts what navigator.sendBeacon sends: a JSON string as text/plain', async () => {
    const res = await post('matsudo', { type: 'view', id: crypto.randomUUID() }, 'text/plain;charset=UTF-8');
    expect(res.status).toBe(202);
  });

  const refusals: [string, { tenant?: string; body: unknown; contentType?: string }, number, string, string?][] = [
    ['an unknown tenant', { tenant: 'nowhere-town', body: completion() }, 404, 'unknown_tenant'],
    ['a tenant id that is not one', { tenant: 'Matsudo', body: completion() }, 404, 'unknown_tenant'],
    ['a prototype name as tenant', { tenant: 'constructor', body: completion() }, 404, 'unknown_tenant'],
    ['a body that is not JSON', { body: '{"type": "view",' }, 400, 'invalid_json'],
    ['an empty body', { body: '' }, 400, 'invalid_json'],
    ['JSON that is not an object', { body: '[1,2]' }, 400, 'invalid_event'],
    ['JSON null', { body: 'null' }, 400, 'invalid_event'],
    ['an unknown event type', { body: { type: 'visit', id: crypto.randomUUID() } }, 400, 'invalid_event', 'type'],
    ['a mode of the wrong type', { body: completion({ mode: 3 }) }, 400, 'invalid_event', 'mode'],
    ['an unknown mode', { body: completion({ mode: 'caregiver' }) }, 400, 'invalid_event', 'mode'],
    ['an unknown band', { body: completion({ band: 'extreme' }) }, 400, 'invalid_event', 'band'],
    ['a safety flag as text', { body: completion({ safetyFlag: 'yes' }) }, 400, 'invalid_event', 'safetyFlag'],
    ['an id that is not a UUID', { body: completion({ id: '1' }) }, 400, 'invalid_event', 'id'],
    ['a missing id', { body: { type: 'view' } }, 400, 'invalid_event', 'id'],
    ['an extra field', { body: completion({ ip: '203.0.113.9' }) }, 400, 'invalid_event'],
    ['an src that is no tag', { body: completion({ src: 'Sticker City Hall' }) }, 400, 'invalid_event', 'src'],
    ['a teen topic in adult mode', { body: completion({ topics: ['bullying'] }) }, 400, 'invalid_event', 'topics.0'],
    ['an adult topic in teen mode', { body: completion({ mode: 'teen', ageBand: '10s', topics: ['debt'] }) }, 400, 'invalid_event', 'topics.0'],
    ['a repeated topic', { body: completion({ topics: ['work', 'work'] }) }, 400, 'invalid_event', 'topics'],
    ['a teen check counted as 20代', { body: completion({ mode: 'teen', ageBand: '20s', topics: [] }) }, 400, 'invalid_event', 'ageBand'],
    ['a 家族 check without who the other person is', { body: familyCompletion({ relationship: undefined }) }, 400, 'invalid_event', 'relationship'],
    ['a self check that says who the other person is', { body: completion({ relationship: 'parent' }) }, 400, 'invalid_event', 'relationship'],
    ['an unknown relationship', { body: familyCompletion({ relationship: 'neighbour' }) }, 400, 'invalid_event', 'relationship'],
    ['a 家族 check with a gender it never asks', { body: familyCompletion({ gender: 'male' }) }, 400, 'invalid_event', 'gender'],
    ['a K6 band on the 家族 checklist', { body: familyCompletion({ band: 'veryHigh' }) }, 400, 'invalid_event', 'band'],
    ['an adult topic in 家族 mode', { body: familyCompletion({ topics: ['work'] }) }, 400, 'invalid_event', 'topics.0'],
    ['a 家族 sign in self mode', { body: completion({ topics: ['gloomy'] }) }, 400, 'invalid_event', 'topics.0'],
    ['an unknown helpline', { body: { type: 'helpline_tap', id: crypto.randomUUID(), mode: 'self', helplineId: 'no-such-line' } }, 400, 'invalid_event', 'helplineId'],
    ['another tenant’s helpline', { body: { type: 'helpline_tap', id: crypto.randomUUID(), mode: 'self', helplineId: otherTenantHelpline } }, 400, 'invalid_event', 'helplineId'],
    ['a form post', { body: 'type=view', contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
    ['a body over the limit', { body: JSON.stringify({ ...completion(), pad: 'x'.repeat(MAX_EVENT_BYTES) }) }, 413, 'payload_too_large'],
  ];

  it.each(refusals)('refuses %s with a JSON %i and writes nothing', async (_, { tenant = 'matsudo', body, contentType }, status, code, path) => {
    const before = await dynamo.scanAll();
    const res = await post(tenant, body, contentType);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const json = (await res.json()) as { error: string; message: string; issues?: { path: string }[] };
    expect(json.error).toBe(code);
    expect(json.message.length).toBeGreaterThan(0);
    if (path) expect(json.issues?.map((issue) => issue.path)).toContain(path);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('refuses an oversized body sent without a length (streamed) with 413', async () => {
    const before = await dynamo.scanAll();
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await app().request('/api/t/matsudo/events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('refuses a body whose stream breaks off mid-way with a JSON 400, logs no error and writes nothing', async () => {
    const before = await dynamo.scanAll();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"type":"view","id":"'));
          controller.error(new Error('connection reset'));
        },
      });
      const res = await app().request('/api/t/matsudo/events', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body, duplex: 'half' } as RequestInit);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect((await res.json()) as object).toMatchObject({ error: 'body_unreadable' });
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('answers a body that stops arriving with 408 once its time is up, and writes nothing', async () => {
    const before = await dynamo.scanAll();
    const quick = createPublicApp({ store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => NOW, bodyTimeoutMs: 200 });
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"type":"view",'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const res = await quick.request('/api/t/matsudo/events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(408);
    expect((await res.json()) as object).toMatchObject({ error: 'body_timeout' });
    expect(cancelled).toBe(true);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const res = await app().request('/api/t/matsudo/events', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_EVENT_BYTES + 1) }, body: '{}' });
    expect(res.status).toBe(413);
  });

  describe('cross-site posts', () => {
    const SITE = 'https://kokoro.example.jp';
    const site = () => createPublicApp({ store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => NOW, siteOrigins: [SITE] });
    const send = (appInstance: ReturnType<typeof app>, headers: Record<string, string>, url = '/api/t/matsudo/events') =>
      appInstance.request(url, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers }, body: JSON.stringify({ type: 'view', id: crypto.randomUUID() }) });

    it.each([
      ['the site’s own page', { Origin: SITE, 'Sec-Fetch-Site': 'same-origin' }],
      ['a same-origin request without Sec-Fetch-Site (older browsers)', { Origin: SITE }],
      ['a client that sends neither header (not a browser)', {}],
    ])('counts %s', async (_, headers) => {
      expect((await send(site(), headers)).status).toBe(202);
    });

    it.each([
      ['a foreign page’s beacon', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
      ['a foreign Origin alone', { Origin: 'https://evil.example' }],
      ['Sec-Fetch-Site cross-site alone', { 'Sec-Fetch-Site': 'cross-site' }],
      ['a sibling subdomain', { Origin: 'https://other.example.jp', 'Sec-Fetch-Site': 'same-site' }],
      ['an opaque origin (sandboxed frame, data: URL)', { Origin: 'null' }],
      ['the site over plain http', { Origin: 'http://kokoro.example.jp' }],
      ['the site’s origin with a foreign Sec-Fetch-Site', { Origin: SITE, 'Sec-Fetch-Site': 'cross-site' }],
    ])('refuses %s with a JSON 403 and writes nothing', async (_, headers) => {
      const before = await dynamo.scanAll();
      const res = await send(site(), headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect((await res.json()) as object).toMatchObject({ error: 'cross_site_refused' });
      expect(await dynamo.scanAll()).toEqual(before);
    });

    it('takes the request’s own origin as the site’s when none is configured (the local server)', async () => {
      expect((await send(app(), { Origin: 'http://localhost' }, 'http://localhost/api/t/matsudo/events')).status).toBe(202);
      expect((await send(app(), { Origin: 'http://127.0.0.1:9999' }, 'http://localhost/api/t/matsudo/events')).status).toBe(403);
    });
  });

  it('answers other methods and other API paths with JSON, not a 5xx', async () => {
    const get = await app().request('/api/t/matsudo/events');
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
    expect((await get.json()) as object).toMatchObject({ error: 'method_not_allowed' });
    const put = await app().request('/api/t/matsudo/events', { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    const elsewhere = await app().request('/api/t/matsudo/everything');
    expect(elsewhere.status).toBe(404);
    expect((await elsewhere.json()) as object).toMatchObject({ error: 'not_found' });
  });

  it('sends the security headers, no-store and no cookie on every API response', async () => {
    for (const res of [await post('matsudo', completion()), await post('nowhere-town', completion()), await app().request('/api/x')]) {
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{8}/);
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Permissions-Policy')).toContain('camera=()');
      expect(res.headers.get('Permissions-Policy')).toContain('geolocation=()');
      expect(res.headers.get('Permissions-Policy')).toContain('browsing-topics=()');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('Set-Cookie')).toBeNull();
    }
  });

  it('answers 503 with Retry-After when the store fails, counts nothing, and the retry counts once', async () => {
    const failing = failingOn(dynamo.dynamo, 'TransactWriteItems', 'simulated outage');
    const broken = createPublicApp({ store: createDynamoCounterStore({ dynamo: failing, tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => NOW });
    const event = completion();
    const before = await dynamo.scanAll();
    const res = await post('matsudo', event, 'application/json', broken);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('store_unavailable');
    expect(body).not.toMatch(/simulated|UpdateItem|stack/i);
    expect(await dynamo.scanAll()).toEqual(before);

    expect((await post('matsudo', event)).status).toBe(202);
    expect((await post('matsudo', event)).status).toBe(200);
  });
});

describe('POST /api/p/:pref/events (the prefecture entry page)', () => {
  const postPref = (pref: string, body: unknown, appInstance = app()) =>
    appInstance.request(`/api/p/${pref}/events`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) });
  const day = (scope: string) => createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }).readCounters(scope, '2026-06-14', '2026-06-14');

  it('counts a view once under the prefecture, never under a town, its tag as 未登録 unless the prefecture registered it', async () => {
    const townBefore = (await day('matsudo')).rows;
    const view = { type: 'view', id: crypto.randomUUID(), src: 'pref-poster' };
    expect((await postPref('chiba', view)).status).toBe(202);
    expect((await postPref('chiba', view)).status).toBe(200);
    expect((await postPref('chiba', { type: 'view', id: crypto.randomUUID() })).status).toBe(202);
    await dynamo.dynamo.call('PutItem', { TableName: dynamo.tableName, Item: registeredTagsItem(prefectureScope('chiba'), ['pref-station'], 1) });
    expect((await postPref('chiba', { type: 'view', id: crypto.randomUUID(), src: 'pref-station' })).status).toBe(202);

    const rows = (await day(prefectureScope('chiba'))).rows.map(({ kind, channel, count }) => ({ kind, channel, count }));
    expect(rows).toEqual([{ kind: 'view', channel: { '-': 1, '?': 1, 'pref-station': 1 }, count: 3 }]);
    expect((await day('matsudo')).rows).toEqual(townBefore);
  });

  it('refuses an unknown or malformed prefecture, and any event but a view, counting nothing', async () => {
    const before = await dynamo.scanAll();
    const cases: [string, unknown, number, string][] = [
      ['kyoto', { type: 'view', id: crypto.randomUUID() }, 404, 'unknown_prefecture'],
      ['CHIBA', { type: 'view', id: crypto.randomUUID() }, 404, 'unknown_prefecture'],
      ['constructor', { type: 'view', id: crypto.randomUUID() }, 404, 'unknown_prefecture'],
      ['chiba', { type: 'start', id: crypto.randomUUID(), mode: 'self' }, 400, 'invalid_event'],
      ['chiba', completion(), 400, 'invalid_event'],
      ['chiba', { type: 'view' }, 400, 'invalid_event'],
    ];
    for (const [pref, body, status, error] of cases) {
      const res = await postPref(pref, body);
      expect(res.status, `${pref} ${JSON.stringify(body)}`).toBe(status);
      expect(((await res.json()) as { error: string }).error).toBe(error);
    }
    expect((await app().request('/api/p/chiba/events')).status).toBe(405);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('answers 503 with Retry-After when the store fails, and the retry counts once', async () => {
    const broken = createPublicApp({ store: createDynamoCounterStore({ dynamo: failingOn(dynamo.dynamo, 'TransactWriteItems', 'simulated outage'), tableName: dynamo.tableName }), registeredTags: registeredTags(), clock: () => NOW });
    const view = { type: 'view', id: crypto.randomUUID() };
    const before = await dynamo.scanAll();
    const res = await postPref('chiba', view, broken);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await dynamo.scanAll()).toEqual(before);
    expect((await postPref('chiba', view)).status).toBe(202);
    expect((await postPref('chiba', view)).status).toBe(200);
  });
});
