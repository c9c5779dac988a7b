/**
 * @module
 * Turns sign-in failures into clear JSON: `{"error","message"}` with the
 * status and `WWW-Authenticate` challenge the `jwk` middleware chose. The
 * verification failure's cause (expired, wrong issuer, wrong audience, bad
 * signature, malformed) becomes the message, so a person — or the dashboard —
 * knows whether to sign in again or ask for access. A JWKS outage is a 503:
 * the token may well be valid.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  JwtAlgorithmNotAllowed,
  JwtHeaderInvalid,
  JwtHeaderRequiresKid,
  JwtPayloadRequiresAud,
  JwtTokenAudience,
  JwtTokenExpired,
  JwtTokenInvalid,
  JwtTokenIssuedAt,
  JwtTokenIssuer,
  JwtTokenNotBefore,
  JwtTokenSignatureMismatched,
} from 'hono/utils/jwt/types';
import { JwksUnavailableError } from './jwks';
import { AuthRefusal } from './middleware';

const CAUSES: [new (...args: never[]) => Error, string][] = [
  [JwtTokenExpired, 'The token has expired. Sign in again.'],
  [JwtTokenNotBefore, 'The token is not valid yet.'],
  [JwtTokenIssuedAt, 'The token was issued in the future.'],
  [JwtTokenIssuer, 'The token comes from an issuer this service does not trust.'],
  [JwtTokenAudience, 'The token was issued for another application (audience).'],
  [JwtPayloadRequiresAud, 'The token has no audience (aud).'],
  [JwtTokenSignatureMismatched, 'The token signature does not verify.'],
  [JwtAlgorithmNotAllowed, 'The token is signed with an algorithm this service does not accept (ES256 or RS256 only).'],
  [JwtHeaderRequiresKid, 'The token header has no key id (kid).'],
  [JwtHeaderInvalid, 'The token header is not valid.'],
  [JwtTokenInvalid, 'The token is malformed or signed with an unknown key.'],
];

const explain = (cause: unknown): string =>
  CAUSES.find(([type]) => cause instanceof type)?.[1] ?? 'Send a valid sign-in token as "Authorization: Bearer <token>".';

/** A JSON response for an auth failure, or undefined when the error is not one. */
export const authErrorResponse = (error: unknown, c: Context): Response | undefined => {
  if (error instanceof AuthRefusal) {
    return c.json({ error: error.code, message: error.message }, error.status);
  }
  if (!(error instanceof HTTPException) || error.status !== 401) return undefined;
  if (error.cause instanceof JwksUnavailableError) {
    return c.json({ error: 'auth_unavailable', message: 'Sign-in keys are unavailable right now. Try again shortly.' }, 503, { 'Retry-After': '5' });
  }
  const challenge = error.getResponse().headers.get('WWW-Authenticate');
  const noToken = error.message === 'no authorization included in request';
  const message = noToken ? 'Sign in first: send "Authorization: Bearer <token>".' : error.message === 'invalid credentials structure' ? 'The Authorization header must be "Bearer <token>".' : explain(error.cause);
  return c.json({ error: 'unauthorized', message }, 401, challenge ? { 'WWW-Authenticate': challenge } : {});
};
