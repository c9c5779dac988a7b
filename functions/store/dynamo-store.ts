/**
 * @module
 * The DynamoDB implementation of the counter store. Recording an event is a
 * de-duplication marker (conditional PutItem, expires after three days) and
 * then exactly one `ADD` on one small, write-sharded counter item: two
 * one-WCU writes per counted event. If the counter write fails the marker is
 * removed again, so the page's retry counts once and nothing is half-counted.
 * Reading and monthly rollups live in read.ts and rollup.ts.
 */
import { isConditionFailure, type Dynamo } from '../dynamo';
import type { CountingEvent } from '../../shared/events';
import { jstParts } from '../../shared/time';
import { StoreUnavailableError, type CounterStore, type RecordResult } from './counter-store';
import { counterPk, incrementFor, markerKey, MARKER_TTL_SECONDS, SHARD_COUNT, shardOf } from './keys';
import { readCounters } from './read';
import { rollupClosedDays, rollupDay } from './daily';
import { rollupClosedMonths, rollupMonth } from './rollup';

export interface DynamoCounterStoreOptions {
  /** The HTTP client in Lambda (fast cold start), or the SDK through `sdkDynamo` in tools. */
  dynamo: Dynamo;
  tableName: string;
  /** Lower only in tests; changing it in production would strand existing shards. */
  shards?: number;
}

/** The job runs at least daily; a week covers missed runs, older days are covered once their month rolls up. */
const DAILY_LOOKBACK_DAYS = 7;

export const createDynamoCounterStore = ({ dynamo, tableName, shards = SHARD_COUNT }: DynamoCounterStoreOptions): CounterStore => {
  const record = async (tenant: string, event: CountingEvent, at: Date): Promise<RecordResult> => {
    const { date, hour } = jstParts(at);
    const marker = markerKey(tenant, event.id);
    let consumedWcu = 0;
    try {
      const put = await dynamo.call('PutItem', {
        TableName: tableName,
        Item: {
          pk: { S: marker.pk },
          sk: { S: marker.sk },
          expiresAt: { N: String(Math.floor(at.getTime() / 1000) + MARKER_TTL_SECONDS) },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnConsumedCapacity: 'TOTAL',
      });
      consumedWcu += put.ConsumedCapacity?.CapacityUnits ?? 0;
    } catch (error) {
      if (isConditionFailure(error)) return { outcome: 'duplicate', consumedWcu: 1 };
      throw new StoreUnavailableError('Could not write the de-duplication marker', { cause: error });
    }

    const { kindKey, attributes } = incrementFor(event, hour);
    const names = Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name]));
    try {
      const update = await dynamo.call('UpdateItem', {
        TableName: tableName,
        Key: {
          pk: { S: counterPk(tenant, date.slice(0, 7), shardOf(event.id, shards)) },
          sk: { S: `${date.slice(8, 10)}#${kindKey}` },
        },
        UpdateExpression: `ADD ${Object.keys(names).map((placeholder) => `${placeholder} :one`).join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':one': { N: '1' } },
        ReturnConsumedCapacity: 'TOTAL',
      });
      consumedWcu += update.ConsumedCapacity?.CapacityUnits ?? 0;
    } catch (error) {
      // Best effort: if this delete fails too, the marker expires and that one event is lost rather than double-counted.
      await dynamo.call('DeleteItem', { TableName: tableName, Key: { pk: { S: marker.pk }, sk: { S: marker.sk } } }).catch(() => undefined);
      throw new StoreUnavailableError('Could not update the counter', { cause: error });
    }
    return { outcome: 'counted', consumedWcu };
  };

  return {
    record,
    readCounters: (tenant, fromYmd, toYmd) => readCounters({ dynamo, tableName, shards }, tenant, fromYmd, toYmd),
    rollupMonth: (tenant, month, now) => rollupMonth({ dynamo, tableName, shards }, tenant, month, now),
    rollupDay: (tenant, day, now) => rollupDay({ dynamo, tableName, shards }, tenant, day, now),
    rollupClosedDays: (tenant, now, lookbackDays = DAILY_LOOKBACK_DAYS) => rollupClosedDays({ dynamo, tableName, shards }, tenant, now, lookbackDays),
    // Two fiscal years back covers the year-on-year comparison staff reports make.
    rollupClosedMonths: async (tenant, now, lookbackMonths = 26) => {
      const months = await rollupClosedMonths({ dynamo, tableName, shards }, tenant, now, lookbackMonths);
      await rollupClosedDays({ dynamo, tableName, shards }, tenant, now, DAILY_LOOKBACK_DAYS);
      return months;
    },
  };
};
