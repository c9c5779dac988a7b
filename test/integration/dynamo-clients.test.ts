/**
 * The HTTP client the Lambda functions use against two real
 * DynamoDB-compatible servers (dynalite behind its transaction front, and
 * AWS's DynamoDB Local), call by call beside the AWS SDK: same answers, same
 * error names, so the store behaves the same whichever client it is given;
 * the transaction calls answer alike on both servers, and where the servers
 * themselves differ, a test says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dynamo } from '../../functions/dynamo';
import { sdkDynamo } from '../../functions/dynamo/sdk';
import { cancellationReasonsOf } from '../../functions/dynamo';
import { SERVERS, startTestDynamo, type ServerKind, type TestDynamo } from './helpers/dynamo';

const servers = new Map<ServerKind, TestDynamo>();
let dynamo: TestDynamo;
beforeAll(async () => {
  for (const server of SERVERS) servers.set(server, await startTestDynamo('kokoro-test-clients', server));
});
afterAll(async () => {
  for (const server of servers.values()) await server.close();
});

/** The SDK adds response metadata the service never sent; compare what DynamoDB said. */
const withoutMetadata = (output: object) => Object.fromEntries(Object.entries(output).filter(([key]) => key !== '$metadata'));

const script = async (client: Dynamo, prefix: string) => {
  const TableName = dynamo.tableName;
  const pk = `${prefix}#P`;
  const results: unknown[] = [];
  results.push(await client.call('PutItem', { TableName, Item: { pk: { S: pk }, sk: { S: 'a' }, n: { N: '1' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnConsumedCapacity: 'TOTAL' }));
  const duplicate = await client.call('PutItem', { TableName, Item: { pk: { S: pk }, sk: { S: 'a' } }, ConditionExpression: 'attribute_not_exists(pk)' }).catch((e: Error) => e);
  results.push({ error: (duplicate as Error).name });
  results.push(
    await client.call('UpdateItem', {
      TableName,
      Key: { pk: { S: pk }, sk: { S: 'a' } },
      UpdateExpression: 'ADD #n :one, #m :one',
      ExpressionAttributeNames: { '#n': 'n', '#m': 'm' },
      ExpressionAttributeValues: { ':one': { N: '1' } },
      ReturnValues: 'ALL_NEW',
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  results.push(await client.call('BatchWriteItem', { RequestItems: { [TableName]: ['b', 'c', 'd', 'e'].map((sk) => ({ PutRequest: { Item: { pk: { S: pk }, sk: { S: sk }, label: { S: `日本語 ${sk}` } } } })) } }));
  results.push(await client.call('GetItem', { TableName, Key: { pk: { S: pk }, sk: { S: 'a' } } }));
  const pages: unknown[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await client.call('Query', { TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: pk } }, Limit: 2, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' });
    pages.push(page);
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  results.push(pages);
  results.push(await client.call('DeleteItem', { TableName, Key: { pk: { S: pk }, sk: { S: 'e' } }, ReturnValues: 'ALL_OLD' }));
  results.push(await client.call('GetItem', { TableName, Key: { pk: { S: pk }, sk: { S: 'e' } } }));
  const invalid = await client.call('GetItem', { TableName: 'no', Key: { pk: { S: pk }, sk: { S: 'a' } } }).catch((e: Error) => e);
  results.push({ error: (invalid as Error).name });
  results.push(...(await transactions(client, prefix)));
  return JSON.parse(JSON.stringify(results, (key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? withoutMetadata(value) : value)).replaceAll(`${prefix}#`, 'X#'));
};

/** The counting transaction's shapes: commit, repeat under the token, a failed condition, the token reused for another request. */
const transactions = async (client: Dynamo, prefix: string) => {
  const TableName = dynamo.tableName;
  const outcome = (error: unknown) => ({ error: (error as Error).name, reasons: cancellationReasonsOf(error) });
  const tx = (marker: string, token?: string, by = '1') => ({
    ...(token ? { ClientRequestToken: `${prefix}-${token}` } : {}),
    ReturnConsumedCapacity: 'TOTAL' as const,
    TransactItems: [
      { Put: { TableName, Item: { pk: { S: `${prefix}#${marker}` }, sk: { S: 'E' } }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Update: { TableName, Key: { pk: { S: `${prefix}#C` }, sk: { S: 'n' } }, UpdateExpression: 'ADD #n :by', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':by': { N: by } } } },
    ],
  });
  const results: unknown[] = [];
  results.push(await client.call('TransactWriteItems', tx('M1', 'token-1')));
  results.push(await client.call('TransactWriteItems', tx('M1', 'token-1')));
  results.push(await client.call('TransactWriteItems', tx('M1', 'token-2')).catch(outcome));
  results.push(await client.call('TransactWriteItems', tx('M1', 'token-2')).catch(outcome));
  results.push(await client.call('TransactWriteItems', tx('M1')).catch(outcome));
  results.push(await client.call('TransactWriteItems', tx('M2', 'token-1', '5')).catch(outcome));
  results.push(await client.call('GetItem', { TableName, Key: { pk: { S: `${prefix}#C` }, sk: { S: 'n' } } }));
  return results;
};

describe.each(SERVERS)('the HTTP DynamoDB client against %s', (server) => {
  beforeAll(() => {
    dynamo = servers.get(server)!;
  });

  it('answers every call the service makes exactly as the AWS SDK does', async () => {
    const viaSdk = await script(sdkDynamo(dynamo.client), 'sdk');
    const viaHttp = await script(dynamo.dynamo, 'http');
    expect(viaHttp).toEqual(viaSdk);
    // And the script saw what it should, so equality is not two empty answers.
    expect(viaHttp[1]).toEqual({ error: 'ConditionalCheckFailedException' });
    expect(viaHttp[2].Attributes).toEqual({ pk: { S: 'X#P' }, sk: { S: 'a' }, n: { N: '2' }, m: { N: '1' } });
    expect(viaHttp[5].flatMap((page: { Items: unknown[] }) => page.Items)).toHaveLength(5);
    expect(viaHttp[5].length).toBeGreaterThan(2);
    expect(viaHttp[6].Attributes.label).toEqual({ S: '日本語 e' });
    expect(viaHttp[7]).toEqual({});
    expect(viaHttp[8]).toEqual({ error: 'ValidationException' });
    // The transaction: four write units, a repeat under its token answered with read units only and nothing applied…
    expect(viaHttp[9]).toEqual({ ConsumedCapacity: [{ TableName: dynamo.tableName, CapacityUnits: 4, WriteCapacityUnits: 4 }] });
    expect(viaHttp[10]).toEqual({ ConsumedCapacity: [{ TableName: dynamo.tableName, CapacityUnits: 2, ReadCapacityUnits: 2 }] });
    // …the marker's condition cancelling any other copy, token or not, with the reason item by item…
    const cancelled = { error: 'TransactionCanceledException', reasons: ['ConditionalCheckFailed', 'None'] };
    expect(viaHttp.slice(11, 14)).toEqual([cancelled, cancelled, cancelled]);
    // …and the token refused for a different request within its ten minutes.
    expect(viaHttp[14]).toEqual({ error: 'IdempotentParameterMismatchException', reasons: [] });
    expect(viaHttp[15].Item.n).toEqual({ N: '1' });
  });
});

/** Transactions beyond the counting one: an undo after a later refusal, condition checks, deletes, invalid requests. */
const transactionEdges = async (server: TestDynamo) => {
  const TableName = server.tableName;
  const client = server.dynamo;
  const key = (pk: string) => ({ pk: { S: `edge#${pk}` }, sk: { S: 'x' } });
  const answer = (promise: Promise<unknown>) =>
    promise.then(
      (output) => ({ ok: JSON.parse(JSON.stringify(output)) as unknown }),
      (error: Error) => ({ error: error.name, reasons: cancellationReasonsOf(error) }),
    );
  const get = async (pk: string) => (await client.call('GetItem', { TableName, Key: key(pk), ConsistentRead: true })).Item ?? null;
  await client.call('PutItem', { TableName, Item: { ...key('a'), n: { N: '1' } } });
  const results: unknown[] = [];
  // The second item's condition fails: the first item's change is not kept.
  results.push(
    await answer(
      client.call('TransactWriteItems', {
        TransactItems: [
          { Update: { TableName, Key: key('a'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
          { Put: { TableName, Item: { ...key('b'), n: { N: '9' } }, ConditionExpression: 'attribute_exists(pk)' } },
        ],
      }),
    ),
  );
  results.push(await get('a'), await get('b'));
  // A condition check on a missing item passes `attribute_not_exists` and writes nothing; a delete goes with it.
  results.push(
    await answer(
      client.call('TransactWriteItems', {
        TransactItems: [
          { ConditionCheck: { TableName, Key: key('c'), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Delete: { TableName, Key: key('a') } },
        ],
      }),
    ),
  );
  results.push(await get('a'), await get('c'));
  // A failed condition check cancels the transaction.
  await client.call('PutItem', { TableName, Item: { ...key('d'), n: { N: '1' } } });
  results.push(
    await answer(
      client.call('TransactWriteItems', {
        TransactItems: [
          { Put: { TableName, Item: { ...key('e'), n: { N: '1' } } } },
          { ConditionCheck: { TableName, Key: key('d'), ConditionExpression: 'n = :two', ExpressionAttributeValues: { ':two': { N: '2' } } } },
        ],
      }),
    ),
  );
  results.push(await get('e'));
  // Two actions on one item are refused as a whole.
  results.push(
    await answer(
      client.call('TransactWriteItems', {
        TransactItems: [
          { Put: { TableName, Item: { ...key('f'), n: { N: '1' } } } },
          { Update: { TableName, Key: key('f'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
        ],
      }),
    ),
  );
  results.push(await get('f'));
  // Many clients adding to one item at once: every one lands exactly once. A transaction refused for a conflict (the
  // client retries it, but a loaded machine may keep refusing) is sent again, as the page would: nothing was applied.
  const addOnce = async (i: number): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.call('TransactWriteItems', {
          ClientRequestToken: `edge-${server.server}-${i}`,
          TransactItems: [
            { Put: { TableName, Item: key(`m${i}`), ConditionExpression: 'attribute_not_exists(pk)' } },
            { Update: { TableName, Key: key('sum'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
          ],
        });
        return;
      } catch (error) {
        if (!(error as { refusedBeforeDoing?: boolean }).refusedBeforeDoing || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * (attempt + 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: 40 }, (_, i) => addOnce(i))).catch((error: Error) => results.push({ concurrentFailure: error.name }));
  results.push(await get('sum'));
  return results;
};

describe('where the two servers differ', () => {
  it.runIf(SERVERS.includes('dynamodb-local'))('the transaction front answers every transaction shape as DynamoDB Local does', async () => {
    const viaFront = await transactionEdges(servers.get('dynalite')!);
    const viaLocal = await transactionEdges(servers.get('dynamodb-local')!);
    // Error names and reasons alike; the one wording both may differ in is not compared.
    expect(viaFront).toEqual(viaLocal);
    expect(viaLocal[0]).toEqual({ error: 'TransactionCanceledException', reasons: ['None', 'ConditionalCheckFailed'] });
    expect(viaLocal[1]).toMatchObject({ n: { N: '1' } });
    expect(viaLocal[2]).toBeNull();
    expect(viaLocal.slice(4, 6)).toEqual([null, null]);
    expect(viaLocal[6]).toEqual({ error: 'TransactionCanceledException', reasons: ['None', 'ConditionalCheckFailed'] });
    expect(viaLocal[7]).toBeNull();
    expect(viaLocal[8]).toMatchObject({ error: 'ValidationException' });
    expect(viaLocal.at(-1)).toMatchObject({ n: { N: '40' } });
  });

  it('dynalite itself has no TransactWriteItems: the transaction front supplies it (functions/local/transactions.ts)', async () => {
    const { startDynalite } = await import('../../functions/local/dynalite');
    const local = await startDynalite();
    try {
      const { localClients } = await import('../../functions/local/dynalite');
      const raw = localClients(local.rawEndpoint);
      const error = await raw.dynamo.call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 't', Item: {} } }] }).catch((e: Error) => e);
      raw.destroy();
      // If dynalite ever learns transactions, this fails: then test it directly and retire the front.
      expect((error as Error).name).toBe('UnknownOperationException');
    } finally {
      await local.close();
    }
  });
});
