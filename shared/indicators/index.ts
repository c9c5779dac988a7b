/**
 * @module
 * Plan indicators (計画の指標): their schema, the period each is reported
 * for, the filled sentence, and the terms (用語) figures are given in.
 * A tenant lists its own indicators in its data (shared/tenants).
 */
export * from './schema';
export * from './period';
export * from './sentence';
export * from './terms';
