/**
 * The whole local service over real HTTP: dynalite persisting in a temporary
 * folder, the API and a fixture front end on one origin, with compression,
 * caching rules, security headers and 404s as residents would meet them.
 */
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TABLE_NAME, startLocalServer, type LocalServer, type LocalServices } from '../../functions/local/start';
import { ROLLUP_DONE, rollupPk } from '../../functions/store/keys';

const STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
let root: string;
let server: LocalServer;
const options = () => ({ port: 0, dataDir: join(root, 'data'), distDir: join(root, 'dist'), bodyTimeoutMs: 500 });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kokoro-local-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 't', 'matsudo'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  // Over 1 KB so compression applies, like the real prerendered page.
  writeFileSync(join(dist, 't', 'matsudo', 'index.html'), `<!doctype html><html lang="ja"><body><main>${'<p>こころの体温計</p>'.repeat(80)}</main><script type="module" src="/assets/app-abc123.js"></script></body></html>`);
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("fixture")');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>root</title>');
  writeFileSync(join(dist, 'not-found.html'), '<!doctype html><title>ページが見つかりません</title><a href="tel:119">119</a>');
  writeFileSync(join(dist, 'csp-hashes.json'), JSON.stringify({ 'style-src': [STYLE_HASH] }));
  server = await startLocalServer(options());
});
afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
const postEvent = (tenant: string, event: unknown) =>
  fetch(`${server.url}/api/t/${tenant}/events`, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(event) });

const expectSecurityHeaders = (res: Response) => {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(res.headers.get('Permissions-Policy')).toContain('microphone=()');
  expect(res.headers.get('Strict-Transport-Security')).toBeTruthy();
  expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  expect(res.headers.get('Set-Cookie')).toBeNull();
};

describe('local server', () => {
  it('serves a tenant page gzipped, revalidated, with a strict CSP that allows the build’s inline style hash', async () => {
    const res = await get('/t/matsudo/?src=sticker-cityhall', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Content-Security-Policy')).toContain(`style-src 'self' ${STYLE_HASH}`);
    expectSecurityHeaders(res);
    expect(await res.text()).toContain('こころの体温計');
  });

  it('redirects a tenant address without the slash and keeps the outreach tag', async () => {
    const res = await get('/t/matsudo?src=flyer-hellowork');
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe('/t/matsudo/?src=flyer-hellowork');
  });

  it('answers an unknown tenant, a missing asset, a path trick and a stray address with the built 404 page', async () => {
    for (const path of ['/t/nowhere-town/', '/t/nowhere-town', '/t/sample-town/', '/assets/missing.js', '/assets/..%2F..%2Fpackage.json', '/csp-hashes.json', '/t/', '/no/such/page']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expectSecurityHeaders(res);
      expect(await res.text()).toContain('<a href="tel:119">');
    }
  });

  it('caches hashed assets for a year and serves the root page', async () => {
    const asset = await get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toBe('text/javascript');
    expect(asset.headers.get('Cache-Control')).toBe('max-age=31536000, immutable');
    const rootPage = await get('/');
    expect(rootPage.status).toBe(200);
    expect(await rootPage.text()).toContain('root');
  });

  it('counts an event sent to the same origin, refuses an unknown tenant with JSON 404, and keeps the count across restarts', async () => {
    const event = { type: 'view', id: crypto.randomUUID(), src: 'sticker-cityhall' };
    const counted = await postEvent('matsudo', event);
    expect(counted.status).toBe(202);
    expectSecurityHeaders(counted);
    expect(counted.headers.get('Cache-Control')).toBe('no-store');
    const unknown = await postEvent('nowhere-town', event);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()) as object).toMatchObject({ error: 'unknown_tenant' });
    expect((await get('/api/elsewhere')).status).toBe(404);

    await server.close();
    server = await startLocalServer(options());
    // The marker survived on disk, so the same event is recognised as a retry.
    const again = await postEvent('matsudo', event);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
  });

  it('answers a body shorter than its Content-Length with a 408 once its time is up, instead of waiting for ever', async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        const partial = '{"type":"view",';
        socket.write(`POST /api/t/matsudo/events HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n${partial}`);
      });
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
        if (received.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('rolls up a real tenant’s closed month in the background job, as the scheduled job does in AWS', async () => {
    const dataDir = join(root, 'rollup-data');
    const may = new Date('2026-05-20T03:00:00Z');
    let store: LocalServices['store'] | undefined;
    const first = await startLocalServer({ port: 0, dataDir, distDir: join(root, 'dist'), clock: () => may, extend: (_, services) => void (store = services.store) });
    try {
      expect((await store!.record('matsudo', { type: 'view', id: crypto.randomUUID() }, may)).outcome).toBe('counted');
    } finally {
      await first.close();
    }

    const july = new Date('2026-07-02T03:00:00Z');
    let dynamo: LocalServices['dynamo'] | undefined;
    const second = await startLocalServer({ port: 0, dataDir, distDir: join(root, 'dist'), clock: () => july, backgroundRollups: true, extend: (_, services) => void (dynamo = services.dynamo) });
    try {
      const doneMonths = async () => {
        const page = await dynamo!.call('Query', {
          TableName: LOCAL_TABLE_NAME,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: rollupPk('matsudo', 2026) } },
        });
        return (page.Items ?? []).map((item) => item.sk?.S ?? '').filter((sk) => sk.endsWith(`#${ROLLUP_DONE}`));
      };
      await expect.poll(doneMonths).toContain(`2026-05#${ROLLUP_DONE}`);
    } finally {
      await second.close();
    }
  });
});
