/**
 * @module
 * Turns sign-in failures into clear JSON: `{"error","message"}` with the
 * status and `WWW-Authenticate` challenge ./middleware.ts chose. A token
 * that is not verified as ours always gets the same body; one our issuer
 * signed is told what is wrong with it, so a person — or the dashboard —
 * knows whether to sign in again or ask for access. A JWKS outage is a 503:
 * the token may well be valid.
 */
import type { Context } from 'hono';
import { JwksUnavailableError } from './jwks';
import { AuthRefusal } from './middleware';

/** A JSON response for an auth failure, or undefined when the error is not one. */
export const authErrorResponse = (error: unknown, c: Context): Response | undefined => {
  if (error instanceof AuthRefusal) {
    return c.json({ error: error.code, message: error.message }, error.status, error.headers);
  }
  if (error instanceof JwksUnavailableError) {
    return c.json({ error: 'auth_unavailable', message: 'Sign-in keys are unavailable right now. Try again shortly.' }, 503, { 'Retry-After': '5' });
  }
  return undefined;
};
