/**
 * @module
 * Sign-in checks for every staff route. Hono's `jwk` middleware verifies the
 * signature against the issuer's JWKS (ES256/RS256 only), the issuer, the
 * audience and the expiry; this module adds what it leaves optional — a
 * token must carry `exp`, be an ID token when it says which kind it is, and
 * name the person's tenants — and a guard that checks the `:tenant` in the
 * path against the person's groups and the role a route needs. The local
 * development issuer and Cognito go through exactly this code; only the
 * issuer, audience and key source differ.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { jwk } from 'hono/jwk';
import { decode } from 'hono/utils/jwt/jwt';
import { identityFromClaims, mayAct, type Role, type StaffIdentity } from './claims';
import type { KeySource } from './jwks';

export interface AuthConfig {
  issuer: string;
  /** The app client id the tokens are issued for (Cognito ID tokens carry it in `aud`). */
  audience: string;
  keySource: KeySource;
}

export type StaffEnv = { Variables: { staff: StaffIdentity; jwtPayload: unknown } };

/** A refusal the staff error handler turns into a JSON body with this code. */
export class AuthRefusal extends HTTPException {
  constructor(
    status: 401 | 403,
    readonly code: 'unauthorized' | 'forbidden',
    message: string,
  ) {
    super(status, { message });
  }
}

const kidOf = (authorization: string | undefined): string | undefined => {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return undefined;
  try {
    const kid = decode(token).header.kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
};

/** Verifies the bearer token and puts the person's identity in `c.var.staff`. */
export const staffAuth = ({ issuer, audience, keySource }: AuthConfig): MiddlewareHandler<StaffEnv> => {
  const verifyToken = jwk({
    alg: ['ES256', 'RS256'],
    keys: (c) => keySource.keys(kidOf(c.req.header('authorization'))),
    verification: { iss: issuer, aud: audience, exp: true, nbf: true, iat: true },
  });
  return async (c, next) => {
    await verifyToken(c, async () => {
      const payload = c.get('jwtPayload') as Record<string, unknown>;
      // hono checks exp only when present; a token that never expires is not accepted here.
      if (typeof payload.exp !== 'number') throw new AuthRefusal(401, 'unauthorized', 'The token has no expiry (exp). Sign in again.');
      if (payload.token_use !== undefined && payload.token_use !== 'id') {
        throw new AuthRefusal(401, 'unauthorized', 'Send the ID token from sign-in, not an access token.');
      }
      const identity = identityFromClaims(payload);
      if (!identity) throw new AuthRefusal(401, 'unauthorized', 'The token does not say who you are (sub and cognito:groups are required).');
      c.set('staff', identity);
      await next();
    });
  };
};

/** Refuses a person who may not act on the path's `:tenant` with the given role. */
export const requireTenantRole = (role: Role): MiddlewareHandler<StaffEnv> => async (c, next) => {
  const tenant = c.req.param('tenant') ?? '';
  if (!mayAct(c.get('staff'), tenant, 'staff')) {
    throw new AuthRefusal(403, 'forbidden', `This account may not see tenant "${tenant}".`);
  }
  if (!mayAct(c.get('staff'), tenant, role)) {
    throw new AuthRefusal(403, 'forbidden', `This needs the ${role} role for tenant "${tenant}".`);
  }
  await next();
};
