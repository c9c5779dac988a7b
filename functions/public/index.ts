/**
 * @module
 * The resident-facing API app.
 */
export { createPublicApp, type PublicAppOptions } from './app';
