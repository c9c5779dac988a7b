/**
 * @module
 * cdk-nag's AwsSolutions pack over both stages: no unacknowledged finding,
 * every acknowledgement carries a one-line reason, and the resource list is
 * what we meant to deploy (a new resource type shows up here for review).
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack } from './build-stack';

const countsByType = (template: Template): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const resource of Object.values(template.toJSON().Resources as Record<string, { Type: string }>)) {
    counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
  }
  return counts;
};

describe('cdk-nag AwsSolutions', () => {
  for (const [stage, withStaff] of [['dev', false], ['prod', true]] as const) {
    it(`finds nothing unacknowledged in ${stage}${withStaff ? ' with the staff API' : ''}`, () => {
      const { stack, template } = buildStack({ stage, withStaff });
      const report = new AwsSolutionsChecks(stack, { writeSuppressionsToCloudFormation: true }).validateScope(stack);
      const open = report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
      expect(open).toEqual([]);
      expect(report.success).toBe(true);
      if (stack.edge) {
        const edgeReport = new AwsSolutionsChecks(stack.edge).validateScope(stack.edge);
        expect(edgeReport.violations.map((v) => v.ruleName)).toEqual([]);
      }

      const metadata = JSON.stringify(template().toJSON());
      const acknowledged = [...metadata.matchAll(/"reason":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
      expect(acknowledged.length).toBeGreaterThan(5);
      for (const reason of acknowledged) {
        expect(reason.length).toBeGreaterThan(20);
        expect(reason).not.toContain('\\n');
      }
    });
  }

  it('synthesises the expected resources (production, with the staff API)', () => {
    const counts = countsByType(buildStack({ stage: 'prod', withStaff: true }).template());
    expect(counts).toEqual({
      'AWS::DynamoDB::Table': 1,
      'AWS::Cognito::UserPool': 1,
      'AWS::Cognito::UserPoolDomain': 1,
      'AWS::Cognito::UserPoolClient': 1,
      // staff and admin for each of the two towns, and for their prefecture (both fixtures are in chiba)
      'AWS::Cognito::UserPoolGroup': 6,
      'AWS::ApiGatewayV2::Api': 1,
      'AWS::ApiGatewayV2::Stage': 1,
      // counting for a town and for a prefecture's entry page (one integration), and the staff API
      'AWS::ApiGatewayV2::Route': 3,
      'AWS::ApiGatewayV2::Integration': 2,
      'AWS::ApiGatewayV2::Authorizer': 1,
      // API Gateway to public (one per counting route) and staff, EventBridge to the rollup job
      'AWS::Lambda::Permission': 4,
      // public + staff + rollup + the CDK's site-deployment handler (one awscli layer per deployment)
      'AWS::Lambda::Function': 4,
      'AWS::Lambda::LayerVersion': 3,
      'AWS::IAM::Role': 4,
      'AWS::IAM::Policy': 4,
      // public, staff, rollup, API access logs, and the site-deployment handler's
      'AWS::Logs::LogGroup': 5,
      // the daily rollup schedule and its retry setting
      'AWS::Events::Rule': 1,
      'AWS::Lambda::EventInvokeConfig': 1,
      'AWS::S3::Bucket': 1,
      'AWS::S3::BucketPolicy': 1,
      'AWS::CloudFront::Distribution': 1,
      'AWS::CloudFront::OriginAccessControl': 1,
      'AWS::CloudFront::Function': 1,
      // the served tenant and prefecture ids, read by the viewer-request function
      'AWS::CloudFront::KeyValueStore': 1,
      // pages and API, staff pages, hashed assets
      'AWS::CloudFront::ResponseHeadersPolicy': 3,
      'AWS::CloudFront::CachePolicy': 2,
      'AWS::CloudFront::OriginRequestPolicy': 1,
      // assets/, staff/assets/ (the fixture has a dashboard build), pages
      'Custom::CDKBucketDeployment': 3,
      // errors + throttles for 3 functions, table throttles, API 5xx, audit entries not stored, 4xx flood, 429 flood
      'AWS::CloudWatch::Alarm': 12,
      // the 429 count from the API access log
      'AWS::Logs::MetricFilter': 1,
    });
  });
});
