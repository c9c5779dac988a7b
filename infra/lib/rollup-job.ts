/**
 * @module
 * The scheduled rollup job: an EventBridge rule runs functions/lambda/rollup.ts
 * once a day at 16:10 UTC (01:10 JST), ten minutes after a JST day's one-hour
 * margin ends, so yesterday is folded into its daily rollup at once, and a
 * month on the 2nd, after its one-day margin. Daily, not hourly: nothing
 * closes in between, and a month with no counts keeps no DONE marker, so
 * every run queries such months' shards again — hourly runs would cost 24
 * times that for nothing. Runs are idempotent; a failed one is retried twice
 * by Lambda, and the week-long lookback catches up any missed day. Its role
 * may read and write exactly what the rollup code calls.
 */
import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { AppFunction } from './function';

/**
 * functions/store: GetItem (is it rolled up? rollup.ts, daily.ts), Query (raw shards, query.ts),
 * BatchWriteItem and PutItem (sums, then the DONE marker, fold.ts); and the registered-tags check
 * (functions/staff/channels/store.ts: GetItem, Query, a conditional PutItem). No UpdateItem, DeleteItem or Scan.
 */
export const ROLLUP_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem'] as const;
/** 16:10 UTC = 01:10 JST (EventBridge cron has no time zone). */
export const ROLLUP_SCHEDULE = 'cron(10 16 * * ? *)';

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
      // 1,700 new municipalities take ≈ 2.5 minutes at 8 tenants at a time (docs/scaling.md); Lambda's
      // maximum leaves room for slow days, and time is billed only as used.
      timeout: Duration.minutes(15),
      description: 'kokoro-check daily rollup of closed months and days',
    });
    props.table.grant(this.fn.fn, ...ROLLUP_TABLE_ACTIONS);
    this.rule = new Rule(this, 'Daily', {
      description: 'kokoro-check: roll up closed JST days and months',
      schedule: Schedule.expression(ROLLUP_SCHEDULE),
    });
    this.rule.addTarget(new LambdaFunction(this.fn.fn));
    // Transient faults: two retries minutes apart (idempotent); a lasting fault raises the error alarm.
    this.fn.fn.configureAsyncInvoke({ retryAttempts: 2 });
  }
}
