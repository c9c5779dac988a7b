/**
 * @module
 * The local development issuer (keys, seeded accounts, Hono app). Only the
 * local server and tests import this; functions/lambda/ must never do so.
 */
export { createDevIssuerApp, type DevIssuerOptions } from './app';
export { DEV_ACCOUNTS, describeAccounts, type DevAccount } from './accounts';
export { generateSigningKey, type SigningKeyPair } from './keys';
