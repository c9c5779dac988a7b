import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countingEvent } from '../../shared/events';
import { createEventSender, srcFrom } from './send';
import { tenantEventsPath } from '../../shared/site';

const URL_ = '/api/t/matsudo/events';
const MINUTE = 60_000;

/** One answer per call, in order; the last one repeats. `Error` rejects, like a network failure. */
type Answer = number | Error | { status: number; retryAfter: string };
let answers: Answer[];
let calls: { at: number; url: string; init: RequestInit }[];
let beacons: { url: string; body: string }[];
let listeners: Map<string, () => void>;

function stubFetch() {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ at: Date.now(), url, init });
    const a = answers.length > 1 ? answers.shift() : answers[0];
    if (a instanceof Error) return Promise.reject(a);
    const { status, retryAfter } = typeof a === 'number' ? { status: a, retryAfter: undefined } : (a as { status: number; retryAfter: string });
    return Promise.resolve(new Response(null, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } }));
  });
}
const stubBeacon = (accept: boolean | 'missing' = true) =>
  vi.stubGlobal('navigator', accept === 'missing' ? {} : { sendBeacon: (url: string, body: string) => (beacons.push({ url, body }), accept) });
/** Math.random returns these in turn (then the last again), so the jittered waits are exact. */
const randoms = (...values: number[]) => vi.spyOn(Math, 'random').mockImplementation(() => (values.length > 1 ? values.shift() : values[0]) as number);
const bodies = () => calls.map((c) => c.init.body as string);
const idOf = (body: string) => (JSON.parse(body) as { id: string }).id;
const gaps = () => calls.slice(1).map((c, i) => c.at - (calls[i] as { at: number }).at);
const pagehide = () => listeners.get('pagehide')?.();
/** Lets the answer to a fetch reach the outbox (promise callbacks) without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  answers = [202];
  calls = [];
  beacons = [];
  listeners = new Map();
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
  stubFetch();
  stubBeacon();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('srcFrom', () => {
  it('keeps a valid outreach tag and drops anything else', () => {
    expect(srcFrom('?src=sticker-cityhall')).toBe('sticker-cityhall');
    expect(srcFrom('?src=Sticker<script>')).toBeUndefined();
    expect(srcFrom('')).toBeUndefined();
  });
});

describe('createEventSender', () => {
  it('fetches a schema-valid event with a fresh id to the tenant endpoint (keepalive, no credentials, JSON), once when counted', async () => {
    const sender = createEventSender(tenantEventsPath('matsudo'));
    sender.send({ type: 'start', mode: 'teen', src: 'school-a' });
    sender.send({ type: 'start', mode: 'teen', src: 'school-a' });
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(calls.map((c) => c.url)).toEqual([URL_, URL_]);
    expect(calls[0]?.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'application/json' } });
    const parsed = bodies().map((b) => countingEvent.parse(JSON.parse(b)));
    expect(parsed[0]?.id).not.toBe(parsed[1]?.id);
    expect(beacons).toEqual([]);
  });

  it('sends the same body, id and all, again after a network error, a 429 and a 503, after growing full-jitter waits', async () => {
    answers = [new Error('offline'), 429, 503, 202];
    randoms(0.5, 0.25, 0.75);
    createEventSender(tenantEventsPath('matsudo')).send({ type: 'view' });
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(calls).toHaveLength(4);
    expect(new Set(bodies()).size).toBe(1);
    // Caps 1 s, 2 s, 4 s times the random draw.
    expect(gaps()).toEqual([500, 500, 3000]);
  });

  it('caps the wait at 30 s, and waits at least the Retry-After the server asks for', async () => {
    answers = [503, 503, 503, 503, 503, 503, 503, { status: 503, retryAfter: '5' }, { status: 429, retryAfter: '40' }, 200];
    randoms(0.125, 0.125, 0.125, 0.125, 0.125, 0.875, 0.875, 0.125, 0.125);
    createEventSender(tenantEventsPath('matsudo')).send({ type: 'view' });
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(gaps()).toEqual([125, 250, 500, 1000, 2000, 26_250, 26_250, 5000, 40_000]);
    expect(new Set(bodies()).size).toBe(1);
  });

  it.each([400, 404, 413, 415, 200])('never sends again what the server answered %i', async (status) => {
    answers = [status, 202];
    createEventSender(tenantEventsPath('matsudo')).send({ type: 'view' });
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(calls).toHaveLength(1);
    pagehide();
    expect(beacons).toEqual([]);
  });

  it('gives up after 12 tries', async () => {
    answers = [503];
    randoms(0.99);
    createEventSender(tenantEventsPath('matsudo')).send({ type: 'view' });
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(calls).toHaveLength(12);
    pagehide();
    expect(beacons).toEqual([]);
  });

  it('keeps at most 50 events waiting: the oldest is given up', async () => {
    answers = [new Error('offline')];
    randoms(0.5);
    const sender = createEventSender(tenantEventsPath('matsudo'));
    for (let i = 0; i < 51; i++) sender.send({ type: 'view' });
    await settle();
    const [oldest, ...rest] = bodies();
    // Long enough for the others' second and third tries, not for their last.
    await vi.advanceTimersByTimeAsync(2000);
    expect(bodies().filter((b) => b === oldest)).toHaveLength(1);
    expect(bodies().filter((b) => b === rest[0])).toHaveLength(3);
    pagehide();
    expect(beacons.map((b) => b.body)).toEqual(rest);
  });

  it('on pagehide beacons every event still waiting, with its id, and sends none of them again; a page back from the cache still retries', async () => {
    answers = [503, 202, new Error('offline')];
    const sender = createEventSender(tenantEventsPath('matsudo'));
    sender.send({ type: 'view' });
    sender.send({ type: 'start', mode: 'self' });
    sender.send({ type: 'helpline_tap', helplineId: 'x', mode: 'self' });
    await settle();
    const [first, , third] = bodies() as [string, string, string];
    pagehide();
    expect(beacons).toEqual([
      { url: URL_, body: first },
      { url: URL_, body: third },
    ]);
    expect(beacons.map((b) => idOf(b.body))).toEqual([idOf(first), idOf(third)]);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(calls).toHaveLength(3);
    // Back from the back-forward cache: a new event is sent and retried as before.
    answers = [503, 202];
    sender.send({ type: 'view' });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(calls).toHaveLength(5);
    expect(calls[3]?.init.body).toBe(calls[4]?.init.body);
  });

  it.each([false, 'missing'] as const)('on pagehide, with the beacon %s, tries one keepalive fetch and no more', async (beacon) => {
    answers = [503];
    stubBeacon(beacon);
    createEventSender(tenantEventsPath('matsudo')).send({ type: 'view' });
    await settle();
    pagehide();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.init).toMatchObject({ body: calls[0]?.init.body, keepalive: true });
  });

  it('returns at once and never throws, even when fetch or the beacon throws synchronously', async () => {
    let thrown = 0;
    vi.stubGlobal('fetch', () => {
      thrown++;
      throw new TypeError('blocked');
    });
    vi.stubGlobal('navigator', {
      sendBeacon: () => {
        throw new Error('blocked');
      },
    });
    const sender = createEventSender(tenantEventsPath('matsudo'));
    expect(sender.send({ type: 'view' })).toBeUndefined();
    expect(thrown).toBe(1);
    // Thrown at once or not, a failed fetch is tried again.
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(thrown).toBeGreaterThan(1);
    expect(() => pagehide()).not.toThrow();
    vi.stubGlobal('crypto', {
      randomUUID: () => {
        throw new Error('no crypto');
      },
    });
    expect(() => sender.send({ type: 'view' })).not.toThrow();
  });

  it('touches no device storage', async () => {
    const touched: string[] = [];
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'document', 'cookieStore']) {
      vi.stubGlobal(
        name,
        new Proxy({}, { get: (_, key) => (touched.push(`${name}.${String(key)}`), () => undefined), set: (_, key) => (touched.push(`${name}.${String(key)}=`), true) }),
      );
    }
    answers = [503, new Error('offline'), 202, 503];
    const sender = createEventSender(tenantEventsPath('matsudo'));
    sender.send({ type: 'view' });
    sender.send({ type: 'start', mode: 'self' });
    await vi.advanceTimersByTimeAsync(MINUTE);
    pagehide();
    expect(calls.length).toBeGreaterThan(2);
    expect(touched).toEqual([]);
  });
});
