/**
 * @module
 * Alarms for the faults that silently lose counts or lock staff out: function
 * errors and throttles, DynamoDB throttling, API 5xx, and staff audit entries
 * that could not be stored. They exist in every
 * stage; with `-c alarmEmail=…` they also mail someone through SNS. Thresholds
 * are low on purpose: normal traffic produces none of these.
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { AUDIT_FAILURE_METRIC, AUDIT_METRIC_NAMESPACE } from '../../functions/staff/audit/schema';

export interface AlarmsProps {
  functions: Record<string, IFunction>;
  table: Table;
  httpApi: HttpApi;
  email?: string;
}

const PERIOD = Duration.minutes(5);

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
