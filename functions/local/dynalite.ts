/**
 * @module
 * Starts dynalite — an in-process, DynamoDB-compatible server — on a free
 * local port and hands back an SDK client pointed at it. Used by the local
 * server (persisting under a data folder) and by the integration tests
 * (in memory), so both talk to a real DynamoDB API, never a mock.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  close(): Promise<void>;
}

/** `path` persists data (LevelDB) in that folder; without it everything lives in memory. */
export const startDynalite = async ({ path, port = 0 }: { path?: string; port?: number } = {}): Promise<LocalDynamo> => {
  if (path) mkdirSync(path, { recursive: true });
  const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Credentials and region are required by the SDK but meaningless to dynalite.
  const client = new DynamoDBClient({
    endpoint,
    region: 'ap-northeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint,
    client,
    close: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
};
