/**
 * @module
 * A real DynamoDB-compatible server for integration tests: dynalite in
 * memory on a free port, the counter table created, and a full-table Scan
 * for "nothing was written" assertions.
 */
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Dynamo, DynamoOperation } from '../../../functions/dynamo';
import { startDynalite, type LocalDynamo } from '../../../functions/local/dynalite';
import { ensureTables } from '../../../functions/store/tables';

export interface TestDynamo extends LocalDynamo {
  tableName: string;
  /** Every item in the table, sorted by key, for before/after comparisons. */
  scanAll(): Promise<Record<string, AttributeValue>[]>;
}

export const startTestDynamo = async (tableName = 'kokoro-test-counters'): Promise<TestDynamo> => {
  const dynamo = await startDynalite();
  await ensureTables(dynamo.client, tableName);
  const scanAll = async () => {
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo.client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const key = (item: Record<string, AttributeValue>) => `${item.pk?.S}\u0000${item.sk?.S}`;
    return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  };
  return { ...dynamo, tableName, scanAll };
};

/** The same client, except that every `operation` call fails with `message` (e.g. a counter write during an outage). */
export const failingOn = (inner: Dynamo, operation: DynamoOperation, message: string): Dynamo => ({
  call: (op, input) => (op === operation ? Promise.reject(new Error(message)) : inner.call(op, input)),
});
