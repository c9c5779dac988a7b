/**
 * @module
 * AWS's DynamoDB Local — the jar AWS publishes, shipped in the npm package
 * amplify-dynamodb-simulator — in memory on a free loopback port, for the
 * tests and benches that check the store against a second real server
 * beside dynalite. It needs Java 17 (`.ci/run` installs it). Telemetry is
 * switched off: nothing leaves this machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localClients, type LocalDynamo } from './dynalite';

const emulatorDir = (): string => join(dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')), 'emulator');

/** True where `java` runs; the tests skip DynamoDB Local loudly without it, and fail under CI=true. */
export const javaAvailable = (): boolean => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
};

/** Starts DynamoDB Local and waits until it answers; `close()` stops the JVM. */
export const startDynamoDbLocal = async ({ startTimeoutMs = 120_000 }: { startTimeoutMs?: number } = {}): Promise<LocalDynamo> => {
  const dir = emulatorDir();
  const port = await freePort();
  const child = spawn(
    'java',
    ['-Xms64m', '-Xmx512m', `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar'), '-inMemory', '-disableTelemetry', '-port', String(port)],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const endpoint = `http://127.0.0.1:${port}`;
  const { client, dynamo, destroy } = localClients(endpoint);
  const close = async () => {
    destroy();
    await stop(child);
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}) before answering: ${stderr}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() - started > startTimeoutMs) {
        await close();
        throw new Error(`DynamoDB Local did not answer within ${startTimeoutMs} ms: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { endpoint, rawEndpoint: endpoint, client, dynamo, close };
};
