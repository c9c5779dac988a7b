/**
 * @module
 * Where a tenant's outreach channels are kept: the counter table, partition
 * `CH#<tenant>`, one item per tag. A handful of small items per tenant, read
 * with one Query when a report is built, so channels cost nothing worth
 * counting next to the counters.
 *
 * Only PutItem and TransactWriteItems of Puts write here (the staff function
 * has no UpdateItem; a transaction of Puts needs only PutItem's grant). An
 * edit or an archive reads the item and puts it back whole, conditioned on
 * the revision it read (`rev`), so two admins editing at once can never undo
 * each other's archive or label: the later one reads again and re-applies.
 * There is no delete — an archived channel keeps its tag, so codes already
 * handed out keep counting as that channel.
 *
 * After every write the tenant's registered-tags item (functions/store/
 * registered-tags.ts) is rebuilt from a consistent read of all its channels
 * and put back conditioned on the revision read before, so two admins
 * registering at once cannot drop each other's tag from it. That item is all
 * the counting function may read; a tag missing from it counts as 未登録.
 * Should rebuilding fail after the channel was written, the admin's retry
 * (409: it exists) rebuilds it, as does any later channel write.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { cancellationReasonsOf, isConditionFailure, type Dynamo } from '../../dynamo';
import { registeredTagsItem, registeredTagsKey, StoreUnavailableError, tagsOfItem } from '../../store';
import { queryPartition } from '../../store/query';
import { CHANNEL_KINDS, MAX_CHANNELS_PER_TENANT, type Channel, type ChannelFields, type ChannelKind } from './schema';

export interface ChannelStore {
  /** Every channel, archived ones included, in tag order. */
  list(tenant: string): Promise<Channel[]>;
  /** Adds a channel; throws ChannelExistsError if the tag is taken (archived tags included). */
  add(tenant: string, channel: Channel): Promise<void>;
  /** Adds all or none (at most 100); throws ChannelExistsError naming the first tag already taken. */
  addAll(tenant: string, channels: readonly Channel[]): Promise<void>;
  /** Replaces label, kind, quantity and places; undefined if there is no such channel. The tag never changes. */
  update(tenant: string, tag: string, fields: ChannelFields): Promise<Channel | undefined>;
  /** Archives (a date) or brings back (undefined) a channel; undefined if there is none. */
  setArchived(tenant: string, tag: string, archivedOn: string | undefined): Promise<Channel | undefined>;
  /**
   * Rebuilds the item the counting function reads to know the tenant's tags; every write above does it
   * too. For channels registered before that item existed (the rollup job runs it daily).
   */
  refreshRegisteredTags(tenant: string): Promise<void>;
}

export class ChannelExistsError extends Error {
  override name = 'ChannelExistsError';
  constructor(readonly tag: string) {
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

type Item = Record<string, AttributeValue>;

const itemOf = (tenant: string, channel: Channel, rev: number): Item => ({
  pk: { S: channelPk(tenant) },
  sk: { S: channel.tag },
  label: { S: channel.label },
  kind: { S: channel.kind },
  createdOn: { S: channel.createdOn },
  rev: { N: String(rev) },
  ...(channel.quantity !== undefined ? { quantity: { N: String(channel.quantity) } } : {}),
  ...(channel.places !== undefined ? { places: { N: String(channel.places) } } : {}),
  ...(channel.archivedOn ? { archivedOn: { S: channel.archivedOn } } : {}),
});

const numberOf = (value: AttributeValue | undefined): number | undefined => (value?.N === undefined ? undefined : Number(value.N));

const channelOf = (item: Item): Channel | undefined => {
  const kind = item.kind?.S as ChannelKind | undefined;
  if (!item.sk?.S || !item.label?.S || !kind || !CHANNEL_KINDS.includes(kind)) return undefined;
  const quantity = numberOf(item.quantity);
  const places = numberOf(item.places);
  return {
    tag: item.sk.S,
    label: item.label.S,
    kind,
    createdOn: item.createdOn?.S ?? '',
    ...(quantity !== undefined ? { quantity } : {}),
    ...(places !== undefined ? { places } : {}),
    ...(item.archivedOn?.S ? { archivedOn: item.archivedOn.S } : {}),
  };
};

/** Times an edit reads again after another admin's write got in between. */
const EDIT_ATTEMPTS = 5;

export const createDynamoChannelStore = ({ dynamo, tableName }: { dynamo: Dynamo; tableName: string }): ChannelStore => {
  const key = (tenant: string, tag: string) => ({ pk: { S: channelPk(tenant) }, sk: { S: tag } });
  const list = async (tenant: string, consistent = false): Promise<Channel[]> =>
    (await queryPartition(dynamo, tableName, channelPk(tenant), { consistent }).catch(unavailable('read'))).map(channelOf).filter((c) => c !== undefined);
  const roomFor = async (tenant: string, n: number) => {
    if ((await list(tenant)).length + n > MAX_CHANNELS_PER_TENANT) throw new ChannelLimitError(`A tenant may register at most ${MAX_CHANNELS_PER_TENANT} channels`);
  };

  /**
   * Rewrites the registered-tags item from every channel, archived ones included. The revision is read
   * before the channels, so a put that succeeds saw every channel written before any earlier put.
   */
  const refreshRegisteredTags = async (tenant: string): Promise<void> => {
    const { pk, sk } = registeredTagsKey(tenant);
    for (let attempt = 1; ; attempt++) {
      const read = await dynamo.call('GetItem', { TableName: tableName, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }).catch(unavailable('read'));
      const rev = numberOf(read.Item?.rev);
      const tags = (await list(tenant, true)).map((channel) => channel.tag);
      // Unchanged (an edit, a daily check, no channels and no item yet): nothing to write.
      const stored = read.Item ? tagsOfItem(read.Item) : new Set<string>();
      if (stored && stored.size === tags.length && tags.every((tag) => stored.has(tag))) return;
      try {
        await dynamo.call('PutItem', {
          TableName: tableName,
          Item: registeredTagsItem(tenant, tags, (rev ?? 0) + 1),
          ConditionExpression: rev === undefined ? 'attribute_not_exists(pk)' : 'rev = :rev',
          ...(rev === undefined ? {} : { ExpressionAttributeValues: { ':rev': { N: String(rev) } } }),
        });
        return;
      } catch (error) {
        if (!isConditionFailure(error)) unavailable('write')(error);
        if (attempt >= EDIT_ATTEMPTS) throw new StoreUnavailableError('Registered tags kept changing while being rebuilt', { cause: error });
      }
    }
  };

  /** Reads the channel, changes it, and puts it back if nobody wrote it in between. */
  const edit = async (tenant: string, tag: string, change: (channel: Channel) => Channel): Promise<Channel | undefined> => {
    for (let attempt = 1; ; attempt++) {
      const read = await dynamo.call('GetItem', { TableName: tableName, Key: key(tenant, tag), ConsistentRead: true }).catch(unavailable('read'));
      const channel = read.Item ? channelOf(read.Item) : undefined;
      if (!read.Item || !channel) return undefined;
      const rev = numberOf(read.Item.rev);
      const next = { ...change(channel), tag, createdOn: channel.createdOn };
      try {
        await dynamo.call('PutItem', {
          TableName: tableName,
          Item: itemOf(tenant, next, (rev ?? 0) + 1),
          // Items written before revisions existed have none; the first edit gives them one.
          ConditionExpression: rev === undefined ? 'attribute_exists(pk) AND attribute_not_exists(rev)' : 'rev = :rev',
          ...(rev === undefined ? {} : { ExpressionAttributeValues: { ':rev': { N: String(rev) } } }),
        });
        return next;
      } catch (error) {
        if (!isConditionFailure(error)) unavailable('write')(error);
        if (attempt >= EDIT_ATTEMPTS) throw new StoreUnavailableError('Channel kept changing while being edited', { cause: error });
      }
    }
  };

  /** Runs a channel write, then rebuilds the registered tags — also when the write found the tag taken, so a retry heals. */
  const thenRefresh = async <T>(tenant: string, write: () => Promise<T>): Promise<T> => {
    try {
      const result = await write();
      await refreshRegisteredTags(tenant);
      return result;
    } catch (error) {
      if (error instanceof ChannelExistsError) await refreshRegisteredTags(tenant);
      throw error;
    }
  };

  return {
    list: (tenant) => list(tenant),
    refreshRegisteredTags,
    add: (tenant, channel) =>
      thenRefresh(tenant, async () => {
        await roomFor(tenant, 1);
        try {
          await dynamo.call('PutItem', { TableName: tableName, Item: itemOf(tenant, channel, 1), ConditionExpression: 'attribute_not_exists(pk)' });
        } catch (error) {
          if (isConditionFailure(error)) throw new ChannelExistsError(channel.tag);
          unavailable('write')(error);
        }
      }),
    addAll: (tenant, channels) =>
      channels.length === 0
        ? Promise.resolve()
        : thenRefresh(tenant, async () => {
            await roomFor(tenant, channels.length);
            try {
              await dynamo.call('TransactWriteItems', {
                TransactItems: channels.map((channel) => ({ Put: { TableName: tableName, Item: itemOf(tenant, channel, 1), ConditionExpression: 'attribute_not_exists(pk)' } })),
              });
            } catch (error) {
              const taken = cancellationReasonsOf(error).findIndex((code) => code === 'ConditionalCheckFailed');
              const channel = channels[taken];
              if (channel) throw new ChannelExistsError(channel.tag);
              unavailable('write')(error);
            }
          }),
    // Tags never change and archived ones stay registered, so edits leave the set as it was; rebuilding anyway heals a set an earlier failure left short.
    update: (tenant, tag, fields) =>
      thenRefresh(tenant, () =>
        edit(tenant, tag, (channel) => ({ tag, createdOn: channel.createdOn, ...fields, ...(channel.archivedOn ? { archivedOn: channel.archivedOn } : {}) })),
      ),
    setArchived: (tenant, tag, archivedOn) =>
      thenRefresh(tenant, () => edit(tenant, tag, ({ archivedOn: _was, ...channel }) => ({ ...channel, ...(archivedOn ? { archivedOn } : {}) }))),
  };
};
