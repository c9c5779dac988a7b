/**
 * @module
 * The staff API and development issuer mounted on the real local server:
 * sign-in, JWKS fetched over HTTP, and the headers staff answers carry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountStaffLocally } from '../../functions/auth/dev-issuer/local';
import { startLocalServer, type LocalServer } from '../../functions/local/start';

let server: LocalServer;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'kokoro-staff-dist-'));
  server = await startLocalServer({ port: 0, distDir: dist, extend: (app, services) => mountStaffLocally(app, services, { quiet: true }) });
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('staff API on the local server', () => {
  it('signs in at the development issuer and verifies the token through its JWKS over HTTP', async () => {
    const login = await fetch(`${server.url}/auth/dev/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('職員ログイン');
    const tokenRes = await fetch(`${server.url}/auth/dev/token`, { method: 'POST', body: JSON.stringify({ username: 'staff@matsudo', password: 'matsudo-staff-dev' }) });
    const { id_token } = (await tokenRes.json()) as { id_token: string };
    const me = await fetch(`${server.url}/api/staff/me`, { headers: { authorization: `Bearer ${id_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ tenants: { matsudo: 'staff' } });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('content-security-policy')).toContain("default-src 'self'");
    const report = await fetch(`${server.url}/api/staff/t/matsudo/report?fy=2025`, { headers: { authorization: `Bearer ${id_token}` } });
    expect(report.status).toBe(200);
  });

  it('refuses the staff API without a token and leaves resident routes cookie-free', async () => {
    const res = await fetch(`${server.url}/api/staff/t/matsudo/report?fy=2025`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('unauthorized');
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
