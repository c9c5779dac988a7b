/**
 * @module
 * AWS Lambda entry for the scheduled rollup job (an EventBridge rule runs it
 * daily at 01:10 JST, see infra/lib/rollup-job.ts). It folds closed JST months and days
 * into rollup items for every tenant this deployment serves, so staff
 * reports read a handful of items instead of every raw shard. The clock is
 * always the server's: a time taken from the event could roll up a month
 * that is still open. Settings are read once per container. It also keeps
 * each tenant's registered-tags item in step with its channels.
 */
import { TENANTS } from '../../shared/tenants';
import { dynamoOptionsFromEnv, serveTestTenantsFromEnv, tableNameFromEnv } from '../config/env';
import { createHttpDynamo } from '../dynamo';
import { createDynamoPlausibilityStore } from '../plausibility';
import { createDynamoCounterStore } from '../store';
import { createDynamoChannelStore } from '../staff/channels/store';
import { runRollups, type RollupRunResult } from './rollup-job';
import { servedTenants } from './served-tenants';

const dynamo = createHttpDynamo(dynamoOptionsFromEnv());
const store = createDynamoCounterStore({ dynamo, tableName: tableNameFromEnv() });
const plausibility = createDynamoPlausibilityStore({ dynamo, tableName: tableNameFromEnv(), counters: store });
const channels = createDynamoChannelStore({ dynamo, tableName: tableNameFromEnv() });
const tenants = servedTenants(TENANTS, serveTestTenantsFromEnv());

export const handler = async (): Promise<RollupRunResult> =>
  runRollups({ store, refreshRegisteredTags: (tenant) => channels.refreshRegisteredTags(tenant), tenants, plausibility, now: new Date() });
