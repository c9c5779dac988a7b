import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, createStaticApp } from './static';

describe('static files, precompressed', () => {
  let dir: string;
  let app: ReturnType<typeof createStaticApp>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kokoro-static-'));
    await mkdir(join(dir, 'assets'), { recursive: true });
    await mkdir(join(dir, 't', 'town', 'en'), { recursive: true });
    await mkdir(join(dir, 'calendar'), { recursive: true });
    await mkdir(join(dir, 'p', 'chiba'), { recursive: true });
    await Promise.all([
      writeFile(join(dir, 'assets', 'main-abc.js'), 'plain'),
      writeFile(join(dir, 'assets', 'main-abc.js.br'), 'brotli'),
      writeFile(join(dir, 'assets', 'main-abc.js.gz'), 'gzip'),
      writeFile(join(dir, 'assets', 'only-plain.js'), 'plain only'),
      writeFile(join(dir, 't', 'town', 'index.html'), '<p>page'),
      writeFile(join(dir, 't', 'town', 'index.html.br'), 'page brotli'),
      writeFile(join(dir, 't', 'town', 'en', 'index.html'), '<p>page in English'),
      writeFile(join(dir, 'calendar', 'index.html'), '<title>カレンダー</title>'),
      writeFile(join(dir, 'p', 'chiba', 'index.html'), '<p>prefecture'),
      writeFile(join(dir, 'not-found.html'), '<a href="tel:119">'),
      writeFile(join(dir, 'not-found.html.br'), 'not-found brotli'),
    ]);
    app = createStaticApp({ distDir: dir, isTenant: (id) => id === 'town', isPrefecture: (id) => id === 'chiba' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = (path: string, acceptEncoding?: string) => app.request(path, acceptEncoding ? { headers: { 'Accept-Encoding': acceptEncoding } } : {});

  it('sends the Brotli twin when accepted, else gzip, else the file, saying so with Vary', async () => {
    const br = await get('/assets/main-abc.js', 'gzip, deflate, br, zstd');
    expect([await br.text(), br.headers.get('content-encoding'), br.headers.get('vary')]).toEqual(['brotli', 'br', 'Accept-Encoding']);
    expect(br.headers.get('content-type')).toBe('text/javascript');
    expect(br.headers.get('content-length')).toBe('6');
    const gz = await get('/assets/main-abc.js', 'gzip');
    expect([await gz.text(), gz.headers.get('content-encoding')]).toEqual(['gzip', 'gzip']);
    const plain = await get('/assets/main-abc.js');
    expect([await plain.text(), plain.headers.get('content-encoding')]).toEqual(['plain', null]);
  });

  it('honours q=0 and falls back to the file when no twin exists', async () => {
    const noBr = await get('/assets/main-abc.js', 'br;q=0, gzip;q=0.5');
    expect(await noBr.text()).toBe('gzip');
    const only = await get('/assets/only-plain.js', 'br, gzip');
    expect([await only.text(), only.headers.get('content-encoding')]).toEqual(['plain only', null]);
    const page = await get('/t/town/', 'gzip, br');
    expect([await page.text(), page.headers.get('content-encoding'), page.headers.get('cache-control')]).toEqual(['page brotli', 'br', 'no-cache']);
  });

  it('serves the calendar quick exit lands on at its own folder, adding the slash when it is missing', async () => {
    const page = await get('/calendar/');
    expect([page.status, await page.text(), page.headers.get('cache-control')]).toEqual([200, '<title>カレンダー</title>', 'no-cache']);
    const bare = await get('/calendar');
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/calendar/']);
  });

  it('answers unknown tenants and stray paths with the built not-found page, as a 404 and negotiated like any page', async () => {
    for (const path of ['/t/no-such-town/', '/t/no-such-town', '/t/Bad_Id/', '/t/', '/nowhere', '/assets/missing.js']) {
      const res = await get(path);
      expect([res.status, await res.text()], path).toEqual([404, '<a href="tel:119">']);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
    }
    const br = await get('/t/no-such-town/', 'br');
    expect([br.status, await br.text(), br.headers.get('content-encoding')]).toEqual([404, 'not-found brotli', 'br']);
  });

  it('sends a known tenant typed in capitals to its page, keeping the outreach tag', async () => {
    for (const path of ['/t/TOWN/?src=x', '/t/Town?src=x']) {
      const res = await get(path);
      expect([res.status, res.headers.get('location')], path).toEqual([301, '/t/town/?src=x']);
    }
    expect((await get('/t/TOWN/')).headers.get('location')).toBe('/t/town/');
    expect((await get('/t/NO-SUCH-TOWN/')).status).toBe(404);
  });

  it("serves a tenant's page in another language, adding the slash and lowering capitals with the QR's tag kept", async () => {
    const page = await get('/t/town/en/');
    expect([page.status, await page.text()]).toEqual([200, '<p>page in English']);
    for (const path of ['/t/town/en?src=x', '/t/town/EN/?src=x', '/t/town/En?src=x']) {
      const res = await get(path);
      expect([res.status, res.headers.get('location')], path).toEqual([301, '/t/town/en/?src=x']);
    }
    // A segment naming no other language gets the tenant's own page, as CloudFront answers it (infra/lib/viewer-request.test.ts).
    for (const path of ['/t/town/fr/', '/t/town/ja/', '/t/town/fr']) {
      const res = await get(path);
      expect([res.status, await res.text()], path).toEqual([200, '<p>page']);
    }
    for (const path of ['/t/nowhere/en/', '/t/nowhere/fr/', '/t/town/x.js']) expect((await get(path)).status, path).toBe(404);
  });

  it("serves a served prefecture's entry page, adding the slash and lowering capitals with the QR's tag kept; others are not found", async () => {
    const page = await get('/p/chiba/');
    expect([page.status, await page.text()]).toEqual([200, '<p>prefecture']);
    for (const path of ['/p/chiba?src=pref-poster', '/p/CHIBA/?src=pref-poster', '/p/Chiba?src=pref-poster']) {
      const res = await get(path);
      expect([res.status, res.headers.get('location')], path).toEqual([301, '/p/chiba/?src=pref-poster']);
    }
    for (const path of ['/p/kyoto/', '/p/chiba1/', '/p/constructor/', '/p/chiba/more', '/p/', '/p/town/']) {
      const res = await get(path);
      expect([res.status, await res.text()], path).toEqual([404, '<a href="tel:119">']);
    }
  });

  it('still answers 404 with words when the front end was never built', async () => {
    const unbuilt = createStaticApp({ distDir: join(dir, 'missing'), isTenant: () => false });
    const res = await unbuilt.request('/t/town/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('ページが見つかりません');
  });

  it('never serves a twin by its own name', async () => {
    expect((await get('/assets/main-abc.js.br', 'br')).status).toBe(404);
    expect((await get('/assets/main-abc.js.gz')).status).toBe(404);
  });

  it('keeps an HTTP/1.1 connection open without spelling out Connection or Keep-Alive', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise((resolve) => server.once('listening', resolve));
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    let raw = '';
    socket.on('data', (chunk) => (raw += String(chunk)));
    const responses = (n: number) => new Promise<void>((resolve) => socket.on('data', () => raw.split('HTTP/1.1 200').length > n && resolve()));
    const request = (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br\r\n\r\n`);
    request('/t/town/');
    await responses(1);
    request('/assets/main-abc.js');
    await responses(2);
    socket.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    // Both answers came over the one socket, and no header said so.
    expect(raw.split('HTTP/1.1 200 OK')).toHaveLength(3);
    expect(raw).toContain('\r\n\r\npage brotliHTTP/1.1 200 OK');
    expect(raw.endsWith('\r\n\r\nbrotli')).toBe(true);
    expect(raw).not.toMatch(/^connection:/im);
    expect(raw).not.toMatch(/^keep-alive:/im);
    expect(raw).toMatch(/^date:/im);
  });

  it('parses Accept-Encoding tokens and weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br;q=1.0, zstd;q=0')]).toEqual(['gzip', 'deflate', 'br']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
