/**
 * @module
 * Outreach channels: schema, store and CSV import.
 */
export * from './import';
export * from './schema';
export * from './store';
