/**
 * @module
 * Where exclusions are kept: the counter table, partition `XR#<tenant>`,
 * one item per exclusion, read with one Query when a report is built. Only
 * PutItem writes here (a new one, conditioned on its id being new; a
 * withdrawal puts the item back with its date, conditioned on it not being
 * withdrawn yet). Nothing is ever deleted.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isConditionFailure, type Dynamo } from '../../dynamo';
import { StoreUnavailableError } from '../../store';
import { queryPartition } from '../../store/query';
import { MAX_EXCLUSIONS_PER_TENANT, type Exclusion } from './schema';

export interface ExclusionStore {
  /** Every exclusion, withdrawn ones included, oldest first. */
  list(tenant: string): Promise<Exclusion[]>;
  /** Adds one; throws ExclusionLimitError when the municipality has MAX_EXCLUSIONS_PER_TENANT. */
  add(tenant: string, exclusion: Exclusion): Promise<void>;
  /** Dates the withdrawal; undefined if there is no such exclusion, the stored one unchanged if it was withdrawn already. */
  withdraw(tenant: string, id: string, on: string): Promise<Exclusion | undefined>;
}

export class ExclusionLimitError extends Error {
  override name = 'ExclusionLimitError';
}

export const exclusionPk = (tenant: string) => `XR#${tenant}`;
type Item = Record<string, AttributeValue>;

const unavailable = (what: string) => (error: unknown): never => {
  throw new StoreUnavailableError(`Could not ${what} exclusions`, { cause: error });
};

const itemOf = (tenant: string, e: Exclusion): Item => ({
  pk: { S: exclusionPk(tenant) },
  sk: { S: e.id },
  from: { S: e.from },
  to: { S: e.to },
  reason: { S: e.reason },
  createdOn: { S: e.createdOn },
  ...(e.withdrawnOn ? { withdrawnOn: { S: e.withdrawnOn } } : {}),
});

const exclusionOf = (item: Item): Exclusion | undefined => {
  const [id, from, to, reason, createdOn] = [item.sk?.S, item.from?.S, item.to?.S, item.reason?.S, item.createdOn?.S];
  if (!id || !from || !to || !reason || !createdOn) return undefined;
  return { id, from, to, reason, createdOn, ...(item.withdrawnOn?.S ? { withdrawnOn: item.withdrawnOn.S } : {}) };
};

export const createDynamoExclusionStore = ({ dynamo, tableName }: { dynamo: Dynamo; tableName: string }): ExclusionStore => {
  const list = async (tenant: string): Promise<Exclusion[]> =>
    (await queryPartition(dynamo, tableName, exclusionPk(tenant)).catch(unavailable('read'))).map(exclusionOf).filter((e) => e !== undefined);
  return {
    list,
    async add(tenant, exclusion) {
      if ((await list(tenant)).length >= MAX_EXCLUSIONS_PER_TENANT) {
        throw new ExclusionLimitError(`A municipality may keep at most ${MAX_EXCLUSIONS_PER_TENANT} exclusions`);
      }
      await dynamo
        .call('PutItem', { TableName: tableName, Item: itemOf(tenant, exclusion), ConditionExpression: 'attribute_not_exists(pk)' })
        .catch(unavailable('write'));
    },
    async withdraw(tenant, id, on) {
      const read = await dynamo
        .call('GetItem', { TableName: tableName, Key: { pk: { S: exclusionPk(tenant) }, sk: { S: id } }, ConsistentRead: true })
        .catch(unavailable('read'));
      const current = read.Item ? exclusionOf(read.Item) : undefined;
      if (!current || current.withdrawnOn) return current;
      const next = { ...current, withdrawnOn: on };
      try {
        await dynamo.call('PutItem', { TableName: tableName, Item: itemOf(tenant, next), ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(withdrawnOn)' });
        return next;
      } catch (error) {
        if (!isConditionFailure(error)) unavailable('write')(error);
        // Another admin withdrew it in between: theirs stands.
        const again = await dynamo.call('GetItem', { TableName: tableName, Key: { pk: { S: exclusionPk(tenant) }, sk: { S: id } }, ConsistentRead: true }).catch(unavailable('read'));
        return again.Item ? exclusionOf(again.Item) : undefined;
      }
    },
  };
};
