/**
 * @module
 * One JSON shape for every refusal — `{ error, message, issues? }` — and the
 * app-wide handlers that produce it. Unexpected errors are logged as one line
 * naming the error (never the request, its body, address or user agent) and
 * answered with a plain 500 that reveals nothing of the internals.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  issues?: ErrorIssue[];
}

/** Throws a JSON refusal; `headers` for things like Allow or Retry-After. */
export const refuse = (
  status: ContentfulStatusCode,
  body: ErrorBody,
  options: { headers?: Record<string, string>; cause?: unknown } = {},
): never => {
  const res = new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...options.headers },
  });
  throw new HTTPException(status, { res, message: body.message, cause: options.cause });
};

const causeNames = (error: unknown): string => {
  const names: string[] = [];
  for (let e: unknown = error; e instanceof Error && names.length < 4; e = e.cause) names.push(e.name);
  return names.join(' <- ');
};

export const jsonErrorHandler: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) {
    if (error.status >= 500) console.error(`[api] ${error.status} ${causeNames(error.cause)}`);
    return error.getResponse();
  }
  console.error(`[api] unhandled ${causeNames(error)}`);
  return c.json({ error: 'internal_error', message: 'Something went wrong on our side.' } satisfies ErrorBody, 500);
};

export const jsonNotFound: NotFoundHandler = (c: Context) =>
  c.json({ error: 'not_found', message: 'There is nothing at this address.' } satisfies ErrorBody, 404);
