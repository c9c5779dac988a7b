/**
 * @module
 * Counts the write and read units DynamoDB reports, for every call a client
 * makes, without touching the code under measurement: the meter wraps the
 * `Dynamo` the store is given and reads `ConsumedCapacity` from each answer.
 * A conditional write that fails returns no capacity in its error, yet
 * DynamoDB bills it one write unit (an item under 1 KB), so those are added
 * as 1 WCU each and counted separately so the table can say so; a
 * transaction cancelled by a condition is counted, to be safe, as if all its
 * items had been written (2 WCU each). A repeat of a transaction under its
 * token reports read units, and is counted as such.
 */
import { cancellationReasonsOf, isConditionFailure, READ_OPERATIONS, type Dynamo } from '../functions/dynamo';

export interface CapacityMeter {
  wcu: number;
  rcu: number;
  failedConditionalWrites: number;
  calls: number;
  reset(): void;
  /** The wrapped client: give this one to the code under measurement. */
  dynamo: Dynamo;
}

type Capacity = { CapacityUnits?: number; WriteCapacityUnits?: number; ReadCapacityUnits?: number };

export const meterCapacity = (inner: Dynamo): CapacityMeter => {
  const meter: CapacityMeter = {
    wcu: 0,
    rcu: 0,
    failedConditionalWrites: 0,
    calls: 0,
    reset() {
      meter.wcu = meter.rcu = meter.failedConditionalWrites = meter.calls = 0;
    },
    dynamo: {
      async call(operation, input) {
        meter.calls += 1;
        const isWrite = !READ_OPERATIONS.has(operation);
        try {
          const output = await inner.call(operation, input);
          const consumed = (output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
          for (const c of [consumed ?? []].flat()) {
            if (c.WriteCapacityUnits !== undefined) meter.wcu += c.WriteCapacityUnits;
            if (c.ReadCapacityUnits !== undefined) meter.rcu += c.ReadCapacityUnits;
            if (c.WriteCapacityUnits === undefined && c.ReadCapacityUnits === undefined) {
              if (isWrite) meter.wcu += c.CapacityUnits ?? 0;
              else meter.rcu += c.CapacityUnits ?? 0;
            }
          }
          return output;
        } catch (error) {
          if (isConditionFailure(error)) {
            meter.failedConditionalWrites += 1;
            meter.wcu += 1;
          }
          const reasons = cancellationReasonsOf(error);
          if (reasons.includes('ConditionalCheckFailed')) {
            meter.failedConditionalWrites += 1;
            meter.wcu += 2 * reasons.length;
          }
          throw error;
        }
      },
    },
  };
  return meter;
};
