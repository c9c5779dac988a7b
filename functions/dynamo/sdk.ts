/**
 * @module
 * The same seven calls through the AWS SDK's DynamoDBClient, for the places
 * where start-up time does not matter (local tools, seeding, benches) and as
 * the reference the HTTP client is checked against in the tests. Not imported
 * by any Lambda entry: loading the SDK is what those avoid.
 */
import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { Dynamo, DynamoOperation, DynamoOperations } from './operations';

const COMMANDS = {
  PutItem: PutItemCommand,
  UpdateItem: UpdateItemCommand,
  DeleteItem: DeleteItemCommand,
  GetItem: GetItemCommand,
  Query: QueryCommand,
  BatchWriteItem: BatchWriteItemCommand,
  TransactWriteItems: TransactWriteItemsCommand,
} as const;

type AnyCommand = new (input: DynamoOperations[DynamoOperation][0]) => Parameters<DynamoDBClient['send']>[0];

export const sdkDynamo = (client: DynamoDBClient): Dynamo => ({
  async call(operation, input) {
    const Command = COMMANDS[operation] as unknown as AnyCommand;
    return (await client.send(new Command(input))) as never;
  },
});
