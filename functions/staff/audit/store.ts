/**
 * @module
 * Where audit entries are kept: the one table, partition
 * `AU#<tenant>#<YYYY-MM>` (the Japan month of the entry, so no partition
 * grows without bound and an admin reads one month with one Query), sort key
 * `<ISO instant>#<8 random characters>` (newest first by reading backwards),
 * and `expiresAt` = the entry's time + the retention, so DynamoDB's TTL
 * deletes it unasked. Each put is conditional on the key being new: the key
 * is made once per entry, so sending the same put again after an unclear
 * answer can never store it twice — the one retry here relies on that.
 * (Key names as in functions/store/tables.ts, written out so the Lambda
 * bundle does not load the SDK that file creates tables with.)
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isConditionFailure, type Dynamo } from '../../dynamo';
import { StoreUnavailableError } from '../../store';
import { jstParts } from '../../../shared/time';
import { ROLES, type Role } from '../../auth';
import { AUDIT_ACTIONS, AUDIT_KEY_PREFIX, AUDIT_RETENTION_DAYS, type AuditAction, type AuditEntry, type AuditTarget } from './schema';

export interface AuditStore {
  /** Stores one entry; throws AuditWriteError when it cannot say the entry is stored. */
  record(tenant: string, entry: AuditEntry): Promise<void>;
  /** One page of a month's entries, newest first, leaving out those expired by `now` that TTL has not yet deleted. */
  list(tenant: string, month: string, page: { limit: number; before?: string; now: Date }): Promise<{ entries: AuditEntry[]; before?: string }>;
  readonly retentionDays: number;
}

export class AuditWriteError extends Error {
  override name = 'AuditWriteError';
}

export const auditPk = (tenant: string, month: string) => `${AUDIT_KEY_PREFIX}${tenant}#${month}`;

/** The Japan month an instant falls in, `YYYY-MM`. */
export const auditMonthOf = (at: Date): string => jstParts(at).date.slice(0, 7);

const DAY_SECONDS = 86_400;
export const expiresAtOf = (at: Date, retentionDays: number): number => Math.floor(at.getTime() / 1000) + retentionDays * DAY_SECONDS;

const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomSuffix = (): string => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length]).join('');

const TARGET_KEYS = ['period', 'kind', 'tag', 'format', 'size', 'lang', 'month', 'exclusion'] as const satisfies readonly (keyof AuditTarget)[];

export const shiftMonth = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};

const toItem = (tenant: string, entry: AuditEntry, sk: string, retentionDays: number): Record<string, AttributeValue> => {
  const target: Record<string, AttributeValue> = {};
  for (const key of TARGET_KEYS) {
    const value = entry.target[key];
    if (value !== undefined) target[key] = { S: value };
  }
  const at = new Date(entry.at);
  return {
    pk: { S: auditPk(tenant, auditMonthOf(at)) },
    sk: { S: sk },
    expiresAt: { N: String(expiresAtOf(at, retentionDays)) },
    at: { S: entry.at },
    actor: { S: entry.actor },
    ...(entry.username === undefined ? {} : { username: { S: entry.username } }),
    role: { S: entry.role },
    action: { S: entry.action },
    target: { M: target },
    status: { N: String(entry.status) },
  };
};

const fromItem = (item: Record<string, AttributeValue>): AuditEntry | undefined => {
  const role = item.role?.S as Role | undefined;
  const action = item.action?.S as AuditAction | undefined;
  const status = Number(item.status?.N);
  if (!item.at?.S || !item.actor?.S || !role || !ROLES.includes(role) || !action || !AUDIT_ACTIONS.includes(action) || !Number.isInteger(status)) return undefined;
  const target: AuditTarget = {};
  for (const key of TARGET_KEYS) {
    const value = item.target?.M?.[key]?.S;
    if (value !== undefined) (target as Record<string, string>)[key] = value;
  }
  return { at: item.at.S, actor: item.actor.S, ...(item.username?.S ? { username: item.username.S } : {}), role, action, target, status };
};

export const createDynamoAuditStore = ({
  dynamo,
  tableName,
  retentionDays = AUDIT_RETENTION_DAYS,
}: {
  dynamo: Dynamo;
  tableName: string;
  retentionDays?: number;
}): AuditStore => ({
  retentionDays,
  async record(tenant, entry) {
    const input = { TableName: tableName, Item: toItem(tenant, entry, `${entry.at}#${randomSuffix()}`, retentionDays), ConditionExpression: 'attribute_not_exists(pk)' };
    try {
      await dynamo.call('PutItem', input);
      return;
    } catch (first) {
      // A taken key on the first try is another entry's: this one was not stored.
      if (isConditionFailure(first)) throw new AuditWriteError('The audit key was taken', { cause: first });
      try {
        // Same item, same key: if the first copy landed after all, the condition refuses this one and nothing is doubled.
        await dynamo.call('PutItem', input);
      } catch (second) {
        if (isConditionFailure(second)) return;
        throw new AuditWriteError('Could not store the audit entry', { cause: second });
      }
    }
  },
  async list(tenant, month, { limit, before, now }) {
    const pk = auditPk(tenant, month);
    const out = await dynamo
      .call('Query', {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pk } },
        ScanIndexForward: false,
        Limit: limit,
        ...(before ? { ExclusiveStartKey: { pk: { S: pk }, sk: { S: before } } } : {}),
      })
      .catch((error: unknown) => {
        throw new StoreUnavailableError('Could not read audit entries', { cause: error });
      });
    const nowSeconds = Math.floor(now.getTime() / 1000);
    // TTL deletes some time after expiry; an expired entry is gone as far as anyone reading is concerned.
    const entries = (out.Items ?? []).filter((item) => Number(item.expiresAt?.N) > nowSeconds).flatMap((item) => fromItem(item) ?? []);
    const next = out.LastEvaluatedKey?.sk?.S;
    return { entries, ...(next ? { before: next } : {}) };
  },
});
