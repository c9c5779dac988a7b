/**
 * @module
 * Staff sign-in: a Cognito user pool where only an administrator creates
 * accounts, every sign-in needs an authenticator app (TOTP), and passwords are
 * long. Groups name a tenant and a role (`tenant-matsudo-staff`,
 * `tenant-matsudo-admin`) exactly as the staff API reads `cognito:groups`. The
 * dashboard signs in through the Cognito hosted page with the authorization
 * code flow and PKCE, so no secret and no password handling live in our pages.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { groupName, prefectureGroupName, ROLES } from '../../functions/auth/claims';
import { getTenant } from '../../shared/tenants';

/** Where the dashboard lives; Cognito sends people back here after sign-in and sign-out. */
export const STAFF_PATH = '/staff/';

export interface StaffAuthProps {
  production: boolean;
  tenantIds: readonly string[];
  /** `https://host` of the site; may be a lazy token resolved once the distribution exists. */
  siteUrl: string;
  /** Hosted sign-in domain prefix; unique per region, so the account id makes the default unique. */
  domainPrefix: string;
}

export class StaffAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffAuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'StaffPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // Plus adds compromised-credential and risky sign-in checks; for a handful of staff it costs cents a month.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: '【こころチェック】職員用アカウントのお知らせ',
        emailBody:
          '職員用アカウントを作成しました。\nユーザー名: {username}\n仮パスワード: {####}\n' +
          '初めてのサインインで新しいパスワードを決め、認証アプリ（TOTP）を登録してください。',
      },
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.domain = this.userPool.addDomain('HostedSignIn', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    const returnUrl = `${props.siteUrl}${STAFF_PATH}`;
    this.client = this.userPool.addClient('Dashboard', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [returnUrl],
        logoutUrls: [returnUrl],
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // A staff session is a working session: short tokens, a refresh that ends the same day.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(10),
    });

    for (const tenant of props.tenantIds) {
      for (const role of ROLES) {
        new CfnUserPoolGroup(this, `Group-${tenant}-${role}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: groupName(tenant, role),
          description: `${tenant}: ${role === 'admin' ? 'statistics and outreach channels' : 'statistics (view and download)'}`,
        });
      }
    }
    // One pair per prefecture with a served town: its staff read the prefecture report (every town, 公表用 per town).
    const prefectures = [...new Set(props.tenantIds.map((id) => getTenant(id)?.prefecture).filter((p) => p !== undefined))].sort();
    for (const prefecture of prefectures) {
      for (const role of ROLES) {
        new CfnUserPoolGroup(this, `Group-pref-${prefecture}-${role}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: prefectureGroupName(prefecture, role),
          description: `${prefecture} prefecture: the report across its towns (published figures per town)`,
        });
      }
    }
  }

  /** The token issuer the staff API and the JWT authorizer trust. */
  get issuer(): string {
    return `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
