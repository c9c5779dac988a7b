/**
 * @module
 * The counter store: interface, DynamoDB adapter and key grammar. The table
 * helper (tables.ts) is imported by path: it loads the AWS SDK, which no
 * Lambda entry may.
 */
export * from './counter-store';
export { createDynamoCounterStore, type DynamoCounterStoreOptions } from './dynamo-store';
export { SHARD_COUNT, MARKER_TTL_SECONDS, type CounterFigures, type CounterSubject } from './keys';
