/**
 * @module
 * How the resident API's Lambda talks to DynamoDB: the function may run 5 s
 * (infra/lib/api.ts); a call that has not answered in 1.5 s is treated as
 * unclear, and a call stops retrying once another attempt could not end
 * within 4 s, so the function answers 503 (the page retries with the same
 * event id) rather than being stopped by Lambda mid-answer. Shared with the
 * fault-injection suite (test/faults), which runs the counting path with
 * exactly these settings.
 */
import type { HttpDynamoOptions } from '../dynamo';

export const COUNTING_CLIENT = { timeoutMs: 1500, deadlineMs: 4000, maxAttempts: 3 } as const satisfies Partial<HttpDynamoOptions>;
