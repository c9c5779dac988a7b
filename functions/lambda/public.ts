/**
 * @module
 * AWS Lambda entry for the resident API behind API Gateway. The SDK client
 * and the app are built once per container, outside the handler, so warm
 * invocations pay for neither. Only this file knows it runs on Lambda. In
 * production (`SERVE_TEST_TENANTS=false`) test-only tenants are left out, so
 * a made-up town can never collect counts next to a real one.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { handle } from 'hono/aws-lambda';
import { TENANTS } from '../../shared/tenants';
import { serveTestTenantsFromEnv, tableNameFromEnv } from '../config/env';
import { createPublicApp } from '../public';
import { createDynamoCounterStore } from '../store';
import { servedTenants } from './served-tenants';

const client = new DynamoDBClient({});
const store = createDynamoCounterStore({ client, tableName: tableNameFromEnv() });
const tenants = servedTenants(TENANTS, serveTestTenantsFromEnv());

export const handler = handle(createPublicApp({ store, tenants }));
