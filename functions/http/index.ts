/**
 * @module
 * HTTP plumbing shared by every Hono app: security headers and JSON errors.
 */
export * from './security';
export * from './errors';
export * from './body';
export * from './origin';
