import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, createStaticApp } from './static';

describe('static files, precompressed', () => {
  let dir: string;
  let app: ReturnType<typeof createStaticApp>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kokoro-static-'));
    await mkdir(join(dir, 'assets'), { recursive: true });
    await mkdir(join(dir, 't', 'town'), { recursive: true });
    await Promise.all([
      writeFile(join(dir, 'assets', 'main-abc.js'), 'plain'),
      writeFile(join(dir, 'assets', 'main-abc.js.br'), 'brotli'),
      writeFile(join(dir, 'assets', 'main-abc.js.gz'), 'gzip'),
      writeFile(join(dir, 'assets', 'only-plain.js'), 'plain only'),
      writeFile(join(dir, 't', 'town', 'index.html'), '<p>page'),
      writeFile(join(dir, 't', 'town', 'index.html.br'), 'page brotli'),
    ]);
    app = createStaticApp({ distDir: dir, isTenant: (id) => id === 'town' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = (path: string, acceptEncoding?: string) => app.request(path, acceptEncoding ? { headers: { 'Accept-Encoding': acceptEncoding } } : {});

  it('sends the Brotli twin when accepted, else gzip, else the file, saying so with Vary', async () => {
    const br = await get('/assets/main-abc.js', 'gzip, deflate, br, zstd');
    expect([await br.text(), br.headers.get('content-encoding'), br.headers.get('vary')]).toEqual(['brotli', 'br', 'Accept-Encoding']);
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
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

  it('never serves a twin by its own name', async () => {
    expect((await get('/assets/main-abc.js.br', 'br')).status).toBe(404);
    expect((await get('/assets/main-abc.js.gz')).status).toBe(404);
  });

  it('parses Accept-Encoding tokens and weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br;q=1.0, zstd;q=0')]).toEqual(['gzip', 'deflate', 'br']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
