/**
 * @module
 * Sign-in checks for every staff route. The bearer token's signature is
 * verified against the issuer's JWKS (ES256/RS256 only) before any claim is
 * looked at: until it verifies, the token is a stranger's, and every way it
 * can fail — malformed, unknown key, wrong algorithm, forged signature, with
 * whatever claims — gets one and the same 401 body, so a forger learns
 * nothing about which claim would have failed. Only a token our issuer
 * signed is then told what is wrong with it (expired, other audience …),
 * which the dashboard needs to send the person back to sign-in.
 * The claims a signed token must meet: issuer, audience, `exp` present and
 * not past, `nbf`/`iat` not in the future, a lifetime within TOKEN_LIMITS
 * (Cognito ID tokens last 1 h by default; no token may be good for more than
 * 24 h or expire more than 24 h from now), an ID token when it says which
 * kind it is, and the person's tenants. A guard then checks the `:tenant`
 * in the path against the person's groups and the role a route needs. The
 * local development issuer and Cognito go through exactly this code; only
 * the issuer, audience and key source differ.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { decodeHeader, isTokenHeader, verify } from 'hono/utils/jwt/jwt';
import { identityFromClaims, mayAct, mayActForPrefecture, type Role, type StaffIdentity } from './claims';
import { JwksUnavailableError, type KeySource } from './jwks';

export interface AuthConfig {
  issuer: string;
  /** The app client id the tokens are issued for (Cognito ID tokens carry it in `aud`). */
  audience: string;
  keySource: KeySource;
  /** Seconds since the epoch; tests pass a fixed clock. */
  now?: () => number;
}

/** How long a token may be good for, in seconds. Data, so a stricter pool setting is one edit. */
export const TOKEN_LIMITS = {
  /** `exp − iat`: Cognito's ID token lasts 1 h by default and at most 1 day. */
  maxLifetimeSeconds: 24 * 3600,
  /** `exp − now`: a token that stays good for longer than this was not issued by a sign-in. */
  maxRemainingSeconds: 24 * 3600,
  /** Clocks of the issuer and this function may differ by this much for `iat` and `nbf`. */
  clockSkewSeconds: 60,
} as const;

const ALGORITHMS = ['ES256', 'RS256'] as const;

export type StaffEnv = { Variables: { staff: StaffIdentity; jwtPayload: unknown } };

/** A refusal the staff error handler turns into a JSON body with this code. */
export class AuthRefusal extends HTTPException {
  constructor(
    status: 401 | 403,
    readonly code: 'unauthorized' | 'forbidden',
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

const INVALID_TOKEN_CHALLENGE = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };
/** The one answer for every token that is not verified as ours: nothing in it depends on the token. */
export const UNVERIFIED_TOKEN_MESSAGE = 'The token is not valid: it is malformed or its signature does not verify. Sign in again.';
const unverified = () => new AuthRefusal(401, 'unauthorized', UNVERIFIED_TOKEN_MESSAGE, INVALID_TOKEN_CHALLENGE);
const refused = (message: string) => new AuthRefusal(401, 'unauthorized', message, INVALID_TOKEN_CHALLENGE);

/** The payload of a token whose signature one of the issuer's keys verifies; throws the same refusal for every other token. */
const verifiedPayload = async (token: string, keySource: KeySource): Promise<Record<string, unknown>> => {
  let header: unknown;
  try {
    header = decodeHeader(token);
  } catch {
    throw unverified();
  }
  if (!isTokenHeader(header)) throw unverified();
  const { alg, kid } = header;
  if (typeof kid !== 'string' || !(ALGORITHMS as readonly string[]).includes(alg)) throw unverified();
  // A JWKS outage propagates: the token may be fine, so that is a 503, not a 401.
  const keys = await keySource.keys(kid);
  const key = keys.find((candidate) => candidate.kid === kid);
  if (!key || (key.alg !== undefined && key.alg !== alg)) throw unverified();
  try {
    // Signature (and header) only: every claim is checked below, after this has passed.
    return (await verify(token, key, { alg, exp: false, nbf: false, iat: false })) as Record<string, unknown>;
  } catch {
    throw unverified();
  }
};

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What is wrong with a verified token's claims, or undefined when nothing is. */
const claimProblem = (payload: Record<string, unknown>, { issuer, audience }: AuthConfig, now: number): string | undefined => {
  if (payload.iss !== issuer) return 'The token comes from an issuer this service does not trust.';
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(audience)) return 'The token was issued for another application (audience).';
  const { exp, iat, nbf } = payload;
  if (!isTime(exp)) return 'The token has no expiry (exp). Sign in again.';
  if (exp <= now) return 'The token has expired. Sign in again.';
  if (!isTime(iat)) return 'The token has no issue time (iat). Sign in again.';
  if (iat > now + TOKEN_LIMITS.clockSkewSeconds) return 'The token was issued in the future.';
  if (nbf !== undefined && (!isTime(nbf) || nbf > now + TOKEN_LIMITS.clockSkewSeconds)) return 'The token is not valid yet.';
  if (exp - iat > TOKEN_LIMITS.maxLifetimeSeconds || exp - now > TOKEN_LIMITS.maxRemainingSeconds) {
    return 'The token is good for longer than a sign-in token may be (24 hours). Sign in again.';
  }
  if (payload.token_use !== undefined && payload.token_use !== 'id') return 'Send the ID token from sign-in, not an access token.';
  return undefined;
};

/** Verifies the bearer token and puts the person's identity in `c.var.staff`. */
export const staffAuth = (config: AuthConfig): MiddlewareHandler<StaffEnv> => {
  const now = config.now ?? (() => Math.floor(Date.now() / 1000));
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (!authorization) {
      throw new AuthRefusal(401, 'unauthorized', 'Sign in first: send "Authorization: Bearer <token>".', { 'WWW-Authenticate': 'Bearer error="invalid_request"' });
    }
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw new AuthRefusal(401, 'unauthorized', 'The Authorization header must be "Bearer <token>".', { 'WWW-Authenticate': 'Bearer error="invalid_request"' });

    const payload = await verifiedPayload(token, config.keySource);
    const problem = claimProblem(payload, config, now());
    if (problem) throw refused(problem);
    const identity = identityFromClaims(payload);
    if (!identity) throw refused('The token does not say who you are (sub and cognito:groups are required).');
    c.set('jwtPayload', payload);
    c.set('staff', identity);
    await next();
  };
};

/** One scope's role check: the path parameter, its noun in the refusal, and who may act on it. */
const requireScopeRole =
  (param: 'tenant' | 'pref', noun: string, may: (identity: StaffIdentity, id: string, needed: Role) => boolean) =>
  (role: Role): MiddlewareHandler<StaffEnv> =>
  async (c, next) => {
    const id = c.req.param(param) ?? '';
    if (!may(c.get('staff'), id, 'staff')) throw new AuthRefusal(403, 'forbidden', `This account may not see ${noun} "${id}".`);
    if (!may(c.get('staff'), id, role)) throw new AuthRefusal(403, 'forbidden', `This needs the ${role} role for ${noun} "${id}".`);
    await next();
  };

/** Refuses a person who may not act on the path's `:tenant` with the given role. */
export const requireTenantRole = requireScopeRole('tenant', 'tenant', mayAct);

/** Refuses a person who may not act on the path's `:pref` (a prefecture id) with the given role. */
export const requirePrefectureRole = requireScopeRole('pref', 'prefecture', mayActForPrefecture);
