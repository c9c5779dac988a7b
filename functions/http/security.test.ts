/**
 * @module
 * Which responses carry which security headers: documents and API answers get
 * the full set, hashed scripts/JSON/CSS only what protects a subresource, and
 * an HTML answer on an asset path (a 404 page) is treated as the document it is.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ASSET_PATH_PATTERNS, DOCUMENT_ONLY_HEADERS, isAssetPath, PERMISSIONS_POLICY, securityHeaders } from './security';

const HASH = "'sha256-cLuLWRsPTaKshaGU5NjcjrsGeeXMqmGDDucVukFuSKk='";
const SCRIPT_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const app = new Hono();
app.use(securityHeaders({ hashes: { 'style-src': [HASH], 'script-src': [SCRIPT_HASH] } }));
app.get('/t/town/', (c) => c.html('<p>page</p>'));
app.get('/api/ping', (c) => c.json({ ok: true }));
app.get('/assets/main-abc.js', (c) => c.body('x', 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
app.get('/assets/town-abc.json', (c) => c.json({ lines: [] }));
app.get('/staff/assets/index-abc.css', (c) => c.body('a{}', 200, { 'Content-Type': 'text/css; charset=utf-8' }));
app.get('/assets/missing.js', (c) => c.html('<p>not found</p>', 404));
app.get('/assetsx/main.js', (c) => c.body('x', 200, { 'Content-Type': 'text/javascript' }));

const SUBRESOURCE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'same-origin' };
const expectFullSet = (res: Response) => {
  expect(res.headers.get('Content-Security-Policy')).toContain(`style-src 'self' ${HASH}`);
  expect(res.headers.get('Content-Security-Policy')).toContain(`script-src 'self' ${SCRIPT_HASH};`);
  expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  expect(res.headers.get('Permissions-Policy')).toBe(PERMISSIONS_POLICY);
  expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  for (const [name, value] of Object.entries(SUBRESOURCE_HEADERS)) expect(res.headers.get(name)).toBe(value);
};

describe('securityHeaders', () => {
  it('sends the full set on pages and API answers', async () => {
    expectFullSet(await app.request('/t/town/'));
    expectFullSet(await app.request('/api/ping'));
  });

  it('sends hashed scripts, JSON and stylesheets only the headers a subresource is protected by', async () => {
    for (const path of ['/assets/main-abc.js', '/assets/town-abc.json', '/staff/assets/index-abc.css']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      for (const [name, value] of Object.entries(SUBRESOURCE_HEADERS)) expect(res.headers.get(name)).toBe(value);
      for (const name of DOCUMENT_ONLY_HEADERS) expect(res.headers.get(name), `${path} ${name}`).toBeNull();
    }
  });

  it('keeps the full set on an HTML answer under an asset path and on look-alike paths', async () => {
    const missing = await app.request('/assets/missing.js');
    expect(missing.status).toBe(404);
    expectFullSet(missing);
    expectFullSet(await app.request('/assetsx/main.js'));
  });

  it('matches exactly the CloudFront asset path patterns', () => {
    expect(ASSET_PATH_PATTERNS).toEqual(['/assets/*', '/staff/assets/*']);
    expect(['/assets/a.js', '/staff/assets/b.css'].map(isAssetPath)).toEqual([true, true]);
    expect(['/', '/t/town/', '/staff/', '/api/assets/x', '/assets'].map(isAssetPath)).toEqual([false, false, false, false, false]);
  });
});
