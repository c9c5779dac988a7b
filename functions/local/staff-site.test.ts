import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStaffSiteApp, devStaffConfig } from './staff-site';

const dist = mkdtempSync(join(tmpdir(), 'kokoro-staff-site-'));
mkdirSync(join(dist, 'staff', 'assets'), { recursive: true });
writeFileSync(join(dist, 'staff', 'index.html'), '<!doctype html><title>dashboard</title>');
writeFileSync(join(dist, 'staff', 'assets', 'index-abc.js'), 'export {};');
writeFileSync(join(dist, 'secret.txt'), 'no');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = createStaffSiteApp({ distDir: dist, config: devStaffConfig('http://localhost:8787') });

describe('local staff dashboard pages', () => {
  it('redirects /staff once and serves the dashboard at /staff/ and its views', async () => {
    const bare = await app.request('/staff');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/staff/');
    for (const path of ['/staff/', '/staff/reports']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('dashboard');
    }
  });

  it('points the dashboard at the development issuer', async () => {
    expect(await (await app.request('/staff/config.json')).json()).toEqual({
      issuer: 'http://localhost:8787/auth/dev',
      clientId: 'kokoro-check-local',
      devSignIn: '/auth/dev/login',
      redirectUri: 'http://localhost:8787/staff/',
    });
  });

  it('serves hashed assets for a year and nothing outside its folder', async () => {
    const asset = await app.request('/staff/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/staff/assets/..%2Fsecret.txt')).status).toBe(404);
    expect((await app.request('/staff/assets/missing.js')).status).toBe(404);
  });
});
