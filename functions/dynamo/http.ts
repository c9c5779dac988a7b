/**
 * @module
 * DynamoDB over its JSON protocol: one POST per call, signed with AWS
 * Signature Version 4 (sign.ts, node:crypto), sent on a keep-alive
 * connection. This is the whole client the Lambda functions load — no SDK —
 * so a cold start pays a few milliseconds instead of ≈ 130 ms.
 *
 * Retries keep counts exact. A refusal DynamoDB sends before doing anything
 * (throttling, a transaction cancelled by throttling or a conflict) is
 * retried for every call, with jittered backoff. An unclear failure — no
 * answer in time, a 5xx, a connection dropped mid-request, even on a reused
 * keep-alive socket — may hide a write that landed, so it is retried only for
 * calls that cannot apply twice (`isRepeatable`: reads, and transactions
 * carrying a ClientRequestToken). Everything else is reported as it is, and
 * its caller treats the outcome as unknown.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isRefusedForNow, isRepeatable, type Dynamo, type DynamoOperation } from './operations';
import { signPost, type SigningCredentials } from './sign';

export type DynamoCredentials = SigningCredentials;

export interface HttpDynamoOptions {
  region: string;
  /** Defaults to the public regional endpoint; set it for DynamoDB Local or dynalite. */
  endpoint?: string;
  /** Read on every call: the Lambda runtime's role credentials come from its environment. */
  credentials: () => DynamoCredentials;
  /** Per attempt, from sending to the whole answer. */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Per call, all attempts together: no attempt starts that could not finish by then (Lambda's own time limit). */
  deadlineMs?: number;
  /** Tests replace the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpDynamo extends Dynamo {
  /** Closes idle connections, so a test or a script can exit. */
  destroy(): void;
}

/** DynamoDB (or the connection to it) refused a call; `name` is DynamoDB's error code, e.g. ConditionalCheckFailedException. */
export class DynamoError extends Error {
  readonly status: number | undefined;
  /** True when the request certainly did nothing, so any call may be repeated. */
  readonly refusedBeforeDoing: boolean;
  /** For a cancelled transaction: why, item by item, as DynamoDB (and the SDK) names it. */
  readonly CancellationReasons: { Code?: string; Message?: string }[] | undefined;

  constructor(
    name: string,
    message: string,
    details: { status?: number; refusedBeforeDoing?: boolean; cause?: unknown; cancellationReasons?: { Code?: string; Message?: string }[] } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = name;
    this.status = details.status;
    this.CancellationReasons = details.cancellationReasons;
    this.refusedBeforeDoing = details.refusedBeforeDoing ?? false;
  }
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** Connection failures that happen before a byte of the request left this machine. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential backoff: 0–50 ms, 0–100 ms, … capped at 1 s. */
const backoffMs = (attempt: number) => Math.random() * Math.min(1000, 50 * 2 ** attempt);

const errorFromBody = (status: number, text: string): DynamoError => {
  let type = '';
  let message = text.slice(0, 200);
  let cancellationReasons: { Code?: string; Message?: string }[] | undefined;
  try {
    const body = JSON.parse(text) as { __type?: unknown; message?: unknown; Message?: unknown; CancellationReasons?: unknown };
    if (typeof body.__type === 'string') type = body.__type.slice(body.__type.lastIndexOf('#') + 1);
    const said = body.message ?? body.Message;
    if (typeof said === 'string') message = said;
    if (Array.isArray(body.CancellationReasons)) cancellationReasons = body.CancellationReasons as { Code?: string }[];
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const name = type || (status >= 500 ? 'InternalServerError' : 'DynamoHttpError');
  const refusedBeforeDoing = isRefusedForNow({ name, CancellationReasons: cancellationReasons });
  return new DynamoError(name, `DynamoDB answered ${status} ${name}: ${message}`, { status, cancellationReasons, refusedBeforeDoing });
};

const connectionError = (error: NodeJS.ErrnoException): DynamoError => {
  const code = error.code ?? 'ECONNECTION';
  // A reset, even on a reused keep-alive socket, may come after DynamoDB applied the request: only these mean nothing left.
  return new DynamoError('NetworkingError', `Could not reach DynamoDB (${code})`, { refusedBeforeDoing: NOT_SENT_CODES.has(code), cause: error });
};

export const createHttpDynamo = (options: HttpDynamoOptions): HttpDynamo => {
  const endpoint = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
  const secure = endpoint.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const send = secure ? httpsRequest : httpRequest;
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxAttempts = options.maxAttempts ?? 3;
  const deadlineMs = options.deadlineMs ?? Number.POSITIVE_INFINITY;
  const sleep = options.sleep ?? sleepFor;

  const attempt = (operation: DynamoOperation, body: string): Promise<unknown> => {
    const headers = signPost(
      { host: endpoint.host, region: options.region, service: 'dynamodb', headers: { 'content-type': CONTENT_TYPE, 'x-amz-target': `${TARGET_PREFIX}${operation}` }, body },
      options.credentials(),
    );
    headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const request = send(
        { hostname: endpoint.hostname, port: endpoint.port || undefined, path: '/', method: 'POST', headers, agent },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(connectionError(error)));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status !== 200) return reject(errorFromBody(status, text));
            try {
              resolve(JSON.parse(text));
            } catch (error) {
              reject(new DynamoError('DynamoHttpError', 'DynamoDB answered 200 with a body that is not JSON', { status, cause: error }));
            }
          });
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error(`No answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      request.on('error', (error) => reject(connectionError(error)));
      request.end(body);
    });
  };

  return {
    async call(operation, input) {
      const body = JSON.stringify(input);
      const repeatable = isRepeatable(operation, input);
      const started = Date.now();
      for (let n = 1; ; n++) {
        try {
          return (await attempt(operation, body)) as never;
        } catch (error) {
          const failure = error as DynamoError;
          const unclear = failure.name === 'NetworkingError' || (failure.status ?? 0) >= 500;
          if (n >= maxAttempts || !(failure.refusedBeforeDoing || (repeatable && unclear))) throw failure;
          const wait = backoffMs(n);
          if (Date.now() - started + wait + timeoutMs > deadlineMs) throw failure;
          await sleep(wait);
        }
      }
    },
    destroy: () => agent.destroy(),
  };
};
