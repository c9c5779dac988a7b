/**
 * @module
 * The counting route's per-client and per-municipality limits at the edge
 * (infra/lib/edge-waf.ts): a us-east-1 WebACL on the distribution in prod,
 * keyed on client address + path and on path alone, limited to counting
 * POSTs, answering 429, with nothing kept about clients.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildStack } from './build-stack';

type Json = Record<string, unknown>;
const resourcesOf = (template: Template, type: string) =>
  Object.values(template.toJSON().Resources as Record<string, { Type: string; Properties: Json }>).filter((r) => r.Type === type);

describe('edge limits on the counting route', () => {
  it('puts a CloudFront WebACL in us-east-1 and attaches it to the distribution in prod', () => {
    const { stack } = buildStack({ stage: 'prod', withStaff: true });
    expect(stack.edge).toBeDefined();
    const edge = stack.edge!;
    expect(edge.region).toBe('us-east-1');
    const edgeTemplate = Template.fromStack(edge);
    const [acl, ...others] = resourcesOf(edgeTemplate, 'AWS::WAFv2::WebACL');
    expect(others).toEqual([]);
    expect(acl?.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    // No WAF logging, and no sampled requests (they would keep client addresses in the console).
    expect(resourcesOf(edgeTemplate, 'AWS::WAFv2::LoggingConfiguration')).toEqual([]);
    const rules = acl?.Properties.Rules as Array<{ Name: string; Action: Json; Statement: { RateBasedStatement: Json }; VisibilityConfig: Json }>;
    expect(JSON.stringify(acl?.Properties)).not.toContain('"SampledRequestsEnabled":true');

    const byName = Object.fromEntries(rules.map((rule) => [rule.Name, rule]));
    // Metric and alarm names stay as they were: dashboards and alarms keep their history.
    expect(rules.map((rule) => [rule.Name, rule.VisibilityConfig.MetricName])).toEqual([
      ['CountingPerClientAndTenant', 'CountingPerClientAndTenant'],
      ['CountingPerTenant', 'CountingPerTenant'],
    ]);
    expect(byName.CountingPerClientAndTenant?.Statement.RateBasedStatement).toMatchObject({
      Limit: 600,
      EvaluationWindowSec: 300,
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [{ IP: {} }, { UriPath: { TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] } }],
    });
    expect(byName.CountingPerTenant?.Statement.RateBasedStatement).toMatchObject({
      Limit: 3000,
      CustomKeys: [{ UriPath: { TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] } }],
    });
    for (const rule of rules) {
      expect(rule.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429, ResponseHeaders: [{ Name: 'retry-after', Value: '60' }] } } });
      // Only counting POSTs under /api/t/ or /api/p/ (a prefecture entry page): pages and the staff API are never limited here.
      const scope = rule.Statement.RateBasedStatement.ScopeDownStatement as { AndStatement: { Statements: Json[] } };
      const [paths, method, ...more] = scope.AndStatement.Statements;
      expect(more).toEqual([]);
      const pathMatch = (prefix: string) => ({
        ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH', SearchString: prefix, TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] },
      });
      expect(paths).toEqual({ OrStatement: { Statements: [pathMatch('/api/t/'), pathMatch('/api/p/')] } });
      expect(method).toMatchObject({ ByteMatchStatement: { FieldToMatch: { Method: {} }, PositionalConstraint: 'EXACTLY', SearchString: 'POST' } });
    }

    const [distribution] = resourcesOf(buildStackTemplate(stack), 'AWS::CloudFront::Distribution');
    const webAclId = (distribution?.Properties.DistributionConfig as Json).WebACLId;
    expect(JSON.stringify(webAclId)).toContain(edge.stackName);
    expect(JSON.stringify(webAclId)).toContain('us-east-1');
  });

  it('alarms on blocked floods at the edge, by email when an address is given', () => {
    const { stack } = buildStack({ stage: 'prod', context: { alarmEmail: 'kenko@city.example.lg.jp' } });
    const edgeTemplate = Template.fromStack(stack.edge!);
    const alarms = resourcesOf(edgeTemplate, 'AWS::CloudWatch::Alarm');
    expect(alarms.map((a) => (a.Properties.Dimensions as Array<{ Name: string; Value: string }>).find((d) => d.Name === 'Rule')?.Value).sort()).toEqual([
      'CountingPerClientAndTenant',
      'CountingPerTenant',
    ]);
    for (const alarm of alarms) {
      expect(alarm.Properties).toMatchObject({ Namespace: 'AWS/WAFV2', MetricName: 'BlockedRequests', Threshold: 50 });
      expect(alarm.Properties.AlarmActions).toHaveLength(1);
    }
    expect(resourcesOf(edgeTemplate, 'AWS::SNS::Subscription')[0]?.Properties).toMatchObject({ Protocol: 'email', Endpoint: 'kenko@city.example.lg.jp' });
  });

  it('takes its limits from the stack settings', () => {
    const { stack } = buildStack({ stage: 'prod', context: { clientEventsPer5Min: '120', tenantEventsPer5Min: '2400' } });
    const [acl] = resourcesOf(Template.fromStack(stack.edge!), 'AWS::WAFv2::WebACL');
    const limits = (acl?.Properties.Rules as Array<{ Statement: { RateBasedStatement: { Limit: number } } }>).map((r) => r.Statement.RateBasedStatement.Limit);
    expect(limits).toEqual([120, 2400]);
  });

  it('has no WebACL in dev or when switched off', () => {
    for (const options of [{ stage: 'dev' as const }, { stage: 'prod' as const, context: { edgeWaf: 'false' } }]) {
      const { stack, template } = buildStack(options);
      expect(stack.edge).toBeUndefined();
      const [distribution] = resourcesOf(template(), 'AWS::CloudFront::Distribution');
      expect((distribution?.Properties.DistributionConfig as Json).WebACLId).toBeUndefined();
    }
  });
});

const buildStackTemplate = (stack: Parameters<typeof Template.fromStack>[0]) => Template.fromStack(stack);
