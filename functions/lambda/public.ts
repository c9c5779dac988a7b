/**
 * @module
 * AWS Lambda entry for the resident API behind API Gateway. The SDK client
 * and the app are built once per container, outside the handler, so warm
 * invocations pay for neither. Only this file knows it runs on Lambda.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { handle } from 'hono/aws-lambda';
import { tableNameFromEnv } from '../config/env';
import { createPublicApp } from '../public';
import { createDynamoCounterStore } from '../store';

const client = new DynamoDBClient({});
const store = createDynamoCounterStore({ client, tableName: tableNameFromEnv() });

export const handler = handle(createPublicApp({ store }));
