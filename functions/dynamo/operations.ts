/**
 * @module
 * What a DynamoDB client must offer this service: the six calls it makes, with
 * the AWS SDK's own input and output types (type-only: nothing of the SDK is
 * loaded), and which failures are safe to retry.
 */
import type {
  BatchWriteItemInput,
  BatchWriteItemOutput,
  DeleteItemInput,
  DeleteItemOutput,
  GetItemInput,
  GetItemOutput,
  PutItemInput,
  PutItemOutput,
  QueryInput,
  QueryOutput,
  UpdateItemInput,
  UpdateItemOutput,
} from '@aws-sdk/client-dynamodb';

export interface DynamoOperations {
  PutItem: [PutItemInput, PutItemOutput];
  UpdateItem: [UpdateItemInput, UpdateItemOutput];
  DeleteItem: [DeleteItemInput, DeleteItemOutput];
  GetItem: [GetItemInput, GetItemOutput];
  Query: [QueryInput, QueryOutput];
  BatchWriteItem: [BatchWriteItemInput, BatchWriteItemOutput];
}

export type DynamoOperation = keyof DynamoOperations;

export interface Dynamo {
  call<K extends DynamoOperation>(operation: K, input: DynamoOperations[K][0]): Promise<DynamoOperations[K][1]>;
}

/** Calls that change nothing, so repeating one after an unclear failure (timeout, 5xx) is always safe. */
export const READ_OPERATIONS: ReadonlySet<DynamoOperation> = new Set(['GetItem', 'Query']);

/**
 * DynamoDB refused the request before doing anything: retrying cannot apply a
 * write twice. (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html)
 */
export const THROTTLING_ERRORS: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/** True for DynamoDB's answer "the condition did not hold", from either client. */
export const isConditionFailure = (error: unknown): boolean => (error as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException';
