/**
 * @module
 * Counts the write and read units DynamoDB reports, for every call an SDK
 * client makes, without touching the code under measurement: a middleware
 * reads `ConsumedCapacity` from each response. A conditional write that
 * fails returns no capacity in its error, yet DynamoDB bills it one write
 * unit (an item under 1 KB), so those are added as 1 WCU each and counted
 * separately so the table can say so.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface CapacityMeter {
  wcu: number;
  rcu: number;
  failedConditionalWrites: number;
  calls: number;
  reset(): void;
}

type Capacity = { CapacityUnits?: number; WriteCapacityUnits?: number; ReadCapacityUnits?: number };

export const meterCapacity = (client: DynamoDBClient): CapacityMeter => {
  const meter: CapacityMeter = {
    wcu: 0,
    rcu: 0,
    failedConditionalWrites: 0,
    calls: 0,
    reset() {
      meter.wcu = meter.rcu = meter.failedConditionalWrites = meter.calls = 0;
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      meter.calls += 1;
      const isWrite = /^(Put|Update|Delete|BatchWrite)/.test(context.commandName ?? '');
      try {
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
        for (const c of [consumed ?? []].flat()) {
          if (isWrite) meter.wcu += c.CapacityUnits ?? c.WriteCapacityUnits ?? 0;
          else meter.rcu += c.CapacityUnits ?? c.ReadCapacityUnits ?? 0;
        }
        return result;
      } catch (error) {
        if ((error as { name?: string }).name === 'ConditionalCheckFailedException') {
          meter.failedConditionalWrites += 1;
          meter.wcu += 1;
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return meter;
};
