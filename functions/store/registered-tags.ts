/**
 * @module
 * The channel tags a tenant registered, as the counting function learns them:
 * one small item per tenant (`RT#<tenant>` / `RT`, a string set `tags` and a
 * revision), which the staff channel store rewrites whenever a channel is
 * registered, imported, edited, archived or restored (archived tags stay in
 * it: codes already handed out keep counting as themselves). The counting
 * function reads that one item with GetItem, so its grant reaches nothing
 * else, and keeps it per tenant for at most `ttlMs` (a minute), so a newly
 * registered tag counts as itself within about a minute.
 *
 * A read that fails, times out or returns something unreadable never fails
 * the event: the last set read for the tenant stands (a tag registered since
 * may count as 未登録 for a little longer); with none read yet, every tag
 * counts as 未登録 until a read succeeds. That can lose an event's channel,
 * never the event, and never stores an unregistered tag.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Dynamo } from '../dynamo';
import { registeredTagsKey } from './keys';

type Item = Record<string, AttributeValue>;

/** The stored item for `tags` at revision `rev` (DynamoDB keeps no empty set, so no tags is no attribute). */
export const registeredTagsItem = (tenant: string, tags: readonly string[], rev: number): Item => {
  const { pk, sk } = registeredTagsKey(tenant);
  return { pk: { S: pk }, sk: { S: sk }, rev: { N: String(rev) }, ...(tags.length > 0 ? { tags: { SS: [...new Set(tags)].sort() } } : {}) };
};

/** The tags an item holds; undefined when it is not a registered-tags item this code wrote. */
export const tagsOfItem = (item: Item): ReadonlySet<string> | undefined => {
  if (item.rev?.N === undefined) return undefined;
  if (item.tags === undefined) return new Set();
  return item.tags.SS ? new Set(item.tags.SS) : undefined;
};

export interface RegisteredTags {
  /** The tenant's registered tags as last read (at most `ttlMs` old when the store answers). */
  of(tenant: string): Promise<ReadonlySet<string>>;
}

export interface RegisteredTagsOptions {
  dynamo: Dynamo;
  tableName: string;
  /** How long a read set is used before it is read again; at most a minute, so new tags count soon. */
  ttlMs?: number;
  /** How long an event waits for a read before it goes on with what it has: the event's own write needs the rest of the function's time. */
  waitMs?: number;
  /** After a failed read, how long the last set stands before the next try, so an outage does not make every event wait. */
  retryMs?: number;
  /** Milliseconds, like Date.now; tests move it. */
  now?: () => number;
  log?: (line: string) => void;
}

export const REGISTERED_TAGS_TTL_MS = 60_000;

interface Entry {
  tags: ReadonlySet<string> | undefined;
  /** When `tags` (or the failure) goes stale and the next call reads again. */
  staleAt: number;
  reading: Promise<ReadonlySet<string> | undefined> | undefined;
}

const NONE: ReadonlySet<string> = new Set();

export const createRegisteredTags = ({
  dynamo,
  tableName,
  ttlMs = REGISTERED_TAGS_TTL_MS,
  waitMs = 500,
  retryMs = 5_000,
  now = Date.now,
  log = console.warn,
}: RegisteredTagsOptions): RegisteredTags => {
  if (ttlMs > REGISTERED_TAGS_TTL_MS) throw new RangeError(`Registered tags may be cached for at most ${REGISTERED_TAGS_TTL_MS} ms`);
  // A Map, so tenant ids are plain keys; the public function serves a fixed list of tenants, so it stays small.
  const entries = new Map<string, Entry>();

  const read = async (tenant: string): Promise<ReadonlySet<string> | undefined> => {
    const { pk, sk } = registeredTagsKey(tenant);
    const { Item } = await dynamo.call('GetItem', { TableName: tableName, Key: { pk: { S: pk }, sk: { S: sk } } });
    // No item: the tenant has registered no channel yet, a clear answer.
    return Item === undefined ? NONE : tagsOfItem(Item);
  };

  const refresh = (tenant: string, entry: Entry): Promise<ReadonlySet<string> | undefined> =>
    (entry.reading ??= read(tenant)
      .then((tags) => {
        if (tags === undefined) log(`registered tags of ${tenant}: unreadable item, keeping the last set`);
        return tags;
      })
      .catch((error: unknown) => {
        log(`registered tags of ${tenant}: read failed (${error instanceof Error ? error.name : 'unknown'}), keeping the last set`);
        return undefined;
      })
      .then((tags) => {
        entry.reading = undefined;
        if (tags) entry.tags = tags;
        entry.staleAt = now() + (tags ? ttlMs : retryMs);
        return tags;
      }));

  return {
    async of(tenant) {
      let entry = entries.get(tenant);
      if (!entry) entries.set(tenant, (entry = { tags: undefined, staleAt: 0, reading: undefined }));
      if (now() < entry.staleAt) return entry.tags ?? NONE;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), waitMs);
      });
      // A read slower than waitMs goes on in the background and serves the events after this one.
      const tags = await Promise.race([refresh(tenant, entry), late]).finally(() => clearTimeout(timer));
      return tags ?? entry.tags ?? NONE;
    },
  };
};
