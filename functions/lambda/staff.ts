/**
 * @module
 * AWS Lambda entry for the staff statistics API. Tokens come from the
 * Cognito user pool named in the environment; the development issuer is not
 * imported here or anywhere this file reaches, so it cannot end up in the
 * Lambda bundle. Clients and the app are built once per container. With
 * `SERVE_TEST_TENANTS=false` (production) test-only tenants answer 404.
 */
import { defaultIsContentTypeBinary, handle } from 'hono/aws-lambda';
import { TENANTS } from '../../shared/tenants';
import { remoteJwks } from '../auth';
import { dynamoOptionsFromEnv, serveTestTenantsFromEnv } from '../config/env';
import { createHttpDynamo } from '../dynamo';
import { createDynamoAuditStore, createDynamoChannelStore, createStaffApp } from '../staff';
import { staffConfigFromEnv } from '../staff/config';
import { createDynamoCounterStore } from '../store';
import { createDynamoExclusionStore } from '../staff/exclusions';
import { createDynamoPlausibilityStore } from '../plausibility';
import { gateStaffApp, servedTenants } from './served-tenants';

const config = staffConfigFromEnv();
// The function may run 15 s (infra/lib/api.ts); a report is a few dozen queries, each normally a few ms.
const dynamo = createHttpDynamo({ ...dynamoOptionsFromEnv(), timeoutMs: 3000 });
const tenants = servedTenants(TENANTS, serveTestTenantsFromEnv());

const store = createDynamoCounterStore({ dynamo, tableName: config.tableName });
const staffApp = createStaffApp({
  store,
  exclusions: createDynamoExclusionStore({ dynamo, tableName: config.tableName }),
  plausibility: createDynamoPlausibilityStore({ dynamo, tableName: config.tableName, counters: store }),
  channels: createDynamoChannelStore({ dynamo, tableName: config.tableName }),
  audit: createDynamoAuditStore({ dynamo, tableName: config.tableName }),
  auth: { issuer: config.issuer, audience: config.audience, keySource: remoteJwks({ url: config.jwksUrl }) },
  siteOrigin: config.siteOrigin,
  qrFontFiles: config.qrFontFiles,
  tenants,
});

/**
 * CSV goes out as bytes (base64 to API Gateway): read as text, the adapter would drop the byte-order mark
 * the file starts with, and Excel in Japan would then open the Japanese as garbage.
 */
export const isStaffBinary = (contentType: string): boolean => defaultIsContentTypeBinary(contentType) || contentType.startsWith('text/csv');

export const handler = handle(gateStaffApp(staffApp, tenants), { isContentTypeBinary: isStaffBinary });
