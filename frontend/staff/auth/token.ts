/**
 * @module
 * Reads an ID token the browser was handed and checks what the page can
 * check without the key: issuer, audience, token use and expiry. The staff
 * API verifies the signature on every call; this only stops the page from
 * holding on to a token meant for someone else or already expired.
 */

export interface Session {
  /** The raw ID token, kept in memory only (never in storage or the URL). */
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  username: string;
}

export class SignInError extends Error {
  override name = 'SignInError';
}

const base64UrlJson = (part: string): unknown => {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
};

export const claimsOf = (token: string): Record<string, unknown> => {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined) throw new SignInError('ログイン情報の形式が正しくありません。');
  try {
    const payload = base64UrlJson(parts[1]);
    if (typeof payload !== 'object' || payload === null) throw new SignInError('ログイン情報の形式が正しくありません。');
    return payload as Record<string, unknown>;
  } catch (error) {
    throw error instanceof SignInError ? error : new SignInError('ログイン情報を読み取れませんでした。', { cause: error });
  }
};

export const sessionFromToken = (token: string, expected: { issuer: string; clientId: string }, now: Date): Session => {
  const claims = claimsOf(token);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== expected.issuer || !audiences.includes(expected.clientId)) throw new SignInError('このサービス用のログイン情報ではありません。');
  if (claims.token_use !== undefined && claims.token_use !== 'id') throw new SignInError('このサービス用のログイン情報ではありません。');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) throw new SignInError('ログインの有効期限が切れています。もう一度ログインしてください。');
  const username = [claims['cognito:username'], claims.email, claims.sub].find((v): v is string => typeof v === 'string') ?? '';
  return { token, expiresAt: claims.exp * 1000, username };
};
