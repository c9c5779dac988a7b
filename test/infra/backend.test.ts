/**
 * @module
 * Data, sign-in and API as synthesised for both stages: what survives a stack
 * mistake in production, who can sign in and how, what each function may do
 * to the table, and what API Gateway writes to its logs.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_LOG_FIELDS, EVENTS_ROUTE, PREFECTURE_EVENTS_ROUTE, STAFF_ROUTE } from '../../infra/lib/api';
import { ABUSE_THRESHOLDS, THROTTLED_METRIC } from '../../infra/lib/alarms';
import { buildStack } from './build-stack';

type Json = Record<string, any>;
let prod: Template;
let dev: Template;

beforeAll(() => {
  prod = buildStack({ stage: 'prod', withStaff: true }).template();
  dev = buildStack({ stage: 'dev' }).template();
});

const only = (template: Template, type: string): Json => {
  const found = Object.values(template.findResources(type));
  expect(found).toHaveLength(1);
  return found[0] as Json;
};

/** The function whose description says it is the resident or staff API. */
const functionNamed = (template: Template, word: 'resident' | 'staff' | 'rollup'): [string, Json] => {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, r]) => String(r.Properties.Description).includes(word));
  if (!found) throw new Error(`no ${word} function`);
  return found;
};

/** Every statement of the IAM policies attached to the function's role. */
const statementsOf = (template: Template, fn: Json): Json[] => {
  const roleRef = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleRef))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Json[]);
};

/** Every action any IAM policy attached to the function's role allows. */
const actionsOf = (template: Template, fn: Json): string[] => statementsOf(template, fn).flatMap((s) => [s.Action].flat());

describe('counter table', () => {
  it('is on-demand with a week of PITR and the TTL the store uses', () => {
    for (const template of [prod, dev]) {
      expect(only(template, 'AWS::DynamoDB::Table').Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        // A week undoes a bad deploy; more would only lengthen how far back restores could be diffed (docs/data-model.md).
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      });
    }
  });

  it('is protected and retained in production only', () => {
    const inProd = only(prod, 'AWS::DynamoDB::Table');
    expect(inProd.Properties.DeletionProtectionEnabled).toBe(true);
    expect(inProd.DeletionPolicy).toBe('Retain');
    const inDev = only(dev, 'AWS::DynamoDB::Table');
    expect(inDev.Properties.DeletionProtectionEnabled).toBe(false);
    expect(inDev.DeletionPolicy).toBe('Delete');
  });
});

describe('staff user pool', () => {
  it('allows only admin-created accounts and requires TOTP and strong passwords', () => {
    const pool = only(prod, 'AWS::Cognito::UserPool').Properties;
    expect(pool.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(only(prod, 'AWS::Cognito::UserPool').DeletionPolicy).toBe('Retain');
  });

  it('has a staff and an admin group per tenant, and per prefecture with a served town, named as the staff API reads them', () => {
    const names = Object.values(prod.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName).sort();
    // Both fixture towns are in 千葉県: one prefecture pair.
    expect(names).toEqual(['pref-chiba-admin', 'pref-chiba-staff', 'tenant-matsudo-admin', 'tenant-matsudo-staff', 'tenant-sample-town-admin', 'tenant-sample-town-staff']);
  });

  it('gives the dashboard a public client with the code flow and no implicit grant', () => {
    const client = only(prod, 'AWS::Cognito::UserPoolClient').Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
  });
});

describe('functions', () => {
  it('run on arm64 with Node.js 24 and JSON logs', () => {
    for (const word of ['resident', 'staff'] as const) {
      const [, fn] = functionNamed(prod, word);
      expect(fn.Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs24.x', LoggingConfig: { LogFormat: 'JSON' } });
    }
  });

  it('let the public function write counters, read only the registered-tags items, and never query, scan or delete', () => {
    const [, fn] = functionNamed(prod, 'resident');
    const actions = actionsOf(prod, fn);
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    for (const forbidden of ['dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:*']) {
      expect(actions).not.toContain(forbidden);
    }
    // Its one GetItem reaches `RT#<tenant>` items only: no counter, channel, audit or rollup item.
    const reads = statementsOf(prod, fn).filter((s) => [s.Action].flat().includes('dynamodb:GetItem'));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ Effect: 'Allow', Action: 'dynamodb:GetItem', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RT#*'] } } });
    expect(fn.Properties.Environment.Variables).toEqual({ TABLE_NAME: expect.anything(), SERVE_TEST_TENANTS: 'false', SITE_ORIGIN: expect.anything() });
    // The site's own origin, the one residents' pages are served from (the staff function prints the same into QR codes).
    expect(fn.Properties.Environment.Variables.SITE_ORIGIN).toEqual(functionNamed(prod, 'staff')[1].Properties.Environment.Variables.SITE_ORIGIN);
    expect(JSON.stringify(fn.Properties.Environment.Variables.SITE_ORIGIN)).toMatch(/https:\/\//);
    expect(functionNamed(dev, 'resident')[1].Properties.Environment.Variables.SERVE_TEST_TENANTS).toBe('true');
  });

  it('let the staff function query but not scan, and tell it which issuer to trust', () => {
    const [, fn] = functionNamed(prod, 'staff');
    const actions = actionsOf(prod, fn);
    expect(actions).toContain('dynamodb:Query');
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:UpdateItem');
    const env = fn.Properties.Environment.Variables;
    expect(Object.keys(env).sort()).toEqual([
      'QR_FONT_FILES', 'SERVE_TEST_TENANTS', 'SITE_ORIGIN', 'STAFF_JWKS_URL', 'STAFF_JWT_AUDIENCE', 'STAFF_JWT_ISSUER', 'TABLE_NAME',
    ]);
    expect(env.SERVE_TEST_TENANTS).toBe('false');
    // The font is copied into the package at bundling (bundle.test.ts checks it is there).
    expect(env.QR_FONT_FILES).toBe('/var/task/fonts/NotoSansJP-Regular.otf');
  });
});

describe('HTTP API', () => {
  it('logs accesses without the caller\'s IP address or user agent', () => {
    const stage = only(prod, 'AWS::ApiGatewayV2::Stage').Properties;
    const format = JSON.parse(stage.AccessLogSettings.Format);
    expect(format).toEqual(ACCESS_LOG_FIELDS);
    expect(stage.AccessLogSettings.Format).not.toMatch(/sourceIp|userAgent|identity\./);
  });

  it('throttles each route', () => {
    const stage = only(prod, 'AWS::ApiGatewayV2::Stage').Properties;
    expect(stage.RouteSettings[EVENTS_ROUTE]).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    expect(stage.RouteSettings[PREFECTURE_EVENTS_ROUTE]).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    expect(stage.RouteSettings[STAFF_ROUTE]).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
  });

  it('puts the staff route behind the Cognito JWT authorizer', () => {
    const authorizer = only(prod, 'AWS::ApiGatewayV2::Authorizer').Properties;
    expect(authorizer.AuthorizerType).toBe('JWT');
    expect(JSON.stringify(authorizer.JwtConfiguration.Issuer)).toContain('cognito-idp');
    const routes = Object.values(prod.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    expect(routes.find((r) => r.RouteKey === STAFF_ROUTE)?.AuthorizationType).toBe('JWT');
    expect(routes.find((r) => r.RouteKey === EVENTS_ROUTE)?.AuthorizationType).toBe('NONE');
    expect(routes.find((r) => r.RouteKey === PREFECTURE_EVENTS_ROUTE)?.AuthorizationType).toBe('NONE');
  });

  it('counts a prefecture entry page\'s views with the same public function as a town\'s', () => {
    const routes = Object.values(prod.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    const town = routes.find((r) => r.RouteKey === EVENTS_ROUTE);
    const prefecture = routes.find((r) => r.RouteKey === PREFECTURE_EVENTS_ROUTE);
    expect(prefecture?.Target).toBeDefined();
    // One integration, so one function and its one set of table grants.
    expect(prefecture?.Target).toEqual(town?.Target);
    const [publicId] = functionNamed(prod, 'resident');
    const integrations = Object.values(prod.findResources('AWS::ApiGatewayV2::Integration')).map((r) => r.Properties);
    expect(integrations.filter((i) => JSON.stringify(i.IntegrationUri).includes(publicId))).toHaveLength(1);
    // API Gateway may invoke the function for each route, and only on that route's path.
    const permissions = Object.values(prod.findResources('AWS::Lambda::Permission')).map((r) => r.Properties).filter((p) => JSON.stringify(p.FunctionName).includes(publicId));
    const paths = permissions.map((p) => JSON.stringify(p.SourceArn));
    expect(paths.some((arn) => arn.includes('/api/t/{tenant}/events'))).toBe(true);
    expect(paths.some((arn) => arn.includes('/api/p/{pref}/events'))).toBe(true);
    expect(permissions).toHaveLength(2);
  });

  it('has no staff function, route or authorizer until the staff entry exists', () => {
    expect(Object.values(dev.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey).sort()).toEqual([PREFECTURE_EVENTS_ROUTE, EVENTS_ROUTE].sort());
    dev.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    expect(() => functionNamed(dev, 'staff')).toThrow('no staff function');
    // The user pool is there from the start, so accounts can be prepared before the dashboard ships.
    dev.resourceCountIs('AWS::Cognito::UserPool', 1);
  });
});

describe('abuse alarms', () => {
  const alarms = () => Object.values(prod.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties as Json);

  it('raise an alarm on a flood of API 4xx', () => {
    const [apiId] = Object.keys(prod.findResources('AWS::ApiGatewayV2::Api'));
    const flood = alarms().filter((a) => a.MetricName === '4xx' && a.Namespace === 'AWS/ApiGateway');
    expect(flood).toHaveLength(1);
    expect(flood[0]).toMatchObject({ Threshold: ABUSE_THRESHOLDS.clientErrors, Period: 300, Statistic: 'Sum', ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
    expect(JSON.stringify(flood[0]?.Dimensions)).toContain(String(apiId));
  });

  it('count 429s from the access log (no caller address in it) and raise an alarm on a flood of them', () => {
    const filter = only(prod, 'AWS::Logs::MetricFilter').Properties;
    const [accessLogId] = Object.entries(prod.findResources('AWS::Logs::LogGroup')).find(([id]) => id.includes('AccessLogs')) ?? [];
    expect(filter.LogGroupName).toEqual({ Ref: accessLogId });
    expect(filter.FilterPattern).toBe('{ $.status = "429" }');
    expect(filter.MetricTransformations).toEqual([{ MetricNamespace: THROTTLED_METRIC.namespace, MetricName: THROTTLED_METRIC.metricName, MetricValue: '1', DefaultValue: 0 }]);
    const flood = alarms().filter((a) => a.MetricName === THROTTLED_METRIC.metricName && a.Namespace === THROTTLED_METRIC.namespace);
    expect(flood).toHaveLength(1);
    expect(flood[0]).toMatchObject({ Threshold: ABUSE_THRESHOLDS.throttled, Period: 300, Statistic: 'Sum', ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });
});
