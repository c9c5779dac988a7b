/**
 * The HTTP client the Lambda functions use against a real DynamoDB-compatible
 * server (dynalite), call by call beside the AWS SDK: same answers, same
 * error names, so the store behaves the same whichever client it is given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dynamo } from '../../functions/dynamo';
import { sdkDynamo } from '../../functions/dynamo/sdk';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo('kokoro-test-clients');
});
afterAll(async () => {
  await dynamo.close();
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
  return JSON.parse(JSON.stringify(results, (key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? withoutMetadata(value) : value)).replaceAll(`${prefix}#`, 'X#'));
};

describe('the HTTP DynamoDB client against dynalite', () => {
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
  });
});
