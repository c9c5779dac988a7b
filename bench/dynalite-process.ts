/**
 * @module
 * dynalite in a child process, for benchmarks that hold a large table: in the
 * bench's own process the table's heap (a million counter items) makes every
 * garbage collection slower, so a read of the big table would be charged for
 * the store's memory rather than for the work the report does. DynamoDB is a
 * separate service; this keeps it one here too. Loopback only.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { localClients, type LocalDynamo } from '../functions/local/dynalite';

const SERVER = `
const dynalite = require('dynalite');
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

export const startDynaliteProcess = async (): Promise<LocalDynamo> => {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await Promise.race([
    once(child.stdout, 'data'),
    once(child, 'exit').then(() => {
      throw new Error('dynalite child process exited before listening');
    }),
  ])) as [Buffer];
  const endpoint = `http://127.0.0.1:${chunk.toString().trim()}`;
  const { client, dynamo, destroy } = localClients(endpoint);
  // Reports only read and batch-write: the transaction front (which this bypasses) is not needed.
  return {
    endpoint,
    rawEndpoint: endpoint,
    client,
    dynamo,
    close: async () => {
      destroy();
      child.stdin.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
};
