/**
 * @module
 * Exclusions: whole JST days an admin took out of the reports, with the reason; nothing counted is deleted.
 */
export * from './schema';
export * from './store';
export * from './apply';
export { exclusionRoutes, type ExclusionDeps } from './routes';
