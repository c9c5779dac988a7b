import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpDynamo, DynamoError, type HttpDynamo } from './http';

/**
 * What DynamoDB does on the wire is tested against dynalite (test/integration/dynamo-clients.test.ts);
 * here a scripted server plays the failures dynalite cannot: throttling, 5xx, silence.
 */
interface Seen {
  target: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

let server: Server | undefined;
let client: HttpDynamo | undefined;

const scripted = async (answers: ((res: ServerResponse) => void)[]) => {
  const seen: Seen[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      seen.push({ target: req.headers['x-amz-target'] as string, authorization: req.headers.authorization, contentType: req.headers['content-type'], body: JSON.parse(text) });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)];
      answer?.(res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = createHttpDynamo({ endpoint, region: 'ap-northeast-1', credentials: () => ({ accessKeyId: 'k', secretAccessKey: 's' }), sleep: async () => {}, timeoutMs: 300 });
  return { seen, client };
};

const ok = (body: object) => (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(body));
const fail = (status: number, type: string, message = 'no') => (res: ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }));
const silent = () => () => undefined;

afterEach(async () => {
  client?.destroy();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = client = undefined;
});

describe('createHttpDynamo', () => {
  it('sends one signed JSON POST per call and returns the parsed answer', async () => {
    const { seen, client } = await scripted([ok({ ConsumedCapacity: { TableName: 't', CapacityUnits: 1 } })]);
    const input = { TableName: 't', Item: { pk: { S: 'a' }, sk: { S: 'b' } }, ReturnConsumedCapacity: 'TOTAL' as const };
    await expect(client.call('PutItem', input)).resolves.toEqual({ ConsumedCapacity: { TableName: 't', CapacityUnits: 1 } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ target: 'DynamoDB_20120810.PutItem', contentType: 'application/x-amz-json-1.0', body: input });
    expect(seen[0]?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=k\/\d{8}\/ap-northeast-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/);
  });

  it('names the error as DynamoDB does and does not repeat a failed condition', async () => {
    const { seen, client } = await scripted([fail(400, 'ConditionalCheckFailedException', 'The conditional request failed')]);
    const error = await client.call('PutItem', { TableName: 't', Item: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DynamoError);
    expect(error).toMatchObject({ name: 'ConditionalCheckFailedException', status: 400 });
    expect(seen).toHaveLength(1);
  });

  it('retries throttling for writes too, because DynamoDB did nothing, and succeeds', async () => {
    const { seen, client } = await scripted([fail(400, 'ProvisionedThroughputExceededException'), fail(400, 'ThrottlingException'), ok({})]);
    await expect(client.call('UpdateItem', { TableName: 't', Key: {} })).resolves.toEqual({});
    expect(seen.map((s) => s.target)).toEqual(Array(3).fill('DynamoDB_20120810.UpdateItem'));
  });

  it('gives up after three throttled attempts', async () => {
    const { seen, client } = await scripted([fail(400, 'ThrottlingException')]);
    await expect(client.call('UpdateItem', { TableName: 't', Key: {} })).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(seen).toHaveLength(3);
  });

  it('never repeats a write after an unclear failure (5xx), so a counter cannot be added twice', async () => {
    const { seen, client } = await scripted([fail(500, 'InternalServerError'), ok({})]);
    await expect(client.call('UpdateItem', { TableName: 't', Key: {} })).rejects.toMatchObject({ name: 'InternalServerError', status: 500 });
    expect(seen).toHaveLength(1);
  });

  it('repeats a read after a 5xx', async () => {
    const { seen, client } = await scripted([fail(503, 'ServiceUnavailable'), ok({ Items: [], Count: 0 })]);
    await expect(client.call('Query', { TableName: 't' })).resolves.toEqual({ Items: [], Count: 0 });
    expect(seen).toHaveLength(2);
  });

  it('times out a silent server: a write fails at once, a read is tried three times', async () => {
    const { seen, client } = await scripted([silent()]);
    await expect(client.call('PutItem', { TableName: 't', Item: {} })).rejects.toMatchObject({ name: 'NetworkingError', refusedBeforeDoing: false });
    expect(seen).toHaveLength(1);
    await expect(client.call('GetItem', { TableName: 't', Key: {} })).rejects.toMatchObject({ name: 'NetworkingError' });
    expect(seen).toHaveLength(4);
  });

  it('retries a write that never left (connection refused), then reports it', async () => {
    const { client: unused } = await scripted([ok({})]);
    unused.destroy();
    let attempts = 0;
    const refused = createHttpDynamo({
      endpoint: 'http://127.0.0.1:1',
      region: 'ap-northeast-1',
      credentials: () => {
        attempts += 1;
        return { accessKeyId: 'k', secretAccessKey: 's' };
      },
      sleep: async () => {},
    });
    await expect(refused.call('PutItem', { TableName: 't', Item: {} })).rejects.toMatchObject({ name: 'NetworkingError', refusedBeforeDoing: true });
    expect(attempts).toBe(3);
    refused.destroy();
  });

  it('repeats a transaction with a ClientRequestToken after a 5xx or no answer, never one without', async () => {
    const tx = (token?: string) => ({ TransactItems: [{ Put: { TableName: 't', Item: {} } }], ...(token ? { ClientRequestToken: token } : {}) });
    const { seen, client } = await scripted([fail(500, 'InternalServerError'), silent(), ok({}), fail(500, 'InternalServerError'), ok({})]);
    await expect(client.call('TransactWriteItems', tx('token-1'))).resolves.toEqual({});
    expect(seen).toHaveLength(3);
    await expect(client.call('TransactWriteItems', tx())).rejects.toMatchObject({ name: 'InternalServerError' });
    expect(seen).toHaveLength(4);
  });

  it('repeats a transaction cancelled only by throttling or a conflict, or still in progress; not one whose condition failed', async () => {
    const cancelled = (...codes: string[]) => (res: ServerResponse) =>
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(
        JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', Message: 'Transaction cancelled', CancellationReasons: codes.map((Code) => ({ Code })) }),
      );
    const tx = { TransactItems: [{ Put: { TableName: 't', Item: {} } }, { Update: { TableName: 't', Key: {}, UpdateExpression: 'ADD n :one' } }] };
    const { seen, client } = await scripted([cancelled('None', 'TransactionConflict'), fail(400, 'TransactionInProgressException'), ok({})]);
    await expect(client.call('TransactWriteItems', tx)).resolves.toEqual({});
    expect(seen).toHaveLength(3);
    client.destroy();
    const second = await scripted([cancelled('ConditionalCheckFailed', 'None'), ok({})]);
    const error = await second.client.call('TransactWriteItems', tx).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransactionCanceledException', refusedBeforeDoing: false, CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }] });
    expect(second.seen).toHaveLength(1);
  });

  it('stops repeating when another attempt could not end before the deadline', async () => {
    const { seen, client: unused } = await scripted([fail(400, 'ThrottlingException')]);
    unused.destroy();
    const endpoint = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
    const bounded = createHttpDynamo({ endpoint, region: 'ap-northeast-1', credentials: () => ({ accessKeyId: 'k', secretAccessKey: 's' }), sleep: async () => {}, timeoutMs: 1000, deadlineMs: 500, maxAttempts: 5 });
    await expect(bounded.call('UpdateItem', { TableName: 't', Key: {} })).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(seen).toHaveLength(1);
    bounded.destroy();
  });

  it('reports a body that is not DynamoDB JSON without crashing', async () => {
    const { client } = await scripted([(res) => res.writeHead(502).end('<html>Bad Gateway</html>')]);
    await expect(client.call('PutItem', { TableName: 't', Item: {} })).rejects.toMatchObject({ name: 'InternalServerError', status: 502 });
  });
});
