/**
 * @module
 * Outreach channels: schema and store.
 */
export * from './schema';
export * from './store';
