/**
 * @module
 * The staff API's error handler: sign-in refusals as clear JSON (from
 * functions/auth), bad queries and bodies as 400 naming the field, a slow or
 * unreachable store as 503 with Retry-After, and anything else through the
 * shared handler that logs only the error's name and answers a plain 500.
 */
import type { Context } from 'hono';
import * as z from '../../shared/validation';
import { authErrorResponse } from '../auth';
import { jsonErrorHandler, type ErrorBody, type ErrorIssue } from '../http';
import { InvalidRangeError } from '../../shared/periods';
import { StoreUnavailableError } from '../store';
import { ChannelExistsError, ChannelLimitError } from './channels/store';
import { ExclusionLimitError } from './exclusions/store';
import { QrFontMissingError } from './qr/png';

export const issuesOf = (error: z.$ZodError): ErrorIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

export const badRequest = (c: Context, error: 'invalid_query' | 'invalid_body', issues: ErrorIssue[]) =>
  c.json({ error, message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), issues } satisfies ErrorBody, 400);

export const staffErrorHandler = (error: Error, c: Context): Response | Promise<Response> => {
  const auth = authErrorResponse(error, c);
  if (auth) return auth;
  if (error instanceof z.$ZodError) return badRequest(c, 'invalid_query', issuesOf(error));
  if (error instanceof InvalidRangeError) return badRequest(c, 'invalid_query', [{ path: '', message: error.message }]);
  if (error instanceof ChannelExistsError) return c.json({ error: 'conflict', message: error.message } satisfies ErrorBody, 409);
  if (error instanceof ChannelLimitError) return c.json({ error: 'limit_reached', message: error.message } satisfies ErrorBody, 409);
  if (error instanceof ExclusionLimitError) return c.json({ error: 'exclusion_limit', message: error.message } satisfies ErrorBody, 409);
  if (error instanceof QrFontMissingError) return c.json({ error: 'not_configured', message: error.message } satisfies ErrorBody, 501);
  if (error instanceof StoreUnavailableError) {
    return c.json({ error: 'store_unavailable', message: 'The statistics store is busy. Try again shortly.' } satisfies ErrorBody, 503, { 'Retry-After': '5' });
  }
  return jsonErrorHandler(error, c);
};
