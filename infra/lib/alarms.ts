/**
 * @module
 * Alarms for the faults that silently lose counts or lock staff out: function
 * errors and throttles, DynamoDB throttling, API 5xx, and staff audit entries
 * that could not be stored; and for abuse: a
 * flood of 4xx (bad or cross-site posts, unknown tenants) and of 429 (the
 * API's throttle refusing — then real residents are refused too). HTTP APIs
 * publish `4xx` but no per-status metric, so 429s are counted by a metric
 * filter on the stage's access log (which holds no caller address or
 * agent). Thresholds are data (ABUSE_THRESHOLDS). They exist in every
 * stage; with `-c alarmEmail=…` they also mail someone through SNS. Thresholds
 * are low on purpose: normal traffic produces none of these.
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { FLAGGED_HOURS_METRIC } from '../../functions/plausibility/rule';
import { AUDIT_FAILURE_METRIC, AUDIT_METRIC_NAMESPACE } from '../../functions/staff/audit/schema';

export interface AlarmsProps {
  functions: Record<string, IFunction>;
  table: Table;
  httpApi: HttpApi;
  /** The HTTP API stage's access log, with `status` as a JSON field (infra/lib/api.ts ACCESS_LOG_FIELDS). */
  accessLogs: ILogGroup;
  email?: string;
}

const PERIOD = Duration.minutes(5);

/**
 * Per 5 minutes, across all tenants. A town's real traffic refuses a handful of requests an hour (an old page's
 * bad event, a stray GET); 4xx in the hundreds is a script or a broken release. Any 429 burst means residents are
 * being refused as well, so its threshold is low.
 */
export const ABUSE_THRESHOLDS = { clientErrors: 300, throttled: 50 } as const;

/** Where the 429 count from the access log is published. */
export const THROTTLED_METRIC = { namespace: 'kokoro-check', metricName: 'Api429' } as const;

export class Alarms extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    if (props.email) {
      this.topic = new Topic(this, 'Topic', { displayName: 'kokoro-check alarms', enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.email));
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      this.add(`${name}Errors`, `${name} function errors`, fn.metricErrors({ period: PERIOD }), 1);
      this.add(`${name}Throttles`, `${name} function throttled`, fn.metricThrottles({ period: PERIOD }), 1);
    }
    const writes = [Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM];
    this.add(
      'TableThrottles',
      'DynamoDB throttled requests',
      props.table.metricThrottledRequestsForOperations({ operations: [...writes, Operation.QUERY], period: PERIOD }),
      1,
    );
    this.add('Api5xx', 'API 5xx responses', props.httpApi.metricServerError({ period: PERIOD }), 5);
    if (props.functions['Staff']) {
      // The staff function logs this metric when an audit entry could not be stored; the entry itself is in that log line.
      const auditFailures = new Metric({ namespace: AUDIT_METRIC_NAMESPACE, metricName: AUDIT_FAILURE_METRIC, statistic: 'Sum', period: PERIOD });
      this.add('AuditWriteFailed', 'staff audit entries not stored (each is in the staff log)', auditFailures, 1);
    }
    this.add('Api4xxFlood', 'a flood of API 4xx responses (bad, cross-site or throttled requests)', props.httpApi.metricClientError({ period: PERIOD }), ABUSE_THRESHOLDS.clientErrors);
    const throttled = new MetricFilter(this, 'Api429Filter', {
      logGroup: props.accessLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: THROTTLED_METRIC.namespace,
      metricName: THROTTLED_METRIC.metricName,
      metricValue: '1',
      defaultValue: 0,
    });
    if (props.functions['Rollup']) {
      // The nightly plausibility check logs this metric when an hour's completions are far above a town's usual level.
      const flagged = new Metric({ namespace: FLAGGED_HOURS_METRIC.namespace, metricName: FLAGGED_HOURS_METRIC.metricName, statistic: 'Sum', period: Duration.hours(1) });
      this.add('FlaggedHours', 'hours with completions far above a municipality\'s usual level (marked on the staff dashboard; an admin may exclude the day)', flagged, 1);
    }
    this.add('Api429Flood', 'a flood of API 429 responses (the throttle is refusing requests, real residents included)', throttled.metric({ period: PERIOD, statistic: 'Sum' }), ABUSE_THRESHOLDS.throttled);
  }

  private add(id: string, description: string, metric: IMetric, threshold: number): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: `kokoro-check: ${description}`,
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.topic) alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
