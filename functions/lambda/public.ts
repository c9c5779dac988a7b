/**
 * @module
 * AWS Lambda entry for the resident API behind API Gateway. The DynamoDB client
 * and the app are built once per container, outside the handler, so warm
 * invocations pay for neither. Only this file knows it runs on Lambda. In
 * production (`SERVE_TEST_TENANTS=false`) test-only tenants are left out, so
 * a made-up town can never collect counts next to a real one.
 */
import { TENANTS } from '../../shared/tenants';
import { dynamoOptionsFromEnv, serveTestTenantsFromEnv, siteOriginFromEnv, tableNameFromEnv } from '../config/env';
import { createHttpDynamo } from '../dynamo';
import { createPublicApp } from '../public';
import { createDynamoCounterStore, createRegisteredTags } from '../store';
import { COUNTING_CLIENT } from './counting-client';
import { lambdaHandler } from './lambda-handler';
import { servedTenants } from './served-tenants';

const dynamo = createHttpDynamo({ ...dynamoOptionsFromEnv(), ...COUNTING_CLIENT });
const store = createDynamoCounterStore({ dynamo, tableName: tableNameFromEnv() });
// One GetItem per tenant and minute at most (the role may read the `RT#` items only, infra/lib/api.ts).
const registeredTags = createRegisteredTags({ dynamo, tableName: tableNameFromEnv() });
const tenants = servedTenants(TENANTS, serveTestTenantsFromEnv());
// Requests arrive on the API Gateway host behind CloudFront, so the site's origin is configuration; other origins get 403.
const siteOrigins = [siteOriginFromEnv()];

// A body marked base64 that is not is answered 400 like any bad input (./lambda-handler.ts).
export const handler = lambdaHandler(createPublicApp({ store, registeredTags, tenants, siteOrigins }));
