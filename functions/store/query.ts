/**
 * @module
 * Small DynamoDB read helpers shared by reading and rolling up: a Query that
 * follows every page, and a runner that keeps a bounded number of queries in
 * flight so one fiscal-year report cannot flood the table or the socket pool.
 */
import type { AttributeValue, QueryInput } from '@aws-sdk/client-dynamodb';
import type { Dynamo } from '../dynamo';

export interface TableContext {
  dynamo: Dynamo;
  tableName: string;
  shards: number;
}

export type Item = Record<string, AttributeValue>;

export interface QueryOutcome {
  items: Item[];
  pages: number;
  consumedRcu: number;
}

/** One key-range Query (pk equals, sk between), every page of it. */
export const queryRange = async (ctx: TableContext, pk: string, skFrom: string, skTo: string): Promise<QueryOutcome> => {
  const outcome: QueryOutcome = { items: [], pages: 0, consumedRcu: 0 };
  let exclusiveStartKey: QueryInput['ExclusiveStartKey'];
  do {
    const page = await ctx.dynamo.call('Query', {
      TableName: ctx.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': { S: pk }, ':from': { S: skFrom }, ':to': { S: skTo } },
      ExclusiveStartKey: exclusiveStartKey,
      ReturnConsumedCapacity: 'TOTAL',
    });
    outcome.items.push(...(page.Items ?? []));
    outcome.pages += 1;
    outcome.consumedRcu += page.ConsumedCapacity?.CapacityUnits ?? 0;
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return outcome;
};

/** Every item of one partition, every page (for the small per-tenant lists: channels, exclusions). */
export const queryPartition = async (dynamo: Dynamo, tableName: string, pk: string, { consistent = false } = {}): Promise<Item[]> => {
  const items: Item[] = [];
  let exclusiveStartKey: QueryInput['ExclusiveStartKey'];
  do {
    const page = await dynamo.call('Query', {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: pk } },
      ExclusiveStartKey: exclusiveStartKey,
      ...(consistent ? { ConsistentRead: true } : {}),
    });
    items.push(...(page.Items ?? []));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return items;
};

/** Runs tasks with at most `limit` in flight, results in task order. */
export const runLimited = async <T>(tasks: (() => Promise<T>)[], limit = 8): Promise<T[]> => {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
};

/** Sort-key upper bound: `~` sorts after every character our keys use. */
export const SK_END = '~';
