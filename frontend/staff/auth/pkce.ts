/**
 * @module
 * Authorization code flow with PKCE against the Cognito hosted sign-in page
 * (RFC 7636): a random verifier, its S256 challenge in the authorize URL, and
 * the code exchanged for tokens at the domain's token endpoint. The app
 * client has no secret, so PKCE is what binds the code to this browser tab.
 */

const base64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** 32 random bytes → 43 URL-safe characters, inside RFC 7636's 43–128. */
export const randomToken = (): string => base64Url(crypto.getRandomValues(new Uint8Array(32)));

export const challengeOf = async (verifier: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

export interface CognitoSettings {
  signInDomain: string;
  clientId: string;
  redirectUri: string;
}

export const authorizeUrl = (config: CognitoSettings, state: string, challenge: string): string =>
  `${config.signInDomain}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: 'openid email',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })}`;

export const logoutUrl = (config: CognitoSettings): string =>
  `${config.signInDomain}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri })}`;

export class TokenExchangeError extends Error {
  override name = 'TokenExchangeError';
}

/** Trades the code for tokens; only the ID token is kept (the staff API verifies ID tokens). */
export const exchangeCode = async (config: CognitoSettings, code: string, verifier: string, fetchImpl: typeof fetch = fetch): Promise<string> => {
  let res: Response;
  try {
    res = await fetchImpl(`${config.signInDomain}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: config.redirectUri, code_verifier: verifier }),
    });
  } catch (error) {
    throw new TokenExchangeError('ログインの確認に接続できませんでした。ネットワークを確かめて、もう一度ログインしてください。', { cause: error });
  }
  const body = (await res.json().catch(() => ({}))) as { id_token?: unknown; error?: unknown };
  // Cognito's error code is English and for developers; the person only needs to know to try again.
  if (!res.ok || typeof body.id_token !== 'string') throw new TokenExchangeError('ログインを完了できませんでした。もう一度ログインしてください。', { cause: body.error ?? res.status });
  return body.id_token;
};
