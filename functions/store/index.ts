/**
 * @module
 * The counter store: interface, DynamoDB adapter and key grammar. The table
 * helper (tables.ts) is imported by path: it loads the AWS SDK, which no
 * Lambda entry may.
 */
export * from './counter-store';
export { createDynamoCounterStore, type DynamoCounterStoreOptions } from './dynamo-store';
export { SHARD_COUNT, MARKER_TTL_SECONDS, registeredTagsKey, REGISTERED_TAGS_PK_PREFIX, type CounterFigures, type CounterSubject } from './keys';
export { createRegisteredTags, REGISTERED_TAGS_TTL_MS, registeredTagsItem, tagsOfItem, type RegisteredTags, type RegisteredTagsOptions } from './registered-tags';
