/**
 * @module
 * A real DynamoDB-compatible server for integration tests: dynalite in
 * memory on a free port (behind its transaction front), or AWS's DynamoDB
 * Local; the counter table created, and a full-table Scan for "nothing was
 * written" assertions. `SERVERS` lists the servers a suite runs on: both
 * where Java is, always both under CI=true (where a missing Java fails).
 */
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { createHttpDynamo, type Dynamo, type DynamoOperation } from '../../../functions/dynamo';
import { startDynalite, type LocalDynamo } from '../../../functions/local/dynalite';
import { javaAvailable, startDynamoDbLocal } from '../../../functions/local/dynamodb-local';
import { ensureTables } from '../../../functions/store/tables';
import { StoreUnavailableError, type CounterStore, type RecordResult } from '../../../functions/store';
import type { CountingEvent } from '../../../shared/events';

export type ServerKind = 'dynalite' | 'dynamodb-local';

const withJava = javaAvailable();
if (!withJava && process.env['CI'] !== 'true') {
  console.warn(`\n${'!'.repeat(72)}\n!! DynamoDB Local tests SKIPPED: no java on PATH.\n!! Install Java 17 (apt-get install openjdk-17-jre-headless) — under CI=true this fails.\n${'!'.repeat(72)}\n`);
}
/** The servers a suite runs on. */
export const SERVERS: readonly ServerKind[] = withJava || process.env['CI'] === 'true' ? ['dynalite', 'dynamodb-local'] : ['dynalite'];

export interface TestDynamo extends LocalDynamo {
  server: ServerKind;
  tableName: string;
  /** Every item in the table, sorted by key, for before/after comparisons. */
  scanAll(): Promise<Record<string, AttributeValue>[]>;
}

/**
 * Per request, from sending to the whole answer. dynalite runs in the test's own process, so on a
 * busy machine (load 8 on 2 cores) hundreds of concurrent calls can wait longer than the client's
 * default 5 s (the Lambdas use 1.5 s and 3 s); these tests are about exact counts, not speed.
 */
export const TEST_DYNAMO_TIMEOUT_MS = 120_000;

export const startTestDynamo = async (tableName = 'kokoro-test-counters', server: ServerKind = 'dynalite'): Promise<TestDynamo> => {
  const started = server === 'dynalite' ? await startDynalite() : await startDynamoDbLocal();
  const patient = createHttpDynamo({
    endpoint: started.endpoint,
    region: 'ap-northeast-1',
    credentials: () => ({ accessKeyId: 'local', secretAccessKey: 'local' }),
    timeoutMs: TEST_DYNAMO_TIMEOUT_MS,
  });
  const dynamo: LocalDynamo = {
    ...started,
    dynamo: patient,
    close: async () => {
      patient.destroy();
      await started.close();
    },
  };
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
  return { ...dynamo, server, tableName, scanAll };
};

/** The same client, except that every `operation` call fails with `message` (e.g. a counter write during an outage). */
export const failingOn = (inner: Dynamo, operation: DynamoOperation, message: string): Dynamo => ({
  call: (op, input) => (op === operation ? Promise.reject(new Error(message)) : inner.call(op, input)),
});

/**
 * `store.record` with the page's rule: an unconfirmed count (StoreUnavailableError) is sent again with the same id
 * after a jittered, doubling wait, up to 20 times — exact by the store's contract, and what the outbox does.
 */
export const recordLikeThePage = async (store: CounterStore, tenant: string, event: CountingEvent, at: Date): Promise<RecordResult> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.record(tenant, event, at);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2000, 50 * 2 ** attempt)));
    }
  }
};
