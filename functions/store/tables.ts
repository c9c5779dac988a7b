/**
 * @module
 * The one counter table's shape and a helper that creates it where it is
 * missing — for the local server and the tests. In AWS the table comes from
 * the CDK stack (same keys, on-demand, TTL on `expiresAt`), never from here.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk', ttlAttribute: 'expiresAt' } as const;

const isMissingTable = (error: unknown) =>
  error instanceof ResourceNotFoundException || (error as { name?: string })?.name === 'ResourceNotFoundException';

/** Creates the table (on-demand, string `pk`/`sk`) if it does not exist, and waits until it is active. */
export const ensureTables = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
  } catch (error) {
    if (!isMissingTable(error)) throw error;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
          { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
        ],
      }),
    );
  }
  // Local servers create tables in milliseconds; the bound only guards against a wedged server.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Table ${tableName} did not become active`);
};
