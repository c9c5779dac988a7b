/**
 * @module
 * The development issuer's signing key: a fresh ES256 (P-256) key pair made
 * with WebCrypto each time the local server starts. Tokens from an earlier
 * run stop verifying after a restart, which is what a developer expects.
 */
import type { HonoJsonWebKey } from 'hono/utils/jwt/jws';

export interface SigningKeyPair {
  /** Private JWK with `alg` and `kid`, as hono's `sign` takes it. */
  privateJwk: HonoJsonWebKey;
  /** The public half, served at the JWKS endpoint. */
  publicJwk: HonoJsonWebKey;
}

export const generateSigningKey = async (): Promise<SigningKeyPair> => {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const kid = `dev-${crypto.randomUUID()}`;
  const publicJwk = { ...(await crypto.subtle.exportKey('jwk', pair.publicKey)), alg: 'ES256', kid, use: 'sig' };
  const privateJwk = { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), alg: 'ES256', kid };
  delete publicJwk.key_ops;
  delete publicJwk.ext;
  return { privateJwk, publicJwk };
};
