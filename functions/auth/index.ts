/**
 * @module
 * Staff sign-in: JWT verification against a JWKS, the tenant/role claims and
 * the JSON refusals. The development issuer lives in ./dev-issuer and is
 * deliberately not re-exported here, so the Lambda build cannot pull it in.
 */
export * from './claims';
export * from './jwks';
export * from './middleware';
export * from './errors';
