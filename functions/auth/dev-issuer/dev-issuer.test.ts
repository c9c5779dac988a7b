import { describe, expect, it } from 'vitest';
import { decode } from 'hono/utils/jwt/jwt';
import { createDevIssuerApp, generateSigningKey } from '.';

describe('development issuer', async () => {
  const app = createDevIssuerApp({ issuer: 'http://localhost/auth/dev', audience: 'aud', key: await generateSigningKey() });

  it('serves only the public key in its JWKS', async () => {
    const { keys } = (await (await app.request('/.well-known/jwks.json')).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('signs in through the form and hands the ID token over in the fragment', async () => {
    const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'admin@matsudo', password: 'matsudo-admin-dev' }) });
    expect(res.status).toBe(303);
    const token = res.headers.get('location')?.match(/^\/staff\/#id_token=(.+)$/)?.[1] ?? '';
    expect(decode(token).payload).toMatchObject({ iss: 'http://localhost/auth/dev', aud: 'aud', token_use: 'id', 'cognito:groups': ['tenant-matsudo-admin'] });
  });

  it('refuses a wrong password with an announced error and no token', async () => {
    const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'staff@matsudo', password: 'nope' }) });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('role="alert"');
    expect((await app.request('/token', { method: 'POST', body: '{"username":"staff@matsudo","password":"x"}' })).status).toBe(401);
  });

  it('renders a labelled Japanese sign-in form', async () => {
    const page = await (await app.request('/login')).text();
    expect(page).toContain('lang="ja"');
    expect(page).toMatch(/<label for="username">/);
    expect(page).toMatch(/<label for="password">/);
  });
});
