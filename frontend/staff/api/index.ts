/**
 * @module
 * The dashboard's calls to the staff API and its file downloads.
 */
export * from './client';
export * from './save';
export * from './refusals';
