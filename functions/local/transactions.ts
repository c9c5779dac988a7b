/**
 * @module
 * TransactWriteItems for dynalite, which has every other call the service
 * makes but not this one (it answers UnknownOperationException; pinned in
 * test/integration/dynamo-clients.test.ts). A small HTTP front in the same
 * process: every call passes through it to dynalite. A transaction takes a
 * lock on each of its items (in key order, so two never wait on each
 * other), is carried out as dynalite's own conditional writes in order — so
 * dynalite itself evaluates every condition and update expression — and is
 * undone from the items' earlier images (ReturnValues ALL_OLD) if one is
 * refused, before any single-item call on those items may look; single-item
 * calls take their item's lock too. Queries and batches do not wait: unlike
 * DynamoDB they could see a transaction that is then undone (never the case
 * for the counting transaction, whose only condition is on its first write).
 * With ClientRequestToken, a repeat within ten minutes is answered with the
 * first result and applies nothing, as DynamoDB does.
 * Only the local server and the tests load this; production talks to
 * DynamoDB itself, and the store tests run on AWS's DynamoDB Local too.
 */
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, Agent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AttributeValue, TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { DynamoError } from '../dynamo';

const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** DynamoDB keeps a transaction's token this long. */
const TOKEN_WINDOW_MS = 10 * 60 * 1000;
const MAX_ITEMS = 100;
/** An attribute no item has, so a condition check can be run as an update that changes nothing. */
const UNUSED_ATTRIBUTE = '__transaction_condition_check';

type Item = Record<string, AttributeValue>;
type Answer = { status: number; body: unknown };

const errorAnswer = (status: number, type: string, message: string, extra: object = {}): Answer => ({
  status,
  body: { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message, ...extra },
});

/** Locks by item: `hold(ids, work)` runs work once every id is free, holding them all until it ends. */
const itemLocks = () => {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(ids: readonly string[], work: () => Promise<T>): Promise<T> => {
    const releases: (() => void)[] = [];
    // One at a time, in a fixed order: no two holders can wait for each other.
    for (const id of [...new Set(ids)].sort()) {
      const before = tails.get(id) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      tails.set(id, tail);
      releases.push(() => {
        release();
        if (tails.get(id) === tail) tails.delete(id);
      });
      await before;
    }
    try {
      return await work();
    } finally {
      for (const release of releases) release();
    }
  };
};

const SINGLE_ITEM_CALLS = new Set(['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem']);

interface Step {
  /** A ConditionCheck, run as an update that changes nothing (but creates a missing item, removed again after). */
  check?: true;
  table: string;
  key: Item;
  operation: 'PutItem' | 'UpdateItem' | 'DeleteItem';
  input: Record<string, unknown>;
}

export interface TransactionFront {
  endpoint: string;
  close(): Promise<void>;
}

/** Starts the front on `port` (0: any free one) for the dynalite server at `upstream`. */
export const startTransactionFront = async (upstream: string, port = 0): Promise<TransactionFront> => {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const hold = itemLocks();
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  };
  const itemIdOf = (table: string, key: Item) => `${table}\u0000${JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
  const keySchemas = new Map<string, string[]>();
  const tokens = new Map<string, { hash: string; at: number; answer?: Answer }>();

  const keyNamesOf = async (table: string): Promise<string[]> => {
    let names = keySchemas.get(table);
    if (!names) {
      const answer = await raw('DescribeTable', { TableName: table });
      if (answer.status !== 200) throw answer;
      const schema = (answer.body as { Table?: { KeySchema?: { AttributeName: string }[] } }).Table?.KeySchema ?? [];
      keySchemas.set(table, (names = schema.map((key) => key.AttributeName)));
    }
    return names;
  };

  /** One call to dynalite, answered as dynalite answered it. */
  const raw = (operation: string, input: unknown): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(input);
      const request = httpRequest(
        {
          hostname: target.hostname,
          port: target.port,
          method: 'POST',
          path: '/',
          agent,
          headers: {
            'content-type': CONTENT_TYPE,
            'x-amz-target': `${TARGET_PREFIX}${operation}`,
            'content-length': Buffer.byteLength(body),
            // dynalite checks that a request is signed, not the signature.
            authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
            'x-amz-date': '20260101T000000Z',
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: response.statusCode ?? 500, body: text ? JSON.parse(text) : {} });
            } catch (error) {
              reject(error);
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });

  const stepOf = async (action: TransactWriteItem): Promise<Step | Answer> => {
    const kinds = (['Put', 'Update', 'Delete', 'ConditionCheck'] as const).filter((kind) => action[kind] !== undefined);
    if (kinds.length !== 1) return errorAnswer(400, 'ValidationException', 'Each TransactItems element must hold exactly one of Put, Update, Delete, ConditionCheck');
    if (action.Put) {
      const { Put: put } = action;
      const names = await keyNamesOf(put.TableName ?? '');
      const key = Object.fromEntries(names.map((name) => [name, put.Item?.[name] as AttributeValue]));
      return { table: put.TableName ?? '', key, operation: 'PutItem', input: { ...put, ReturnValues: 'ALL_OLD', ReturnConsumedCapacity: 'TOTAL' } };
    }
    if (action.Update) {
      const { Update: update } = action;
      return { table: update.TableName ?? '', key: update.Key ?? {}, operation: 'UpdateItem', input: { ...update, ReturnValues: 'ALL_OLD', ReturnConsumedCapacity: 'TOTAL' } };
    }
    if (action.Delete) {
      const { Delete: remove } = action;
      return { table: remove.TableName ?? '', key: remove.Key ?? {}, operation: 'DeleteItem', input: { ...remove, ReturnValues: 'ALL_OLD', ReturnConsumedCapacity: 'TOTAL' } };
    }
    const check = action.ConditionCheck!;
    return {
      check: true,
      table: check.TableName ?? '',
      key: check.Key ?? {},
      operation: 'UpdateItem',
      input: {
        ...check,
        UpdateExpression: 'REMOVE #unusedAttribute',
        ExpressionAttributeNames: { ...check.ExpressionAttributeNames, '#unusedAttribute': UNUSED_ATTRIBUTE },
        ReturnValues: 'ALL_OLD',
        ReturnConsumedCapacity: 'TOTAL',
      },
    };
  };

  const transact = async (input: { TransactItems?: TransactWriteItem[]; ReturnConsumedCapacity?: string }): Promise<Answer> => {
    const actions = input.TransactItems;
    if (!Array.isArray(actions) || actions.length < 1 || actions.length > MAX_ITEMS) {
      return errorAnswer(400, 'ValidationException', `TransactItems must hold 1 to ${MAX_ITEMS} actions`);
    }
    const steps: Step[] = [];
    for (const action of actions) {
      const step = await stepOf(action);
      if ('status' in step) return step;
      steps.push(step);
    }
    const itemIds = steps.map((step) => itemIdOf(step.table, step.key));
    if (new Set(itemIds).size !== itemIds.length) {
      return errorAnswer(400, 'ValidationException', 'Transaction request cannot include multiple operations on one item');
    }
    return hold(itemIds, () => carryOut(steps, input.ReturnConsumedCapacity));
  };

  const carryOut = async (steps: Step[], returnCapacity: string | undefined): Promise<Answer> => {
    // Each write hands back the item as it was (ALL_OLD), so a refusal can be undone exactly.
    const before: (Item | undefined)[] = [];
    const units = new Map<string, number>();
    for (const [index, step] of steps.entries()) {
      const done = await raw(step.operation, step.input);
      if (done.status === 200) {
        const answer = done.body as { Attributes?: Item; ConsumedCapacity?: { CapacityUnits?: number } };
        before.push(answer.Attributes);
        // A transactional write costs twice a plain one (DynamoDB's pricing rule).
        units.set(step.table, (units.get(step.table) ?? 0) + 2 * (answer.ConsumedCapacity?.CapacityUnits ?? 1));
        continue;
      }
      await undo(steps.slice(0, index), before);
      const type = String((done.body as { __type?: string }).__type ?? '').split('#').pop();
      if (type !== 'ConditionalCheckFailedException') return done;
      const reasons = steps.map((_, i) => (i === index ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' } : { Code: 'None' }));
      return errorAnswer(400, 'TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`, {
        CancellationReasons: reasons,
      });
    }
    // A condition check on a missing item: the update that ran it left a bare key behind.
    for (const [index, step] of steps.entries()) {
      if (step.check && !before[index]) await raw('DeleteItem', { TableName: step.table, Key: step.key });
    }
    const wantsCapacity = returnCapacity === 'TOTAL' || returnCapacity === 'INDEXES';
    return {
      status: 200,
      body: wantsCapacity ? { ConsumedCapacity: [...units].map(([TableName, n]) => ({ TableName, CapacityUnits: n, WriteCapacityUnits: n })) } : {},
    };
  };

  const undo = async (applied: Step[], before: (Item | undefined)[]) => {
    for (let i = applied.length - 1; i >= 0; i--) {
      const step = applied[i]!;
      const image = before[i];
      const answer = image ? await raw('PutItem', { TableName: step.table, Item: image }) : await raw('DeleteItem', { TableName: step.table, Key: step.key });
      if (answer.status !== 200) throw new DynamoError('InternalServerError', `Could not undo a cancelled transaction on ${step.table}`);
    }
  };

  /** ClientRequestToken as DynamoDB keeps it: the same request within ten minutes gets the first answer again. */
  const withToken = async (input: { ClientRequestToken?: unknown; TransactItems?: TransactWriteItem[] }, text: string): Promise<Answer> => {
    const token = input.ClientRequestToken;
    if (token === undefined) return transact(input);
    if (typeof token !== 'string' || token.length < 1 || token.length > 36) {
      return errorAnswer(400, 'ValidationException', 'ClientRequestToken must be 1 to 36 characters');
    }
    const now = Date.now();
    for (const [kept, entry] of tokens) if (now - entry.at > TOKEN_WINDOW_MS) tokens.delete(kept);
    const hash = createHash('sha256').update(text).digest('hex');
    const seen = tokens.get(token);
    if (seen) {
      if (seen.hash !== hash) return errorAnswer(400, 'IdempotentParameterMismatchException', 'The request uses the same client token as a previous, but non-identical request.');
      if (!seen.answer) return errorAnswer(400, 'TransactionInProgressException', 'The transaction with the given request token is already in progress.');
      if (seen.answer.status !== 200) return seen.answer;
      const items = new Map<string, number>();
      for (const action of input.TransactItems ?? []) {
        const table = Object.values(action)[0]?.TableName ?? '';
        items.set(table, (items.get(table) ?? 0) + 1);
      }
      return { status: 200, body: { ConsumedCapacity: [...items].map(([TableName, n]) => ({ TableName, CapacityUnits: n, ReadCapacityUnits: n })) } };
    }
    const entry: { hash: string; at: number; answer?: Answer } = { hash, at: now };
    tokens.set(token, entry);
    try {
      const answer = await transact(input);
      // Like DynamoDB, only a transaction that ran to its end keeps its token's answer.
      if (answer.status === 200 || (answer.body as { __type?: string }).__type?.endsWith('TransactionCanceledException')) entry.answer = answer;
      else tokens.delete(token);
      return answer;
    } catch (error) {
      tokens.delete(token);
      throw error;
    }
  };

  /** The item a single-item call touches, so it waits for a transaction holding it. */
  const lockIdsOf = async (operation: string, body: Buffer): Promise<string[]> => {
    if (!SINGLE_ITEM_CALLS.has(operation)) return [];
    try {
      const input = JSON.parse(body.toString('utf8')) as { TableName?: string; Key?: Item; Item?: Item };
      const table = input.TableName ?? '';
      if (input.Key) return [itemIdOf(table, input.Key)];
      if (!input.Item) return [];
      const names = await keyNamesOf(table);
      return [itemIdOf(table, Object.fromEntries(names.map((name) => [name, input.Item?.[name] as AttributeValue])))];
    } catch {
      return []; // dynalite will refuse it as it is
    }
  };

  /** Any other call goes to dynalite untouched (after its item's lock, for single-item calls). */
  const pass = async (request: IncomingMessage, body: Buffer, response: ServerResponse) => {
    const operation = String(request.headers['x-amz-target'] ?? '').slice(TARGET_PREFIX.length);
    const ids = await lockIdsOf(operation, body).catch(() => []);
    return hold(
      ids,
      () =>
        new Promise<void>((resolve) => {
          const forward = httpRequest(
            { hostname: target.hostname, port: target.port, method: request.method, path: request.url, agent, headers: { ...request.headers, host: target.host } },
            (answer) => {
              response.writeHead(answer.statusCode ?? 500, answer.headers);
              answer.pipe(response);
              answer.on('end', resolve);
              answer.on('error', () => resolve());
            },
          );
          forward.on('error', () => {
            if (!response.headersSent) response.writeHead(500, { 'content-type': CONTENT_TYPE });
            response.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalFailure', message: 'dynalite did not answer' }));
            resolve();
          });
          forward.end(body);
        }),
    );
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (request.headers['x-amz-target'] !== `${TARGET_PREFIX}TransactWriteItems`) return void track(pass(request, body, response));
      const reply = ({ status, body: json }: Answer) => {
        const text = JSON.stringify(json);
        response.writeHead(status, { 'content-type': CONTENT_TYPE, 'content-length': Buffer.byteLength(text) }).end(text);
      };
      let input: { ClientRequestToken?: unknown; TransactItems?: TransactWriteItem[] };
      try {
        input = JSON.parse(body.toString('utf8')) as typeof input;
      } catch {
        return reply(errorAnswer(400, 'SerializationException', 'The request body is not JSON'));
      }
      void track(
        withToken(input, body.toString('utf8')).then(reply, (error: unknown) =>
          reply(errorAnswer(500, 'InternalServerError', error instanceof Error ? error.message : 'Transaction failed')),
        ),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      // No new calls; the ones under way end first, so none reaches a closed dynalite.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
      agent.destroy();
    },
  };
};
