/**
 * @module
 * Where a tenant's outreach channels are kept: the counter table, partition
 * `CH#<tenant>`, one item per tag. A handful of small items per tenant, read
 * with one Query when a report is built, so channels cost nothing worth
 * counting next to the counters.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isConditionFailure, type Dynamo } from '../../dynamo';
import { StoreUnavailableError } from '../../store';
import { CHANNEL_KINDS, MAX_CHANNELS_PER_TENANT, type Channel, type ChannelKind } from './schema';

export interface ChannelStore {
  list(tenant: string): Promise<Channel[]>;
  /** Adds a channel; throws ChannelExistsError if the tag is taken. */
  add(tenant: string, channel: Channel): Promise<void>;
  /** Removes a channel; false if there was none. Counts already made under its tag stay, shown as 未登録. */
  remove(tenant: string, tag: string): Promise<boolean>;
}

export class ChannelExistsError extends Error {
  override name = 'ChannelExistsError';
  constructor(tag: string) {
    super(`A channel with tag "${tag}" already exists`);
  }
}

export class ChannelLimitError extends Error {
  override name = 'ChannelLimitError';
}

export const channelPk = (tenant: string) => `CH#${tenant}`;

const unavailable = (what: string) => (error: unknown): never => {
  throw new StoreUnavailableError(`Could not ${what} channels`, { cause: error });
};

export const createDynamoChannelStore = ({ dynamo, tableName }: { dynamo: Dynamo; tableName: string }): ChannelStore => {
  const list = async (tenant: string): Promise<Channel[]> => {
    const channels: Channel[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo
        .call('Query', { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: channelPk(tenant) } }, ExclusiveStartKey: start })
        .catch(unavailable('read'));
      for (const item of page.Items ?? []) {
        const kind = item.kind?.S as ChannelKind | undefined;
        if (!item.sk?.S || !item.label?.S || !kind || !CHANNEL_KINDS.includes(kind)) continue;
        channels.push({ tag: item.sk.S, label: item.label.S, kind, createdOn: item.createdOn?.S ?? '' });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return channels;
  };

  return {
    list,
    async add(tenant, channel) {
      if ((await list(tenant)).length >= MAX_CHANNELS_PER_TENANT) throw new ChannelLimitError(`A tenant may register at most ${MAX_CHANNELS_PER_TENANT} channels`);
      try {
        await dynamo.call('PutItem', {
          TableName: tableName,
          Item: { pk: { S: channelPk(tenant) }, sk: { S: channel.tag }, label: { S: channel.label }, kind: { S: channel.kind }, createdOn: { S: channel.createdOn } },
          ConditionExpression: 'attribute_not_exists(pk)',
        });
      } catch (error) {
        if (isConditionFailure(error)) throw new ChannelExistsError(channel.tag);
        unavailable('write')(error);
      }
    },
    async remove(tenant, tag) {
      const out = await dynamo
        .call('DeleteItem', { TableName: tableName, Key: { pk: { S: channelPk(tenant) }, sk: { S: tag } }, ReturnValues: 'ALL_OLD' })
        .catch(unavailable('delete'));
      return out.Attributes !== undefined;
    },
  };
};
