/**
 * @module
 * What the staff audit trail needs from the stack: the staff function may add
 * and read entries with the table actions it already has, may not delete any
 * (an explicit Deny on `AU#…` partitions for the two actions that can), and
 * an entry that could not be stored raises an alarm.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_UNDELETABLE_ACTIONS, STAFF_TABLE_ACTIONS } from '../../infra/lib/api';
import { AUDIT_FAILURE_METRIC, AUDIT_KEY_PREFIX, AUDIT_METRIC_NAMESPACE } from '../../functions/staff/audit/schema';
import { buildStack } from './build-stack';

type Json = Record<string, any>;
let prod: Template;
let dev: Template;

beforeAll(() => {
  prod = buildStack({ stage: 'prod', withStaff: true }).template();
  dev = buildStack({ stage: 'dev' }).template();
});

const staffStatements = (template: Template): Json[] => {
  const fn = Object.values(template.findResources('AWS::Lambda::Function')).find((r) => String(r.Properties.Description).includes('staff'));
  if (!fn) throw new Error('no staff function');
  const roleRef = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleRef))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Json[]);
};

describe('audit trail in the stack', () => {
  it('lets the staff function add and read entries but never delete one', () => {
    const statements = staffStatements(prod);
    const allowed = statements.filter((s) => s.Effect === 'Allow').flatMap((s) => [s.Action].flat());
    for (const action of ['dynamodb:PutItem', 'dynamodb:Query']) expect(allowed).toContain(action);
    expect(STAFF_TABLE_ACTIONS).toContain('dynamodb:DeleteItem');
    const denied = statements.filter((s) => s.Effect === 'Deny');
    expect(denied).toHaveLength(1);
    expect([denied[0]?.Action].flat().sort()).toEqual([...AUDIT_UNDELETABLE_ACTIONS].sort());
    expect(denied[0]?.Condition).toEqual({ 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${AUDIT_KEY_PREFIX}*`] } });
    expect(allowed).not.toContain('dynamodb:UpdateItem');
  });

  it('raises an alarm on the first audit entry not stored', () => {
    const alarms = Object.values(prod.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const audit = alarms.filter((a) => a.MetricName === AUDIT_FAILURE_METRIC);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ Namespace: AUDIT_METRIC_NAMESPACE, Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
    // Without the staff API there is nothing to audit.
    expect(Object.values(dev.findResources('AWS::CloudWatch::Alarm')).filter((a) => a.Properties.MetricName === AUDIT_FAILURE_METRIC)).toEqual([]);
  });
});
