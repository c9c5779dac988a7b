/**
 * @module
 * The whole service in one stack, so one `cdk deploy` puts it up: counter
 * table, staff sign-in, API functions, the daily rollup job, CDN and site
 * content, alarms. Production serves no test-only tenant anywhere. The
 * staff function joins only when its entry file is given (issue 3); the
 * Cognito pool, groups and dashboard client are there from the start.
 */
import { Aws, CfnOutput, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './alarms';
import { EdgeWafStack } from './edge-waf';
import { Api } from './api';
import { STAFF_PATH, StaffAuth } from './auth';
import { CountersTable } from './data';
import { Hosting } from './hosting';
import { suppressReviewedFindings } from './nag-suppressions';
import { RollupJob } from './rollup-job';
import type { InlineHashes } from '../../functions/http/security';
import { DEFAULT_REGION, type Settings } from './settings';
import { SiteContent } from './site-content';

export interface KokoroStackProps extends StackProps {
  settings: Settings;
  /** Repository root (holds package-lock.json). */
  projectRoot: string;
  /** Built front end (dist/frontend). */
  frontendDir: string;
  publicEntry: string;
  /** functions/lambda/rollup.ts: the daily rollup job. */
  rollupEntry: string;
  /** functions/lambda/staff.ts once it exists; without it no staff function or staff API route. */
  staffEntry?: string;
  tenantIds: readonly string[];
  /** The prefectures of those tenants (shared/regions `servedPrefectures`): their entry pages are served too. */
  prefectureIds: readonly string[];
  /** The front-end build's inline style and script hashes (csp-hashes.json), added to the page CSP. */
  inlineHashes: InlineHashes;
}

export class KokoroStack extends Stack {
  /** The us-east-1 stack with the counting route's per-client and per-tenant limits (`edgeWaf`). */
  readonly edge: EdgeWafStack | undefined;

  constructor(scope: Construct, id: string, props: KokoroStackProps) {
    const { settings } = props;
    // A reference to the us-east-1 WebACL needs this stack's region to be explicit.
    super(
      scope,
      id,
      settings.edgeWaf
        ? { ...props, env: { ...props.env, region: props.env?.region ?? settings.region ?? DEFAULT_REGION }, crossRegionReferences: true }
        : props,
    );
    const production = settings.stage === 'prod';
    this.edge = settings.edgeWaf
      ? new EdgeWafStack(scope, `${id}-Edge`, {
          description: `kokoro-check (${settings.stage}): per-client and per-municipality limits on the counting route (AWS WAF, us-east-1)`,
          ...(props.env?.account ? { env: { account: props.env.account } } : {}),
          stage: settings.stage,
          alarmEmail: settings.alarmEmail,
          limits: { clientEventsPer5Min: settings.clientEventsPer5Min, tenantEventsPer5Min: settings.tenantEventsPer5Min },
        })
      : undefined;
    const data = new CountersTable(this, 'Data', { production });

    // The sign-in client and the staff API need the site's URL, which exists only once the distribution does.
    let siteUrl: string | undefined;
    const lazySiteUrl = Lazy.string({
      produce: () => {
        if (siteUrl === undefined) throw new Error('The site URL was read before the distribution was defined');
        return siteUrl;
      },
    });
    const auth = new StaffAuth(this, 'Auth', {
      production,
      tenantIds: props.tenantIds,
      siteUrl: lazySiteUrl,
      domainPrefix: settings.authDomainPrefix ?? `kokoro-check-${settings.stage}-${Aws.ACCOUNT_ID}`,
    });

    const api = new Api(this, 'Api', {
      table: data.table,
      projectRoot: props.projectRoot,
      publicEntry: props.publicEntry,
      staff: props.staffEntry
        ? { entry: props.staffEntry, issuer: auth.issuer, audience: auth.client.userPoolClientId, siteOrigin: lazySiteUrl }
        : undefined,
      siteOrigin: lazySiteUrl,
      serveTestTenants: !production,
      eventsRateLimit: settings.eventsRateLimit,
      eventsBurstLimit: settings.eventsBurstLimit,
    });

    const rollup = new RollupJob(this, 'Rollup', {
      table: data.table,
      projectRoot: props.projectRoot,
      entry: props.rollupEntry,
      serveTestTenants: !production,
    });

    const hosting = new Hosting(this, 'Hosting', {
      production,
      tenantIds: props.tenantIds,
      prefectureIds: props.prefectureIds,
      inlineHashes: props.inlineHashes,
      httpApi: api.httpApi,
      staffConnectOrigins: [auth.domain.baseUrl(), `https://cognito-idp.${Aws.REGION}.amazonaws.com`],
      withStaffApi: props.staffEntry !== undefined,
      domainName: settings.domainName,
      certificateArn: settings.certificateArn,
      webAclArn: this.edge?.webAcl.attrArn,
    });
    siteUrl = hosting.siteUrl;

    new SiteContent(this, 'Content', {
      frontendDir: props.frontendDir,
      bucket: hosting.bucket,
      distribution: hosting.distribution,
      tenantIds: props.tenantIds,
      prefectureIds: props.prefectureIds,
      staffConfig: {
        issuer: auth.issuer,
        clientId: auth.client.userPoolClientId,
        signInDomain: auth.domain.baseUrl(),
        redirectUri: `${siteUrl}${STAFF_PATH}`,
      },
    });

    const functions = {
      Public: api.publicFunction.fn,
      ...(api.staffFunction ? { Staff: api.staffFunction.fn } : {}),
      Rollup: rollup.fn.fn,
    };
    new Alarms(this, 'Alarms', { functions, table: data.table, httpApi: api.httpApi, accessLogs: api.accessLogs, email: settings.alarmEmail });

    new CfnOutput(this, 'SiteUrl', { value: siteUrl });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'StaffUserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'StaffClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'StaffSignInDomain', { value: auth.domain.baseUrl() });

    suppressReviewedFindings({
      stack: this,
      bucket: hosting.bucket,
      distribution: hosting.distribution,
      customDomain: settings.domainName !== undefined,
      webAcl: this.edge !== undefined,
      publicRoutes: api.publicRoutes,
    });
  }
}
