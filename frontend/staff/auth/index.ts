/**
 * @module
 * Staff sign-in for the dashboard: config, the PKCE flow, and the in-memory session.
 */
export * from './config';
export * from './expiry';
export * from './pkce';
export * from './session';
export * from './token';
