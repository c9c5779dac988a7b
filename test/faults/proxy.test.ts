/**
 * The fault proxy against a real dynalite and the service's own HTTP client:
 * for each fault, what the client is told and what the store holds
 * afterwards. Outcomes only — every delay is far from every timeout, so a
 * loaded machine changes how long this takes, not what it sees.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpDynamo, DynamoError, type HttpDynamo } from '../../functions/dynamo';
import { startTestDynamo, type TestDynamo } from '../integration/helpers/dynamo';
import { seeded, startFaultProxy, type Fault, type FaultProxy } from './proxy';

const TIMEOUT = 30_000;
/** The client's per-attempt timeout when a test wants it to give up: far below the proxy's delay. */
const SHORT_MS = 400;
/** How long 'late' and 'hold' keep a call when the client is meant to have given up first. */
const LONG_MS = 4_000;

let store: TestDynamo;
let proxy: FaultProxy | undefined;
let client: HttpDynamo | undefined;
let sdk: DynamoDBClient | undefined;
let keys = 0;

beforeAll(async () => {
  store = await startTestDynamo('kokoro-faults');
}, 60_000);
afterAll(async () => {
  await store?.close();
});
afterEach(async () => {
  client?.destroy();
  sdk?.destroy();
  await proxy?.close();
  client = sdk = proxy = undefined;
});

const start = async (clientOptions: { timeoutMs?: number; maxAttempts?: number } = {}) => {
  proxy = await startFaultProxy(store.endpoint, { seed: 7 });
  client = createHttpDynamo({
    endpoint: proxy.endpoint,
    region: 'ap-northeast-1',
    credentials: () => ({ accessKeyId: 'local', secretAccessKey: 'local' }),
    timeoutMs: clientOptions.timeoutMs ?? 20_000,
    maxAttempts: clientOptions.maxAttempts ?? 1,
    sleep: async () => {},
  });
  return { proxy, client };
};

/** A key no other test uses. */
const freshKey = () => ({ pk: { S: `faults#${process.pid}#${++keys}` }, sk: { S: 'item' } });
const put = (key: ReturnType<typeof freshKey>, extra: Record<string, { S: string }> = {}) => ({ TableName: store.tableName, Item: { ...key, ...extra } });

/** The item as the store holds it, read around the proxy. */
const stored = async (key: ReturnType<typeof freshKey>) =>
  (await store.client.send(new GetItemCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }))).Item;

interface Seen {
  name: string;
  code: string | undefined;
  status: number | undefined;
  refusedBeforeDoing: boolean;
}

/** What the client reported: the DynamoError's name, the socket error's code under it, and whether it judged the call safe to repeat. */
const failure = async (call: Promise<unknown>): Promise<Seen> => {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(DynamoError);
    const e = error as DynamoError;
    return { name: e.name, code: (e.cause as NodeJS.ErrnoException | undefined)?.code, status: e.status, refusedBeforeDoing: e.refusedBeforeDoing };
  }
  throw new Error('the call succeeded');
};

/** The first call of each test opens the keep-alive socket that a later call reuses. */
const warmUp = async (c: HttpDynamo) => {
  await c.call('PutItem', put(freshKey()));
};

describe('fault proxy (dynalite + the service HTTP client)', { timeout: TIMEOUT }, () => {
  it('pass: forwards faithfully, logs every call, and the client reuses its socket', async () => {
    const { proxy, client } = await start();
    const first = freshKey();
    const second = freshKey();
    await client.call('PutItem', put(first, { v: { S: 'one' } }));
    await expect(client.call('GetItem', { TableName: store.tableName, Key: first, ConsistentRead: true })).resolves.toMatchObject({ Item: { v: { S: 'one' } } });
    await client.call('PutItem', put(second));

    expect(proxy.calls.map(({ n, operation, fault, upstreamStatus, forwarded }) => ({ n, operation, fault, upstreamStatus, forwarded }))).toEqual([
      { n: 1, operation: 'PutItem', fault: 'pass', upstreamStatus: 200, forwarded: true },
      { n: 2, operation: 'GetItem', fault: 'pass', upstreamStatus: 200, forwarded: true },
      { n: 3, operation: 'PutItem', fault: 'pass', upstreamStatus: 200, forwarded: true },
    ]);
    expect(proxy.calls[0]?.body).toEqual(put(first, { v: { S: 'one' } }));
    // One keep-alive socket carried all three calls.
    expect(new Set(proxy.calls.map((call) => call.socketId))).toEqual(new Set([proxy.calls[0]?.socketId]));
    expect(await stored(second)).toEqual(second);
  });

  it('relays the upstream headers the AWS SDK checks (x-amz-crc32, request id): the SDK works through the proxy', async () => {
    const { proxy } = await start();
    sdk = new DynamoDBClient({ endpoint: proxy.endpoint, region: 'ap-northeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
    const key = freshKey();
    await sdk.send(new PutItemCommand(put(key, { v: { S: 'sdk' } })));
    const got = await sdk.send(new GetItemCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
    expect(got.Item).toEqual({ ...key, v: { S: 'sdk' } });
    expect(got.$metadata.requestId).toBeTruthy();

    proxy.rule(() => ({ kind: 'refuse', status: 400, type: 'ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' }));
    const refused = await sdk.send(new GetItemCommand({ TableName: store.tableName, Key: key })).catch((error: unknown) => error as Error & { $metadata: { httpStatusCode?: number } });
    expect(refused).toMatchObject({ name: 'ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.', $metadata: { httpStatusCode: 400 } });
  });

  it('late: the write lands, the answer comes after the client gave up (NetworkingError ETIMEDOUT, not safe to repeat)', async () => {
    const { proxy, client } = await start({ timeoutMs: SHORT_MS });
    const key = freshKey();
    proxy.rule(() => ({ kind: 'late', ms: LONG_MS }));
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ETIMEDOUT', status: undefined, refusedBeforeDoing: false });
    await proxy.settled();
    expect(await stored(key)).toEqual(key);
    expect(proxy.calls[0]).toMatchObject({ fault: 'late', forwarded: true, upstreamStatus: 200 });
  });

  it('late, within the client timeout: the answer is relayed whole', async () => {
    const { proxy, client } = await start();
    const key = freshKey();
    proxy.rule(() => ({ kind: 'late', ms: 200 }));
    await expect(client.call('PutItem', { ...put(key), ReturnValues: 'ALL_OLD' })).resolves.toEqual({});
    expect(await stored(key)).toEqual(key);
  });

  it('lost-answer on a fresh socket: the write lands, the client sees ECONNRESET and does not call it safe to repeat', async () => {
    const { proxy, client } = await start();
    const key = freshKey();
    proxy.rule(() => ({ kind: 'lost-answer' }));
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ECONNRESET', status: undefined, refusedBeforeDoing: false });
    await proxy.settled();
    expect(await stored(key)).toEqual(key);
    expect(proxy.calls[0]).toMatchObject({ fault: 'lost-answer', forwarded: true, upstreamStatus: 200 });
  });

  it('lost-answer on a REUSED socket: the write landed, and the client calls the reset unclear (not safe to repeat)', async () => {
    const { proxy, client } = await start();
    await warmUp(client);
    const key = freshKey();
    proxy.rule(({ n }) => (n === 2 ? { kind: 'lost-answer' } : { kind: 'pass' }));
    const seen = await failure(client.call('PutItem', put(key)));
    expect(proxy.calls[1]?.socketId).toBe(proxy.calls[0]?.socketId);
    await proxy.settled();
    expect(await stored(key)).toEqual(key);
    // Node's idle keep-alive race and a reset after a fully sent request look the same to the client: both are unclear.
    expect(seen).toEqual({ name: 'NetworkingError', code: 'ECONNRESET', status: undefined, refusedBeforeDoing: false });
  });

  it('lost-answer on a reused socket, with retries on: a counter ADD is not repeated, so it is applied once', async () => {
    const { proxy, client } = await start({ maxAttempts: 3 });
    await warmUp(client);
    const key = freshKey();
    proxy.rule(({ n }) => (n === 2 ? { kind: 'lost-answer' } : { kind: 'pass' }));
    const seen = await failure(
      client.call('UpdateItem', {
        TableName: store.tableName,
        Key: key,
        UpdateExpression: 'ADD #c :one',
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':one': { N: '1' } },
      }),
    );
    await proxy.settled();
    expect(seen).toMatchObject({ name: 'NetworkingError', refusedBeforeDoing: false });
    expect(proxy.calls.map((call) => call.fault)).toEqual(['pass', 'lost-answer']);
    // Before the fix this was 2: the retry repeated a write that had landed.
    expect((await stored(key))?.count).toEqual({ N: '1' });
  });

  it('reset-before on a fresh socket: nothing is written, the client sees ECONNRESET (not safe to repeat)', async () => {
    const { proxy, client } = await start();
    const key = freshKey();
    proxy.rule(() => ({ kind: 'reset-before' }));
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ECONNRESET', status: undefined, refusedBeforeDoing: false });
    await proxy.settled();
    expect(await stored(key)).toBeUndefined();
    expect(proxy.calls[0]).toMatchObject({ fault: 'reset-before', forwarded: false });
    expect(proxy.calls[0]?.upstreamStatus).toBeUndefined();
  });

  it('reset-before on a reused socket: nothing is written, yet the client cannot know it and calls it unclear', async () => {
    const { proxy, client } = await start();
    await warmUp(client);
    const key = freshKey();
    proxy.rule(({ n }) => (n === 2 ? { kind: 'reset-before' } : { kind: 'pass' }));
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ECONNRESET', status: undefined, refusedBeforeDoing: false });
    expect(proxy.calls[1]?.socketId).toBe(proxy.calls[0]?.socketId);
    await proxy.settled();
    expect(await stored(key)).toBeUndefined();
    // The next call opens a new socket and works.
    await client.call('PutItem', put(key));
    expect(proxy.calls[2]?.socketId).not.toBe(proxy.calls[1]?.socketId);
    expect(await stored(key)).toEqual(key);
  });

  const refusals: [Extract<Fault, { kind: 'refuse' }>, boolean][] = [
    [{ kind: 'refuse', status: 400, type: 'ThrottlingException' }, true],
    [{ kind: 'refuse', status: 400, type: 'ProvisionedThroughputExceededException', message: 'The level of configured provisioned throughput for the table was exceeded.' }, true],
    [{ kind: 'refuse', status: 500, type: 'InternalServerError' }, false],
  ];
  it.each(refusals)('refuse %o: nothing is written, the client names the error as DynamoDB would', async (fault, repeatable) => {
    const { proxy, client } = await start();
    const key = freshKey();
    proxy.rule(() => fault);
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: fault.type, code: undefined, status: fault.status, refusedBeforeDoing: repeatable });
    await proxy.settled();
    expect(await stored(key)).toBeUndefined();
    expect(proxy.calls).toMatchObject([{ fault: 'refuse', forwarded: false }]);
  });

  it('refuse once, with retries on: the client repeats a throttled write and it lands once', async () => {
    const { proxy, client } = await start({ maxAttempts: 3 });
    const key = freshKey();
    proxy.rule(({ n }) => (n === 1 ? { kind: 'refuse', status: 400, type: 'ThrottlingException' } : { kind: 'pass' }));
    await client.call('UpdateItem', {
      TableName: store.tableName,
      Key: key,
      UpdateExpression: 'ADD #c :one',
      ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: { ':one': { N: '1' } },
    });
    expect(proxy.calls.map((call) => call.fault)).toEqual(['refuse', 'pass']);
    expect((await stored(key))?.count).toEqual({ N: '1' });
  });

  it('hold: the client gives up (ETIMEDOUT), the write lands afterwards, and settled() waits for it', async () => {
    const { proxy, client } = await start({ timeoutMs: SHORT_MS });
    const key = freshKey();
    proxy.rule(() => ({ kind: 'hold', ms: LONG_MS }));
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ETIMEDOUT', status: undefined, refusedBeforeDoing: false });
    const early = await stored(key);
    const forwardedBeforeRead = proxy.calls[0]?.forwarded;
    // Read before the hold ended (the usual case), the store does not have it yet.
    if (!forwardedBeforeRead) expect(early).toBeUndefined();
    await proxy.settled();
    expect(proxy.calls[0]).toMatchObject({ fault: 'hold', forwarded: true, upstreamStatus: 200 });
    expect(await stored(key)).toEqual(key);
  });

  it('down: the endpoint refuses connections (and open sockets are reset) for a while, then works again on the same port', async () => {
    const { proxy, client } = await start();
    await warmUp(client);
    const endpoint = proxy.endpoint;
    const outage = proxy.down(LONG_MS);
    const key = freshKey();
    // Straight after down(), the client may still hold its reset idle socket ("socket hang up", ECONNRESET), or may already dial anew.
    const first = await failure(client.call('PutItem', put(key)));
    expect(first.name).toBe('NetworkingError');
    expect(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']).toContain(first.code);
    // Either way the next call dials a closed port.
    expect(await failure(client.call('PutItem', put(key)))).toEqual({ name: 'NetworkingError', code: 'ECONNREFUSED', status: undefined, refusedBeforeDoing: true });
    await outage;
    expect(proxy.endpoint).toBe(endpoint);
    await client.call('PutItem', put(key));
    expect(await stored(key)).toEqual(key);
    expect(proxy.calls.map((call) => call.n)).toEqual([1, 2]);
    expect(proxy.calls[1]?.socketId).not.toBe(proxy.calls[0]?.socketId);
  });

  it('settled() resolves at once when nothing is in flight, and close() ends held calls without forwarding them', async () => {
    const { proxy, client } = await start({ timeoutMs: SHORT_MS });
    await proxy.settled();
    const key = freshKey();
    proxy.rule(() => ({ kind: 'hold', ms: 60_000 }));
    await failure(client.call('PutItem', put(key)));
    const waiting = proxy.settled();
    await proxy.close();
    await waiting;
    expect(proxy.calls[0]?.forwarded).toBe(false);
    expect(await stored(key)).toBeUndefined();
  });

  it('a rule that throws answers 500 InternalServerError rather than passing the call', async () => {
    const { proxy, client } = await start();
    const key = freshKey();
    proxy.rule(() => {
      throw new Error('no such fault');
    });
    const seen = await failure(client.call('PutItem', put(key)));
    expect(seen).toMatchObject({ name: 'InternalServerError', status: 500 });
    expect(await stored(key)).toBeUndefined();
  });
});

describe('seeded', () => {
  it('is reproducible per seed and stays in [0, 1)', () => {
    const a = seeded(42);
    const b = seeded(42);
    const c = seeded(43);
    const fromA = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(fromA);
    expect(Array.from({ length: 1000 }, c)).not.toEqual(fromA);
    expect(fromA.every((x) => x >= 0 && x < 1)).toBe(true);
    // Not degenerate: the values spread over the interval.
    expect(Math.min(...fromA)).toBeLessThan(0.05);
    expect(Math.max(...fromA)).toBeGreaterThan(0.95);
  });
});
