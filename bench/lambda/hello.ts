/**
 * @module
 * The yardstick for Lambda start-up: the smallest Hono app on Lambda,
 * bundled by the same construct as the real functions, so a ratio to it
 * shows what our own code and dependencies add to a cold start.
 */
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

export const handler = handle(new Hono().get('/', (c) => c.text('ok')));
