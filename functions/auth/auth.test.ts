import { Hono } from 'hono';
import { sign } from 'hono/utils/jwt/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { authErrorResponse, identityFromClaims, mayAct, mayActForPrefecture, remoteJwks, requireTenantRole, staffAuth, staticJwks, TOKEN_LIMITS, UNVERIFIED_TOKEN_MESSAGE, type KeySource, type StaffEnv } from '.';
import { createDevIssuerApp, DEV_ACCOUNTS, generateSigningKey, type SigningKeyPair } from './dev-issuer';

const ISSUER = 'http://localhost:8787/auth/dev';
const AUDIENCE = 'kokoro-check-dev';

const protectedApp = (keySource: KeySource) => {
  const app = new Hono<StaffEnv>();
  app.onError((error, c) => authErrorResponse(error, c) ?? c.json({ error: 'internal' }, 500));
  app.use('/t/:tenant/*', staffAuth({ issuer: ISSUER, audience: AUDIENCE, keySource }));
  app.get('/t/:tenant/report', requireTenantRole('staff'), (c) => c.json({ ok: true, subject: c.get('staff').subject }));
  app.get('/t/:tenant/channels', requireTenantRole('admin'), (c) => c.json({ ok: true }));
  return app;
};

let key: SigningKeyPair;
let app: ReturnType<typeof protectedApp>;
const tokenFrom = async (issuerApp: ReturnType<typeof createDevIssuerApp>, username = 'staff@matsudo') => {
  const account = DEV_ACCOUNTS.find((a) => a.username === username);
  const res = await issuerApp.request('/token', { method: 'POST', body: JSON.stringify({ username, password: account?.password }) });
  return ((await res.json()) as { id_token: string }).id_token;
};
const get = (path: string, token?: string, raw?: string) =>
  app.request(path, { headers: raw ? { authorization: raw } : token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  key = await generateSigningKey();
  const issuerApp = createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key });
  // The same remote-JWKS path as production, fetching from the issuer app in-process.
  app = protectedApp(remoteJwks({ url: `${ISSUER}/.well-known/jwks.json`, fetch: async (url) => issuerApp.request(url.replace(ISSUER, '')) }));
});

const expectRefusal = async (res: Response, status: number, words: RegExp) => {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string; message: string };
  expect(body.error).toBe(status === 401 ? 'unauthorized' : 'forbidden');
  expect(body.message).toMatch(words);
};

describe('staff sign-in', () => {
  it('lets a seeded staff member see their own tenant', async () => {
    const res = await get('/t/matsudo/report', await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, subject: DEV_ACCOUNTS[0]?.subject });
  });

  it('refuses a request without a token', async () => {
    const res = await get('/t/matsudo/report');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    await expectRefusal(res, 401, /Sign in first/);
  });

  it.each([
    ['a non-bearer header', 'Basic abc', /Bearer <token>/],
    ['garbage', 'Bearer not-a-jwt', /malformed|not valid/],
    ['a token with three garbage parts', 'Bearer a.b.c', /malformed|not valid/],
  ])('refuses %s', async (_name, raw, words) => {
    await expectRefusal(await get('/t/matsudo/report', undefined, raw), 401, words);
  });

  it('refuses a token signed with another key under the same key id', async () => {
    const forger = await generateSigningKey();
    const forged = { ...forger, privateJwk: { ...forger.privateJwk, kid: key.privateJwk.kid } };
    const token = await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key: forged }));
    await expectRefusal(await get('/t/matsudo/report', token), 401, /signature/);
  });

  it('answers every token it cannot verify with the same body and challenge, whatever its claims say', async () => {
    const forger = await generateSigningKey();
    const forgedKey = { ...forger.privateJwk, kid: key.privateJwk.kid };
    const now = Math.floor(Date.now() / 1000);
    const good = { iss: ISSUER, aud: AUDIENCE, sub: 'x', token_use: 'id', iat: now, exp: now + 600, 'cognito:groups': ['tenant-matsudo-staff'] };
    const forgeries = [
      await sign(good, forgedKey),
      await sign({ ...good, exp: now - 600, iat: now - 1200 }, forgedKey),
      await sign({ ...good, iss: 'https://evil.example' }, forgedKey),
      await sign({ ...good, aud: 'other-app' }, forgedKey),
      await sign({ ...good, exp: now + 10 * 365 * 86400 }, forgedKey),
      await sign({ ...good, nbf: now + 3600, iat: now + 3600 }, forgedKey),
      await sign({ ...good, token_use: 'access' }, forgedKey),
      await sign({ sub: 'x' }, forgedKey),
      await sign(good, { ...forger.privateJwk, kid: 'unknown-kid' }),
      await sign(good, 'secret', 'HS256'),
      'Bearer-less.garbage.token',
    ];
    const answers = new Set<string>();
    for (const token of forgeries) {
      const res = await get('/t/matsudo/report', token);
      expect(res.status).toBe(401);
      answers.add(JSON.stringify([await res.text(), res.headers.get('WWW-Authenticate')]));
    }
    expect([...answers]).toEqual([JSON.stringify([JSON.stringify({ error: 'unauthorized', message: UNVERIFIED_TOKEN_MESSAGE }), 'Bearer error="invalid_token"'])]);
  });

  it('refuses a signed token that is good for longer than a sign-in token may be', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: ISSUER, aud: AUDIENCE, sub: 'x', token_use: 'id', 'cognito:groups': ['tenant-matsudo-staff'] };
    const yearsAway = await sign({ ...claims, iat: now, exp: now + 5 * 365 * 86400 }, key.privateJwk);
    await expectRefusal(await get('/t/matsudo/report', yearsAway), 401, /longer than a sign-in token/);
    // Still unexpired, but issued longer ago than any sign-in token lasts.
    const oldIssue = await sign({ ...claims, iat: now - TOKEN_LIMITS.maxLifetimeSeconds - 60, exp: now + 60 }, key.privateJwk);
    await expectRefusal(await get('/t/matsudo/report', oldIssue), 401, /longer than a sign-in token/);
    const noIat = await sign({ ...claims, exp: now + 600 }, key.privateJwk);
    await expectRefusal(await get('/t/matsudo/report', noIat), 401, /issue time/);
    // Right at the limit is accepted: a Cognito pool set to its 1-day maximum keeps working.
    const day = await sign({ ...claims, iat: now, exp: now + TOKEN_LIMITS.maxLifetimeSeconds }, key.privateJwk);
    expect((await get('/t/matsudo/report', day)).status).toBe(200);
  });

  it('refuses a token from another issuer', async () => {
    const token = await tokenFrom(createDevIssuerApp({ issuer: 'https://evil.example/auth', audience: AUDIENCE, key }));
    await expectRefusal(await get('/t/matsudo/report', token), 401, /issuer/);
  });

  it('refuses a token for another audience', async () => {
    const token = await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: 'other-app', key }));
    await expectRefusal(await get('/t/matsudo/report', token), 401, /audience/);
  });

  it('refuses an expired token', async () => {
    const past = () => new Date(Date.now() - 2 * 3600_000);
    const token = await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key, now: past }));
    await expectRefusal(await get('/t/matsudo/report', token), 401, /expired/);
  });

  it('refuses a token without an expiry', async () => {
    const token = await sign({ iss: ISSUER, aud: AUDIENCE, sub: 'x', 'cognito:groups': ['tenant-matsudo-staff'] }, key.privateJwk);
    await expectRefusal(await get('/t/matsudo/report', token), 401, /expiry/);
  });

  it('refuses an HS256 token even with a valid shape', async () => {
    const token = await sign({ iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 }, 'secret', 'HS256');
    await expectRefusal(await get('/t/matsudo/report', token), 401, /key id|algorithm|not valid/);
  });

  it('refuses a tenant the person may not see', async () => {
    const token = await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key }), 'admin@matsudo');
    await expectRefusal(await get('/t/kashiwa/report', token), 403, /may not see tenant "kashiwa"/);
  });

  it('refuses a staff-role token on an admin route and admits an admin', async () => {
    const issuerApp = createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key });
    await expectRefusal(await get('/t/matsudo/channels', await tokenFrom(issuerApp, 'staff@matsudo')), 403, /admin role/);
    expect((await get('/t/matsudo/channels', await tokenFrom(issuerApp, 'admin@matsudo'))).status).toBe(200);
  });

  it('accepts RS256 tokens from a JWKS as well', async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const publicJwk = { ...(await crypto.subtle.exportKey('jwk', pair.publicKey)), alg: 'RS256', kid: 'rsa-1' };
    const privateJwk = { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), alg: 'RS256', kid: 'rsa-1' };
    const token = await sign({ iss: ISSUER, aud: AUDIENCE, sub: 'r', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 60, 'cognito:groups': ['tenant-matsudo-staff'] }, privateJwk);
    expect((await protectedApp(staticJwks([publicJwk])).request('/t/matsudo/report', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('answers 503, not 401, when the JWKS cannot be fetched', async () => {
    const down = protectedApp(remoteJwks({ url: 'http://issuer.invalid/jwks', fetch: async () => new Response('down', { status: 502 }) }));
    const token = await tokenFrom(createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key }));
    const res = await down.request('/t/matsudo/report', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toBe('auth_unavailable');
  });
});

describe('claims', () => {
  it('reads tenants and the strongest role from cognito:groups, ignoring other groups', () => {
    expect(identityFromClaims({ sub: 's', 'cognito:groups': ['tenant-matsudo-staff', 'tenant-matsudo-admin', 'tenant-new-town-staff', 'us-east-1_Pool_Google', 'tenant-X-staff'] })).toEqual({
      subject: 's',
      tenants: { matsudo: 'admin', 'new-town': 'staff' },
      prefectures: {},
    });
    expect(identityFromClaims({ sub: 's' })).toBeUndefined();
  });

  it('reads prefecture scopes from pref-<id>-<role> groups, for the 47 prefectures only', () => {
    const identity = identityFromClaims({ sub: 's', 'cognito:groups': ['pref-chiba-staff', 'pref-tokyo-staff', 'pref-tokyo-admin', 'pref-atlantis-admin', 'pref-Chiba-staff'] });
    expect(identity).toEqual({ subject: 's', tenants: {}, prefectures: { chiba: 'staff', tokyo: 'admin' } });
    expect(mayActForPrefecture(identity!, 'chiba', 'staff')).toBe(true);
    expect(mayActForPrefecture(identity!, 'chiba', 'admin')).toBe(false);
    expect(mayActForPrefecture(identity!, 'saitama', 'staff')).toBe(false);
    // A prefecture scope is not a town's: it opens no town report.
    expect(mayAct(identity!, 'matsudo', 'staff')).toBe(false);
  });
});

describe('remote JWKS cache', () => {
  it('fetches once, refetches for an unknown key id only after the minimum interval', async () => {
    let clock = 0;
    let fetches = 0;
    const source = remoteJwks({
      url: 'http://x/jwks',
      now: () => clock,
      minRefreshMs: 1000,
      fetch: async () => (fetches++, Response.json({ keys: [{ kid: 'a' }] })),
    });
    await source.keys('a');
    await source.keys('a');
    await source.keys('unknown');
    expect(fetches).toBe(1);
    clock = 1500;
    await source.keys('unknown');
    expect(fetches).toBe(2);
  });
});
