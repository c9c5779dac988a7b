/**
 * @module
 * Typed environment readers, for entry files only.
 */
export * from './env';
