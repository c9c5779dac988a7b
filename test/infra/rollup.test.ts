/**
 * @module
 * The scheduled rollup job as synthesised: a daily EventBridge rule that
 * invokes only the rollup function, a role allowed exactly the table actions
 * the store's rollup code calls (no Scan, no UpdateItem or DeleteItem), the
 * test-tenant switch set per stage, two retries of a failed run,
 * and alarms on its errors and throttles.
 */
import { FLAGGED_HOURS_METRIC } from '../../functions/plausibility/rule';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLLUP_SCHEDULE, ROLLUP_TABLE_ACTIONS } from '../../infra/lib/rollup-job';
import { buildStack } from './build-stack';

type Json = Record<string, any>;
let prod: Template;
let dev: Template;

beforeAll(() => {
  prod = buildStack({ stage: 'prod', withStaff: true }).template();
  dev = buildStack({ stage: 'dev' }).template();
});

const rollupFunction = (template: Template): [string, Json] => {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([, r]) => String(r.Properties.Description).includes('rollup'));
  expect(found).toHaveLength(1);
  return found[0] as [string, Json];
};

describe('rollup job', () => {
  it('runs daily just after a JST day closes, invoked by its own rule only', () => {
    const [logicalId] = rollupFunction(prod);
    const rules = Object.values(prod.findResources('AWS::Events::Rule')).map((r) => r.Properties);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ ScheduleExpression: ROLLUP_SCHEDULE, State: 'ENABLED' });
    expect(ROLLUP_SCHEDULE).toBe('cron(10 16 * * ? *)');
    expect(rules[0]?.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [logicalId, 'Arn'] } })]);
    const permissions = Object.values(prod.findResources('AWS::Lambda::Permission')).map((p) => p.Properties);
    const rollupPermissions = permissions.filter((p) => p.FunctionName?.['Fn::GetAtt']?.[0] === logicalId);
    expect(rollupPermissions).toEqual([expect.objectContaining({ Principal: 'events.amazonaws.com', Action: 'lambda:InvokeFunction' })]);
  });

  it('may do exactly what the rollup code calls on the table, and only there', () => {
    const [, fn] = rollupFunction(prod);
    const roleRef = fn.Properties.Role['Fn::GetAtt'][0];
    const statements = Object.values(prod.findResources('AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Json[]);
    const tableStatements = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(tableStatements).toHaveLength(1);
    expect([tableStatements[0]?.Action].flat().sort()).toEqual([...ROLLUP_TABLE_ACTIONS].sort());
    expect(ROLLUP_TABLE_ACTIONS).not.toContain('dynamodb:Scan');
    expect(ROLLUP_TABLE_ACTIONS).not.toContain('dynamodb:UpdateItem');
    expect(ROLLUP_TABLE_ACTIONS).not.toContain('dynamodb:DeleteItem');
    const tableId = Object.keys(prod.findResources('AWS::DynamoDB::Table'))[0];
    expect(JSON.stringify(tableStatements[0]?.Resource)).toContain(tableId);
    // Everything else the role may do is writing its own log group.
    const others = statements.filter((s) => s !== tableStatements[0]).flatMap((s) => [s.Action].flat());
    expect(others.every((a: string) => a.startsWith('logs:'))).toBe(true);
  });

  it('leaves test-only tenants out in production, has a timeout for many tenants, and is retried twice', () => {
    const [logicalId, fn] = rollupFunction(prod);
    expect(fn.Properties.Environment.Variables).toEqual({ TABLE_NAME: expect.anything(), SERVE_TEST_TENANTS: 'false' });
    expect(rollupFunction(dev)[1].Properties.Environment.Variables.SERVE_TEST_TENANTS).toBe('true');
    expect(fn.Properties).toMatchObject({ Timeout: 900, Architectures: ['arm64'], Runtime: 'nodejs24.x' });
    const invokeConfigs = Object.values(prod.findResources('AWS::Lambda::EventInvokeConfig')).map((c) => c.Properties);
    expect(invokeConfigs).toEqual([expect.objectContaining({ FunctionName: { Ref: logicalId }, MaximumRetryAttempts: 2 })]);
  });

  it('raises alarms on its errors and throttles', () => {
    const [logicalId] = rollupFunction(prod);
    const alarms = Object.values(prod.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const onRollup = alarms.filter((a) => (a.Dimensions ?? []).some((d: Json) => d.Name === 'FunctionName' && d.Value?.Ref === logicalId));
    expect(onRollup.map((a) => a.MetricName).sort()).toEqual(['Errors', 'Throttles']);
    for (const alarm of onRollup) expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('raises an alarm when the nightly plausibility check flags an hour', () => {
    const alarms = Object.values(prod.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const flagged = alarms.filter((a) => a.MetricName === FLAGGED_HOURS_METRIC.metricName);
    expect(flagged).toEqual([
      expect.objectContaining({ Namespace: FLAGGED_HOURS_METRIC.namespace, Threshold: 1, Period: 3600, Statistic: 'Sum', TreatMissingData: 'notBreaching' }),
    ]);
  });
});
