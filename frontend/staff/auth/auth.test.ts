import { describe, expect, it } from 'vitest';
import { parseStaffConfig, StaffConfigError } from './config';
import { challengeOf } from './pkce';
import { beginSignIn, completeSignIn } from './session';
import { SignInError, sessionFromToken } from './token';

const cognito = parseStaffConfig({
  issuer: 'https://cognito-idp.ap-northeast-1.amazonaws.com/pool',
  clientId: 'client123',
  signInDomain: 'https://kokoro.auth.ap-northeast-1.amazoncognito.com',
  redirectUri: 'https://kokoro.example.jp/staff/',
});
const now = new Date('2026-06-01T00:00:00Z');
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (claims: object) => `${b64({ alg: 'ES256' })}.${b64(claims)}.sig`;
const good = { iss: cognito.issuer, aud: 'client123', token_use: 'id', 'cognito:username': 'staff@matsudo', exp: now.getTime() / 1000 + 600 };

class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) { this.items.set(k, v); }
  removeItem(k: string) { this.items.delete(k); }
  clear() { this.items.clear(); }
  key() { return null; }
}

describe('staff sign-in', () => {
  it('reads the Cognito and the development config, and refuses a sign-in page on another origin', () => {
    expect(cognito.kind).toBe('cognito');
    expect(parseStaffConfig({ issuer: 'http://localhost:8787/auth/dev', clientId: 'c', devSignIn: '/auth/dev/login', redirectUri: 'http://localhost:8787/staff/' }).kind).toBe('dev');
    expect(() => parseStaffConfig({ issuer: 'i', clientId: 'c', devSignIn: '//evil.example/login', redirectUri: 'r' })).toThrow(StaffConfigError);
    expect(() => parseStaffConfig({ issuer: 'i', clientId: 'c', signInDomain: 'http://kokoro.example.jp', redirectUri: 'r' })).toThrow(StaffConfigError);
  });

  it('computes the PKCE challenge of RFC 7636 appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('keeps a token only for this issuer and client, and only before it expires', () => {
    expect(sessionFromToken(token(good), cognito, now)).toMatchObject({ username: 'staff@matsudo', expiresAt: good.exp * 1000 });
    expect(() => sessionFromToken(token({ ...good, aud: 'other' }), cognito, now)).toThrow(SignInError);
    expect(() => sessionFromToken(token({ ...good, iss: 'https://elsewhere' }), cognito, now)).toThrow(SignInError);
    expect(() => sessionFromToken(token({ ...good, token_use: 'access' }), cognito, now)).toThrow(SignInError);
    expect(() => sessionFromToken(token({ ...good, exp: now.getTime() / 1000 - 1 }), cognito, now)).toThrow('有効期限');
    expect(() => sessionFromToken('not-a-jwt', cognito, now)).toThrow(SignInError);
  });

  it('runs the code flow with PKCE: state checked, verifier sent, verifier gone from storage afterwards', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    let went = '';
    await beginSignIn(cognito, { hash: '', search: '', assign: (url) => void (went = url) }, storage);
    const sent = new URL(went);
    expect(`${sent.origin}${sent.pathname}`).toBe('https://kokoro.auth.ap-northeast-1.amazoncognito.com/oauth2/authorize');
    expect(sent.searchParams.get('code_challenge_method')).toBe('S256');
    const state = sent.searchParams.get('state') ?? '';

    const requests: URLSearchParams[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      requests.push(new URLSearchParams(String(init.body)));
      return new Response(JSON.stringify({ id_token: token(good) }), { status: 200 });
    }) as unknown as typeof fetch;
    const session = await completeSignIn(cognito, { hash: '', search: `?code=abc&state=${state}` }, storage, now, fakeFetch);
    expect(session?.username).toBe('staff@matsudo');
    const verifier = requests[0]?.get('code_verifier') ?? '';
    expect(await challengeOf(verifier)).toBe(sent.searchParams.get('code_challenge'));
    expect(requests[0]?.get('code')).toBe('abc');
    expect(storage.length).toBe(0);
  });

  it('refuses a code that comes back with another state', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    await beginSignIn(cognito, { hash: '', search: '', assign: () => undefined }, storage);
    await expect(completeSignIn(cognito, { hash: '', search: '?code=abc&state=forged' }, storage, now)).rejects.toThrow(SignInError);
    expect(storage.length).toBe(0);
  });
});
