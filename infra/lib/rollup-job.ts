/**
 * @module
 * The scheduled rollup job: an EventBridge rule runs functions/lambda/rollup.ts
 * ten minutes past every hour, so a JST day is folded into its daily rollup
 * about ten minutes after its one-hour margin ends (16:10 UTC) and a month the
 * hour after its one-day margin. Every run is idempotent and cheap when there
 * is nothing to do, so hourly costs cents a year and catches up after any
 * missed run. Its role may read and write exactly what the rollup code calls.
 */
import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { AppFunction } from './function';

/**
 * functions/store: GetItem (is it rolled up? rollup.ts, daily.ts), Query (raw shards, query.ts),
 * BatchWriteItem and PutItem (sums, then the DONE marker, fold.ts). No UpdateItem, DeleteItem or Scan.
 */
export const ROLLUP_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem'] as const;
/** Minute 10 of every hour (UTC; EventBridge cron has no time zone). */
export const ROLLUP_SCHEDULE = 'cron(10 * * * ? *)';

export interface RollupJobProps {
  table: Table;
  projectRoot: string;
  entry: string;
  serveTestTenants: boolean;
}

export class RollupJob extends Construct {
  readonly fn: AppFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: RollupJobProps) {
    super(scope, id);
    this.fn = new AppFunction(this, 'Rollup', {
      entry: props.entry,
      projectRoot: props.projectRoot,
      environment: { TABLE_NAME: props.table.tableName, SERVE_TEST_TENANTS: String(props.serveTestTenants) },
      // A tenant's run is a few hundred small requests; minutes leave room for many municipalities.
      timeout: Duration.minutes(5),
      description: 'kokoro-check hourly rollup of closed months and days',
    });
    props.table.grant(this.fn.fn, ...ROLLUP_TABLE_ACTIONS);
    this.rule = new Rule(this, 'Hourly', {
      description: 'kokoro-check: roll up closed JST days and months',
      schedule: Schedule.expression(ROLLUP_SCHEDULE),
    });
    this.rule.addTarget(new LambdaFunction(this.fn.fn));
    // The next hourly run is the retry; Lambda's two automatic retries would only repeat a failing run (and its alarm).
    this.fn.fn.configureAsyncInvoke({ retryAttempts: 0 });
  }
}
