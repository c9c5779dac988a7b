/**
 * @module
 * Per-client and per-municipality limits on the counting route, at the edge.
 * An AWS WAF WebACL attached to the CloudFront distribution counts requests
 * to `/api/t/<tenant>/events` (and to a prefecture entry page's
 * `/api/p/<pref>/events`) in AWS WAF's own memory and blocks (429) a
 * client address that sends more than `clientEventsPer5Min` to one
 * municipality (or prefecture) in 5 minutes, and a path that gets more than
 * `tenantEventsPer5Min` from everyone together, so one flooded town cannot
 * use up the route throttle the others share. Nothing is stored by us: WAF
 * logging stays off and sampled requests (which would keep client addresses
 * for three hours in the console) are off too; only counts per rule reach
 * CloudWatch. A WebACL for CloudFront must live in us-east-1, so it is its
 * own small stack there, referenced by the distribution.
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { ABUSE_THRESHOLDS } from './alarms';
import type { Construct } from 'constructs';

/** The paths every counting request takes (functions/public/app.ts): a town's page, a prefecture's entry page. */
export const COUNTING_PATH_PREFIXES = ['/api/t/', '/api/p/'] as const;

export interface EdgeLimits {
  clientEventsPer5Min: number;
  tenantEventsPer5Min: number;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  // Sampled requests keep client addresses and headers in the WAF console; we keep none.
  sampledRequestsEnabled: false,
  metricName,
});

/** The path starts with `prefix`, compared in lower case like the rate keys. */
const pathStartsWith = (prefix: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: prefix,
    textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
  },
});

/** Counting requests only: POSTs under /api/t/ or /api/p/ (the staff API and the pages are never limited here). */
const countingRequests: CfnWebACL.StatementProperty = {
  andStatement: {
    statements: [
      { orStatement: { statements: COUNTING_PATH_PREFIXES.map(pathStartsWith) } },
      {
        byteMatchStatement: {
          fieldToMatch: { method: {} },
          positionalConstraint: 'EXACTLY',
          searchString: 'POST',
          textTransformations: [{ priority: 0, type: 'NONE' }],
        },
      },
    ],
  },
};

/** The path (lower-cased), so each municipality's route is its own bucket. */
const pathKey: CfnWebACL.RateBasedStatementCustomKeyProperty = { uriPath: { textTransformations: [{ priority: 0, type: 'LOWERCASE' }] } };

const TOO_MANY: CfnWebACL.RuleActionProperty = {
  block: { customResponse: { responseCode: 429, responseHeaders: [{ name: 'retry-after', value: '60' }] } },
};

export const edgeRules = (limits: EdgeLimits): CfnWebACL.RuleProperty[] => [
  {
    name: 'CountingPerClientAndTenant',
    priority: 0,
    action: TOO_MANY,
    statement: {
      rateBasedStatement: {
        limit: limits.clientEventsPer5Min,
        evaluationWindowSec: 300,
        aggregateKeyType: 'CUSTOM_KEYS',
        customKeys: [{ ip: {} }, pathKey],
        scopeDownStatement: countingRequests,
      },
    },
    visibilityConfig: visibility('CountingPerClientAndTenant'),
  },
  {
    name: 'CountingPerTenant',
    priority: 1,
    action: TOO_MANY,
    statement: {
      rateBasedStatement: {
        limit: limits.tenantEventsPer5Min,
        evaluationWindowSec: 300,
        aggregateKeyType: 'CUSTOM_KEYS',
        customKeys: [pathKey],
        scopeDownStatement: countingRequests,
      },
    },
    visibilityConfig: visibility('CountingPerTenant'),
  },
];

export interface EdgeWafStackProps extends StackProps {
  stage: string;
  limits: EdgeLimits;
  /** As for the main stack's alarms: with an address, the edge alarms also send email (through a topic in us-east-1). */
  alarmEmail?: string | undefined;
}

/** The us-east-1 stack holding the distribution's WebACL. */
export class EdgeWafStack extends Stack {
  readonly webAcl: CfnWebACL;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: EdgeWafStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: 'us-east-1' }, crossRegionReferences: true });
    const name = `kokoro-check-${props.stage}-counting-limits`;
    const rules = edgeRules(props.limits);
    this.webAcl = new CfnWebACL(this, 'CountingLimits', {
      name,
      description: 'kokoro-check - per-client and per-municipality limits on the anonymous counting route, no logging',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      rules,
      visibilityConfig: visibility(name),
    });

    // WAF's 429s never reach the API's metrics, so the edge has its own flood alarms (CloudWatch in us-east-1).
    const topic = props.alarmEmail ? new Topic(this, 'AlarmTopic', { displayName: 'kokoro-check edge alarms', enforceSSL: true }) : undefined;
    if (topic && props.alarmEmail) topic.addSubscription(new EmailSubscription(props.alarmEmail));
    for (const rule of rules) {
      const alarm = new Alarm(this, `${rule.name}Blocked`, {
        alarmDescription: `kokoro-check: counting requests blocked at the edge by ${rule.name} (a flood from one address or into one municipality)`,
        metric: new Metric({
          namespace: 'AWS/WAFV2',
          metricName: 'BlockedRequests',
          dimensionsMap: { WebACL: name, Rule: rule.name },
          statistic: 'Sum',
          period: Duration.minutes(5),
        }),
        threshold: ABUSE_THRESHOLDS.throttled,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      if (topic) alarm.addAlarmAction(new SnsAction(topic));
      this.alarms.push(alarm);
    }
  }
}
