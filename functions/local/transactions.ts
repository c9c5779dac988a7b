/**
 * @module
 * TransactWriteItems for dynalite, which has every other call the service
 * makes but not this one (it answers UnknownOperationException; pinned in
 * test/integration/dynamo-servers.test.ts). A small HTTP front in the same
 * process: every call passes through it to dynalite, one at a time; a
 * transaction is carried out as dynalite's own conditional writes in order —
 * so dynalite itself evaluates every condition and update expression — and
 * undone from the items' earlier images if one is refused, before any other
 * call may look. With ClientRequestToken, a repeat within ten minutes is
 * answered with the first result and applies nothing, as DynamoDB does.
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

/** One lane: each call waits for the one before it, so a transaction and its undo are never seen half-done. */
const oneAtATime = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
};

interface Step {
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
  const lane = oneAtATime();
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
      return { table: put.TableName ?? '', key, operation: 'PutItem', input: { ...put, ReturnConsumedCapacity: 'TOTAL' } };
    }
    if (action.Update) return { table: action.Update.TableName ?? '', key: action.Update.Key ?? {}, operation: 'UpdateItem', input: { ...action.Update, ReturnConsumedCapacity: 'TOTAL' } };
    if (action.Delete) return { table: action.Delete.TableName ?? '', key: action.Delete.Key ?? {}, operation: 'DeleteItem', input: { ...action.Delete, ReturnConsumedCapacity: 'TOTAL' } };
    const check = action.ConditionCheck!;
    return {
      table: check.TableName ?? '',
      key: check.Key ?? {},
      operation: 'UpdateItem',
      input: {
        ...check,
        UpdateExpression: 'REMOVE #unusedAttribute',
        ExpressionAttributeNames: { ...check.ExpressionAttributeNames, '#unusedAttribute': UNUSED_ATTRIBUTE },
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
    const itemIds = steps.map((step) => `${step.table}\u0000${JSON.stringify(Object.entries(step.key).sort(([a], [b]) => (a < b ? -1 : 1)))}`);
    if (new Set(itemIds).size !== itemIds.length) {
      return errorAnswer(400, 'ValidationException', 'Transaction request cannot include multiple operations on one item');
    }
    // Earlier images first, so a refusal can be undone exactly.
    const before: (Item | undefined)[] = [];
    for (const step of steps) {
      const got = await raw('GetItem', { TableName: step.table, Key: step.key, ConsistentRead: true });
      if (got.status !== 200) return got;
      before.push((got.body as { Item?: Item }).Item);
    }
    const units = new Map<string, number>();
    for (const [index, step] of steps.entries()) {
      const done = await raw(step.operation, step.input);
      if (done.status === 200) {
        const capacity = (done.body as { ConsumedCapacity?: { CapacityUnits?: number } }).ConsumedCapacity?.CapacityUnits ?? 1;
        // A transactional write costs twice a plain one (DynamoDB's pricing rule).
        units.set(step.table, (units.get(step.table) ?? 0) + 2 * capacity);
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
    const wantsCapacity = input.ReturnConsumedCapacity === 'TOTAL' || input.ReturnConsumedCapacity === 'INDEXES';
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
    if (token === undefined) return lane(() => transact(input));
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
      const answer = await lane(() => transact(input));
      // Like DynamoDB, only a transaction that ran to its end keeps its token's answer.
      if (answer.status === 200 || (answer.body as { __type?: string }).__type?.endsWith('TransactionCanceledException')) entry.answer = answer;
      else tokens.delete(token);
      return answer;
    } catch (error) {
      tokens.delete(token);
      throw error;
    }
  };

  /** Any other call goes to dynalite untouched, in the same lane. */
  const pass = (request: IncomingMessage, body: Buffer, response: ServerResponse) =>
    lane(
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

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (request.headers['x-amz-target'] !== `${TARGET_PREFIX}TransactWriteItems`) return void pass(request, body, response);
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
      withToken(input, body.toString('utf8')).then(reply, (error: unknown) =>
        reply(errorAnswer(500, 'InternalServerError', error instanceof Error ? error.message : 'Transaction failed')),
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
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
