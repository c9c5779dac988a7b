/**
 * @module
 * The DynamoDB implementation of the counter store. Recording an event is one
 * transaction (TransactWriteItems) of two writes that land together or not at
 * all: the event's de-duplication marker, put only if absent (it expires
 * after three days), and one `ADD` on one small, write-sharded counter item.
 * Nothing is ever undone: when the answer is unclear (no answer in time, a
 * reset, a 5xx) the outcome is unknown, and the same transaction may simply
 * be sent again — by the HTTP client at once, or by the page's retry later:
 * its ClientRequestToken (derived from tenant and event id) makes DynamoDB
 * answer a repeat within ten minutes with the first result, and after that
 * the marker's condition cancels it. Four write units per counted event
 * (a transactional write costs two per item). See docs/data-model.md.
 * Reading and monthly rollups live in read.ts and rollup.ts.
 */
import { createHash } from 'node:crypto';
import { isTransactionConditionFailure, type Dynamo } from '../dynamo';
import type { TransactWriteItemsInput } from '@aws-sdk/client-dynamodb';
import type { CountingEvent } from '../../shared/events';
import { jstParts } from '../../shared/time';
import { StoreUnavailableError, type CounterStore, type RecordResult } from './counter-store';
import { counterPk, incrementFor, markerExpiresAt, markerKey, SHARD_COUNT, shardOf } from './keys';
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

/**
 * DynamoDB's idempotency token for recording one event: 1–36 characters, and
 * scoped to the tenant, so the same id sent to two towns never collides.
 */
export const requestTokenOf = (tenant: string, eventId: string): string =>
  createHash('sha256').update(`${tenant}\n${eventId}`).digest('base64url').slice(0, 36);

/** Write units DynamoDB reported, over every table the call touched (0 where the server reports none). */
const writeUnitsOf = (consumed: { WriteCapacityUnits?: number; CapacityUnits?: number; ReadCapacityUnits?: number }[] | undefined): number =>
  (consumed ?? []).reduce((sum, table) => sum + (table.WriteCapacityUnits ?? (table.ReadCapacityUnits ? 0 : (table.CapacityUnits ?? 0))), 0);

/** The job runs at least daily; a week covers missed runs, older days are covered once their month rolls up. */
const DAILY_LOOKBACK_DAYS = 7;

export const createDynamoCounterStore = ({ dynamo, tableName, shards = SHARD_COUNT }: DynamoCounterStoreOptions): CounterStore => {
  const record = async (tenant: string, event: CountingEvent, at: Date): Promise<RecordResult> => {
    const { date, hour } = jstParts(at);
    const marker = markerKey(tenant, event.id);
    const { kindKey, attributes } = incrementFor(event, hour);
    const names = Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name]));
    const transaction = (token: string | undefined): TransactWriteItemsInput => ({
      ...(token ? { ClientRequestToken: token } : {}),
      ReturnConsumedCapacity: 'TOTAL',
      TransactItems: [
        {
          Put: {
            TableName: tableName,
            Item: {
              pk: { S: marker.pk },
              sk: { S: marker.sk },
              // Only the event id (random, from the page) and an expiry rounded to the hour: nothing about the answers.
              expiresAt: { N: String(markerExpiresAt(at)) },
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: tableName,
            Key: {
              pk: { S: counterPk(tenant, date.slice(0, 7), shardOf(event.id, shards)) },
              sk: { S: `${date.slice(8, 10)}#${kindKey}` },
            },
            UpdateExpression: `ADD ${Object.keys(names).map((placeholder) => `${placeholder} :one`).join(', ')}`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ':one': { N: '1' } },
          },
        },
      ],
    });
    const send = async (token: string | undefined): Promise<RecordResult> => {
      const done = await dynamo.call('TransactWriteItems', transaction(token));
      // DynamoDB answers a repeat of a committed token with the read units it took to look, and no write units.
      const consumedWcu = writeUnitsOf(done.ConsumedCapacity);
      const repeat = consumedWcu === 0 && (done.ConsumedCapacity ?? []).some((table) => (table.ReadCapacityUnits ?? 0) > 0);
      return { outcome: repeat ? 'duplicate' : 'counted', consumedWcu };
    };
    try {
      try {
        return await send(requestTokenOf(tenant, event.id));
      } catch (error) {
        // The same token with other parameters: a retry whose server time moved into another hour (or day) within
        // ten minutes, or another body under the same id. The marker alone decides, so sending it without a token is exact.
        if ((error as { name?: unknown }).name !== 'IdempotentParameterMismatchException') throw error;
        return await send(undefined);
      }
    } catch (error) {
      if (isTransactionConditionFailure(error, 0)) return { outcome: 'duplicate', consumedWcu: 0 };
      throw new StoreUnavailableError('The count was not confirmed; the same event may be sent again', { cause: error });
    }
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
