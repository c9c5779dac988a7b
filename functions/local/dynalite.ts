/**
 * @module
 * Starts dynalite — an in-process, DynamoDB-compatible server — on a free
 * local port, behind a front that adds the one call it lacks
 * (TransactWriteItems, transactions.ts), and hands back clients pointed at it: the HTTP client the Lambda
 * functions use (`dynamo`) and the AWS SDK's (`client`, for creating tables
 * and for checks). Used by the local
 * server (persisting under a data folder) and by the integration tests
 * (in memory), so both talk to a real DynamoDB API, never a mock.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createHttpDynamo, type HttpDynamo } from '../dynamo';
import { startTransactionFront } from './transactions';

export interface LocalDynamo {
  /** Where clients talk to it: dynalite behind the front that adds TransactWriteItems (transactions.ts). */
  endpoint: string;
  /** dynalite itself, for the tests that pin what it lacks. */
  rawEndpoint: string;
  client: DynamoDBClient;
  dynamo: HttpDynamo;
  close(): Promise<void>;
}

/** Both clients pointed at a local DynamoDB-compatible server, and one call that closes them. */
export const localClients = (endpoint: string) => {
  // Credentials and region are required by the protocol but meaningless to dynalite.
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const client = new DynamoDBClient({ endpoint, region: 'ap-northeast-1', credentials });
  const dynamo = createHttpDynamo({ endpoint, region: 'ap-northeast-1', credentials: () => credentials });
  return {
    client,
    dynamo,
    destroy: () => {
      client.destroy();
      dynamo.destroy();
    },
  };
};

/** `path` persists data (LevelDB) in that folder; without it everything lives in memory. */
export const startDynalite = async ({ path, port = 0 }: { path?: string; port?: number } = {}): Promise<LocalDynamo> => {
  if (path) mkdirSync(path, { recursive: true });
  const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const rawEndpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const front = await startTransactionFront(rawEndpoint, port);
  const { client, dynamo, destroy } = localClients(front.endpoint);
  return {
    endpoint: front.endpoint,
    rawEndpoint,
    client,
    dynamo,
    close: async () => {
      destroy();
      await front.close();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
};
