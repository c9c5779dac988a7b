/**
 * @module
 * A tiny OpenID-style issuer for local development and tests: a JWKS
 * endpoint, a sign-in page and a token endpoint, issuing ID tokens shaped
 * like Cognito's (`iss`, `aud`, `sub`, `token_use: "id"`, `cognito:groups`,
 * `exp`). The staff API verifies them with the same code it uses for
 * Cognito. Mounted by functions/local/server.ts only — never imported from
 * functions/lambda/.
 */
import { Hono } from 'hono';
import { sign } from 'hono/utils/jwt/jwt';
import * as z from '../../../shared/validation';
import { GROUPS_CLAIM } from '../claims';
import { DEV_ACCOUNTS, groupsOf, type DevAccount } from './accounts';
import type { SigningKeyPair } from './keys';
import { loginPage } from './login-page';

export interface DevIssuerOptions {
  /** The `iss` claim, e.g. `http://localhost:8787/auth/dev`. */
  issuer: string;
  audience: string;
  key: SigningKeyPair;
  accounts?: readonly DevAccount[];
  /** Where the sign-in page sends the person, with the token in the URL fragment (never sent to a server). */
  afterLogin?: string;
  tokenLifetimeSeconds?: number;
  now?: () => Date;
}

const credentials = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const createDevIssuerApp = ({ issuer, audience, key, accounts = DEV_ACCOUNTS, afterLogin = '/staff/', tokenLifetimeSeconds = 3600, now = () => new Date() }: DevIssuerOptions) => {
  const find = (input: unknown): DevAccount | undefined => {
    const parsed = credentials.safeParse(input);
    if (!parsed.success) return undefined;
    return accounts.find((a) => a.username === parsed.data.username && a.password === parsed.data.password);
  };
  const issue = (account: DevAccount): Promise<string> => {
    const iat = Math.floor(now().getTime() / 1000);
    return sign(
      { iss: issuer, aud: audience, sub: account.subject, token_use: 'id', 'cognito:username': account.username, [GROUPS_CLAIM]: groupsOf(account), iat, auth_time: iat, exp: iat + tokenLifetimeSeconds },
      key.privateJwk,
    );
  };

  return new Hono()
    .get('/.well-known/jwks.json', (c) => c.json({ keys: [key.publicJwk] }, 200, { 'Cache-Control': 'public, max-age=300' }))
    .get('/login', (c) => c.html(loginPage({})))
    .post('/login', async (c) => {
      const form = await c.req.parseBody();
      const account = find(form);
      if (!account) {
        const username = typeof form.username === 'string' ? form.username : '';
        return c.html(loginPage({ error: 'ユーザー名またはパスワードが違います。', username }), 401);
      }
      return c.redirect(`${afterLogin}#id_token=${await issue(account)}`, 303);
    })
    .post('/token', async (c) => {
      const account = find(await c.req.json().catch(() => undefined));
      if (!account) return c.json({ error: 'invalid_grant', message: 'Unknown username or wrong password.' }, 401);
      return c.json({ id_token: await issue(account), token_type: 'Bearer', expires_in: tokenLifetimeSeconds }, 200, { 'Cache-Control': 'no-store' });
    });
};
