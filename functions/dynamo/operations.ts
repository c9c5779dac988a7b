/**
 * @module
 * What a DynamoDB client must offer this service: the seven calls it makes, with
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
  TransactWriteItemsInput,
  TransactWriteItemsOutput,
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
  TransactWriteItems: [TransactWriteItemsInput, TransactWriteItemsOutput];
}

export type DynamoOperation = keyof DynamoOperations;

export interface Dynamo {
  call<K extends DynamoOperation>(operation: K, input: DynamoOperations[K][0]): Promise<DynamoOperations[K][1]>;
}

/** Calls that change nothing, so repeating one after an unclear failure (timeout, 5xx) is always safe. */
export const READ_OPERATIONS: ReadonlySet<DynamoOperation> = new Set(['GetItem', 'Query']);

/**
 * True when sending this very call again cannot apply anything twice, whatever
 * became of the first copy: a read, or a transaction carrying a
 * ClientRequestToken (DynamoDB answers a repeat within ten minutes with the
 * first copy's result and applies nothing). Any other write may already have
 * landed when its answer is lost, so it is never re-sent after an unclear failure.
 */
export const isRepeatable = <K extends DynamoOperation>(operation: K, input: DynamoOperations[K][0]): boolean =>
  READ_OPERATIONS.has(operation) || (operation === 'TransactWriteItems' && typeof (input as TransactWriteItemsInput).ClientRequestToken === 'string');

/** Why DynamoDB cancelled a transaction, item by item (`None` for the items that were fine). */
export const cancellationReasonsOf = (error: unknown): string[] => {
  const reasons = (error as { CancellationReasons?: unknown } | null)?.CancellationReasons;
  return Array.isArray(reasons) ? reasons.map((reason) => String((reason as { Code?: unknown } | null)?.Code ?? 'None')) : [];
};

/**
 * Cancellation reasons that mean DynamoDB applied none of the transaction and
 * another attempt may succeed: throttled, or in conflict with another
 * transaction on one of its items.
 */
const PASSING_CANCELLATIONS: ReadonlySet<string> = new Set(['None', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'TransactionConflict', 'RequestLimitExceeded']);

/**
 * DynamoDB refused the call and did nothing, and trying again later may work:
 * throttling, a transaction cancelled only by throttling or a conflict, or the
 * same transaction still in progress under its token.
 */
export const isRefusedForNow = (error: unknown): boolean => {
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') return false;
  if (THROTTLING_ERRORS.has(name) || name === 'TransactionInProgressException' || name === 'TransactionConflictException') return true;
  if (name !== 'TransactionCanceledException') return false;
  const reasons = cancellationReasonsOf(error);
  return reasons.length > 0 && reasons.every((code) => PASSING_CANCELLATIONS.has(code)) && reasons.some((code) => code !== 'None');
};

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

/** True when a transaction was cancelled because the condition on its item `index` did not hold. */
export const isTransactionConditionFailure = (error: unknown, index: number): boolean =>
  (error as { name?: unknown } | null)?.name === 'TransactionCanceledException' && cancellationReasonsOf(error)[index] === 'ConditionalCheckFailed';
