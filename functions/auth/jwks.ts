/**
 * @module
 * The issuer's public keys, fetched from its JWKS URL and kept in memory: a
 * Lambda container verifies many tokens with one fetch. An unknown key id
 * triggers a refetch (the issuer rotated keys), but no more often than
 * `minRefreshMs`, so a flood of forged key ids cannot hammer the issuer.
 */
import type { HonoJsonWebKey } from 'hono/utils/jwt/jws';

export interface KeySource {
  /** Keys to verify with; `kid` is the token's key id, when it has one. */
  keys(kid?: string): Promise<HonoJsonWebKey[]>;
}

/** The keys could not be fetched: the API answers 503, not 401, since the token may be fine. */
export class JwksUnavailableError extends Error {
  override name = 'JwksUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface RemoteJwksOptions {
  url: string;
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  /** How long keys are trusted without a refetch. */
  ttlMs?: number;
  minRefreshMs?: number;
  now?: () => number;
}

export const remoteJwks = ({ url, fetch: doFetch = fetch, ttlMs = 3_600_000, minRefreshMs = 30_000, now = Date.now }: RemoteJwksOptions): KeySource => {
  let cached: HonoJsonWebKey[] | undefined;
  let fetchedAt = -Infinity;
  let inFlight: Promise<HonoJsonWebKey[]> | undefined;

  const load = async (): Promise<HonoJsonWebKey[]> => {
    let body: unknown;
    try {
      const response = await doFetch(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw new JwksUnavailableError(`Could not fetch the JWKS from ${url}`, { cause: error });
    }
    const keys = (body as { keys?: unknown })?.keys;
    if (!Array.isArray(keys)) throw new JwksUnavailableError(`The JWKS from ${url} has no keys array`);
    cached = keys as HonoJsonWebKey[];
    fetchedAt = now();
    return cached;
  };

  return {
    async keys(kid) {
      const age = now() - fetchedAt;
      const unknownKid = kid !== undefined && !cached?.some((key) => key.kid === kid);
      if (cached && age < ttlMs && !(unknownKid && age >= minRefreshMs)) return cached;
      inFlight ??= load().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
};

/** Fixed keys, for tests that exercise verification without an HTTP issuer. */
export const staticJwks = (keys: HonoJsonWebKey[]): KeySource => ({ keys: async () => keys });
