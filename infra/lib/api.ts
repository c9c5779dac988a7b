/**
 * @module
 * The HTTP API behind CloudFront's `/api/*`: the public counting function on
 * its two routes (a town's page, a prefecture's entry page), and — once
 * functions/lambda/staff.ts exists — the staff function behind a Cognito
 * JWT authorizer (the function checks the token again itself). Each
 * function gets only the table actions it needs. Route throttling caps what
 * a script can push through (and what it can cost); access logs name the
 * route and status, never the caller's IP or user agent.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, HttpApi, HttpRoute, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AUDIT_KEY_PREFIX } from '../../functions/staff/audit/schema';
import { REGISTERED_TAGS_PK_PREFIX } from '../../functions/store/keys';
import { AppFunction, LOG_RETENTION, TASK_ROOT, type BundledFile } from './function';

/**
 * Counter updates and de-dup markers, as one TransactWriteItems of a Put and an Update (a transaction needs
 * the grants of its parts). Nothing is ever deleted or undone (functions/store/dynamo-store.ts), so no DeleteItem.
 */
export const PUBLIC_TABLE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;
/** The public function's one read: GetItem on the registered-tags items (`RT#<tenant>`), nothing else. */
export const PUBLIC_READ_ACTIONS = ['dynamodb:GetItem'] as const;
export const PUBLIC_READ_KEY_PREFIX = REGISTERED_TAGS_PK_PREFIX;
/**
 * Reports read with Query and GetItem; monthly rollups are written with PutItem and BatchWriteItem; outreach
 * channels are registered and removed with PutItem and DeleteItem; audit entries are added with PutItem and read
 * with Query. No Scan, and no UpdateItem: staff cannot move a counter.
 */
export const STAFF_TABLE_ACTIONS = [
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
] as const;

/** Denied to the staff function on audit-trail partitions (`AU#…`): the two of its actions that can delete an item. */
export const AUDIT_UNDELETABLE_ACTIONS = ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'] as const;

/** Noto Sans JP Regular (SIL OFL 1.1, licence shipped beside it): QR PNG labels are staff-typed Japanese. */
export const QR_FONT_FILE = 'fonts/NotoSansJP-Regular.otf';
/**
 * What the staff function reads at run time besides its bundle: resvg (its ES module and WebAssembly, found
 * through its package.json `exports`; imported only when a PNG is asked for, so it stays out of the bundle and
 * the cold start) and the label font with its licence.
 */
export const STAFF_EXTERNAL_MODULES: readonly string[] = ['@resvg/resvg-wasm'];
export const STAFF_RUNTIME_FILES: readonly BundledFile[] = [
  { from: 'node_modules/@resvg/resvg-wasm/package.json', to: 'node_modules/@resvg/resvg-wasm/package.json' },
  { from: 'node_modules/@resvg/resvg-wasm/index.mjs', to: 'node_modules/@resvg/resvg-wasm/index.mjs' },
  { from: 'node_modules/@resvg/resvg-wasm/index_bg.wasm', to: 'node_modules/@resvg/resvg-wasm/index_bg.wasm' },
  { from: 'node_modules/@embedpdf/fonts-jp/fonts/NotoSansJP-Regular.otf', to: QR_FONT_FILE },
  { from: 'node_modules/@embedpdf/fonts-jp/LICENSE', to: 'fonts/OFL.txt' },
];

/** The anonymous counting paths, all POST to the public function: a town's page, and a prefecture's entry page (shared/site `prefectureEventsPath`). */
const COUNTING_PATHS = ['/api/t/{tenant}/events', '/api/p/{pref}/events'] as const;
const postRoute = <P extends string>(path: P) => `POST ${path}` as const;
export const EVENTS_ROUTE = postRoute(COUNTING_PATHS[0]);
export const PREFECTURE_EVENTS_ROUTE = postRoute(COUNTING_PATHS[1]);
/** Their route keys, each throttled with the events limits. */
export const COUNTING_ROUTES = COUNTING_PATHS.map(postRoute);
export const STAFF_ROUTE = 'ANY /api/staff/{proxy+}';

/** Only what a fault needs; `$context.identity.sourceIp` and `userAgent` are deliberately absent. */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTimeEpoch',
  route: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatencyMs: '$context.integrationLatency',
  error: '$context.error.message',
  integrationError: '$context.integrationErrorMessage',
} as const;

export interface StaffApiProps {
  entry: string;
  /** Token issuer (the Cognito user pool URL) and audience (the dashboard's app client id). */
  issuer: string;
  audience: string;
  /** `https://host` residents use; printed into QR codes. */
  siteOrigin: string;
}

export interface ApiProps {
  table: Table;
  projectRoot: string;
  publicEntry: string;
  staff?: StaffApiProps;
  /** `https://host` residents use: the counting function refuses a browser post from any other origin (403). */
  siteOrigin: string;
  /** false in production: test-only tenants (sample-town) then answer 404 (functions/lambda/served-tenants.ts). */
  serveTestTenants: boolean;
  eventsRateLimit: number;
  eventsBurstLimit: number;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly publicFunction: AppFunction;
  readonly staffFunction?: AppFunction;
  /** Routes without an authorizer (anonymous by design). */
  readonly publicRoutes: HttpRoute[];
  /** The stage's access log (no caller address or agent); alarms count its 429s. */
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const tableEnv = { TABLE_NAME: props.table.tableName, SERVE_TEST_TENANTS: String(props.serveTestTenants) };
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'kokoro-check API (behind CloudFront /api/*)', createDefaultStage: false });

    this.publicFunction = new AppFunction(this, 'Public', {
      entry: props.publicEntry,
      projectRoot: props.projectRoot,
      environment: { ...tableEnv, SITE_ORIGIN: props.siteOrigin },
      timeout: Duration.seconds(5),
      description: 'kokoro-check resident counting API',
    });
    props.table.grant(this.publicFunction.fn, ...PUBLIC_TABLE_ACTIONS);
    // It learns which channel tags a tenant registered from one item per tenant; every key it reads must start with `RT#`.
    this.publicFunction.fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...PUBLIC_READ_ACTIONS],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${PUBLIC_READ_KEY_PREFIX}*`] } },
      }),
    );
    const publicIntegration = new HttpLambdaIntegration('PublicIntegration', this.publicFunction.fn);
    const routes = COUNTING_PATHS.flatMap((path) => this.httpApi.addRoutes({ path, methods: [HttpMethod.POST], integration: publicIntegration }));
    this.publicRoutes = [...routes];

    if (props.staff) {
      const { issuer, audience, entry, siteOrigin } = props.staff;
      this.staffFunction = new AppFunction(this, 'Staff', {
        entry,
        projectRoot: props.projectRoot,
        environment: {
          ...tableEnv,
          STAFF_JWT_ISSUER: issuer,
          STAFF_JWT_AUDIENCE: audience,
          STAFF_JWKS_URL: `${issuer}/.well-known/jwks.json`,
          SITE_ORIGIN: siteOrigin,
          QR_FONT_FILES: `${TASK_ROOT}/${QR_FONT_FILE}`,
        },
        files: STAFF_RUNTIME_FILES,
        externalModules: STAFF_EXTERNAL_MODULES,
        timeout: Duration.seconds(15),
        memorySize: 512,
        description: 'kokoro-check staff statistics API',
      });
      props.table.grant(this.staffFunction.fn, ...STAFF_TABLE_ACTIONS);
      // Audit entries are only ever added (conditional PutItem); whatever the staff function runs cannot delete one.
      this.staffFunction.fn.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.DENY,
          actions: [...AUDIT_UNDELETABLE_ACTIONS],
          resources: [props.table.tableArn],
          conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${AUDIT_KEY_PREFIX}*`] } },
        }),
      );
      routes.push(
        ...this.httpApi.addRoutes({
          path: '/api/staff/{proxy+}',
          methods: [HttpMethod.ANY],
          integration: new HttpLambdaIntegration('StaffIntegration', this.staffFunction.fn),
          authorizer: new HttpJwtAuthorizer('StaffJwt', issuer, { jwtAudience: [audience] }),
        }),
      );
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    this.accessLogs = accessLogs;
    const stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      // Anything not routed above is a 404 from API Gateway; keep even those cheap to refuse.
      throttle: { rateLimit: 10, burstLimit: 20 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = Object.fromEntries(
      COUNTING_ROUTES.map((key) => [key, { ThrottlingRateLimit: props.eventsRateLimit, ThrottlingBurstLimit: props.eventsBurstLimit }]),
    );
    if (props.staff) routeSettings[STAFF_ROUTE] = { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 };
    (stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', routeSettings);
    // Route settings name routes by key; CloudFormation must create the routes first.
    for (const route of routes) stage.node.addDependency(route);
  }
}
