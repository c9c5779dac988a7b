/**
 * @module
 * The counter store: interface, DynamoDB adapter, table helper and key grammar.
 */
export * from './counter-store';
export { createDynamoCounterStore, type DynamoCounterStoreOptions } from './dynamo-store';
export { ensureTables, TABLE_KEYS } from './tables';
export { SHARD_COUNT, MARKER_TTL_SECONDS, type CounterFigures, type CounterSubject } from './keys';
