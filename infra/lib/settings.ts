/**
 * @module
 * Deployment settings read from cdk context (`-c stage=prod -c alarmEmail=…`)
 * and validated with zod, so a typo or a missing required value stops the synth
 * with a sentence that says which setting and what to pass — before anything
 * reaches CloudFormation. Context values given on the command line arrive as
 * strings, hence the coercions.
 */
import { z } from 'zod';

/** Settings the app reads from context; nothing else in context is ours. */
export const SETTING_KEYS = [
  'stage',
  'region',
  'alarmEmail',
  'domainName',
  'certificateArn',
  'authDomainPrefix',
  'eventsRateLimit',
  'eventsBurstLimit',
  'tenants',
  'allowUnverified',
  'allowStale',
  'edgeWaf',
  'clientEventsPer5Min',
  'tenantEventsPer5Min',
] as const;

/** The region a stack with the edge WebACL is pinned to when none is given: cross-region references need an explicit one. */
export const DEFAULT_REGION = 'ap-northeast-1';

const positiveInt = (key: string) =>
  z.coerce.number({ error: `Context setting "${key}" must be a number` }).int().positive(`Context setting "${key}" must be a whole number above 0`);

/** A list given as `-c key=a,b` on the command line or as a JSON array in cdk.json. */
const idList = (key: string) =>
  z
    .union([z.array(z.string()), z.string().transform((s) => s.split(','))])
    .transform((ids) => ids.map((id) => id.trim()).filter((id) => id !== ''))
    .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, `Context setting "${key}" must list lower-case ids separated by commas`)));

export const settingsSchema = z
  .object({
    stage: z.enum(['dev', 'prod'], {
      error: (issue) =>
        issue.input === undefined
          ? 'Context setting "stage" is required: pass -c stage=dev or -c stage=prod'
          : `Context setting "stage" must be dev or prod, got ${JSON.stringify(issue.input)}`,
    }),
    /** Optional: without it the stack has no account-bound region (env-agnostic). */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'Context setting "region" must look like ap-northeast-1').optional(),
    /** Optional: alarms always exist; with an address they also send email through SNS. */
    alarmEmail: z.email('Context setting "alarmEmail" must be an email address').optional(),
    /** Optional custom domain; CloudFront needs its certificate in us-east-1. */
    domainName: z
      .string()
      .regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/, 'Context setting "domainName" must be a lower-case host name')
      .optional(),
    certificateArn: z
      .string()
      .regex(
        /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/,
        'Context setting "certificateArn" must be an ACM certificate ARN in us-east-1 (CloudFront only uses those)',
      )
      .optional(),
    /** Prefix of the Cognito hosted sign-in domain; must be globally unique in the region. */
    authDomainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'Context setting "authDomainPrefix" must be lower-case letters, digits and hyphens')
      .refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Context setting "authDomainPrefix" may not contain aws, amazon or cognito')
      .optional(),
    /** Steady requests per second across all tenants on the counting route. */
    eventsRateLimit: positiveInt('eventsRateLimit').default(50),
    eventsBurstLimit: positiveInt('eventsBurstLimit').default(100),
    /** Tenants to deploy; default: all in dev, all but test-only ones in prod. */
    tenants: idList('tenants').optional(),
    /** Helpline ids a municipality has decided to ship marked unverified (prod check waiver). */
    allowUnverified: idList('allowUnverified').default([]),
    /** Helpline ids a municipality has decided to ship although their last verification is too old (prod check waiver). */
    allowStale: idList('allowStale').default([]),
    /**
     * The per-client and per-tenant limits at the edge (an AWS WAF WebACL in us-east-1, see
     * infra/lib/edge-waf.ts). Default: on in prod, off in dev. `-c edgeWaf=false` turns it off.
     */
    edgeWaf: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], {
        error: 'Context setting "edgeWaf" must be true or false',
      })
      .optional(),
    /** Counting requests one client address may send to one municipality's route in 5 minutes (WAF rate-based rule). */
    clientEventsPer5Min: positiveInt('clientEventsPer5Min').min(10, 'Context setting "clientEventsPer5Min" must be at least 10 (the smallest WAF rate limit)').default(600),
    /** Counting requests all clients together may send to one municipality's route in 5 minutes. */
    tenantEventsPer5Min: positiveInt('tenantEventsPer5Min').min(10, 'Context setting "tenantEventsPer5Min" must be at least 10 (the smallest WAF rate limit)').default(3000),
  })
  .refine((s) => (s.domainName === undefined) === (s.certificateArn === undefined), {
    message: 'Context settings "domainName" and "certificateArn" go together: pass both or neither',
  })
  // One municipality's flood may use at most half of the route throttle every municipality shares.
  .refine((s) => s.tenantEventsPer5Min <= (s.eventsRateLimit * 300) / 2, {
    message: 'Context setting "tenantEventsPer5Min" may be at most half of what "eventsRateLimit" lets through in 5 minutes (eventsRateLimit × 150), so one municipality\'s flood cannot take the shared route throttle from the others',
  })
  .refine((s) => s.clientEventsPer5Min <= s.tenantEventsPer5Min, {
    message: 'Context setting "clientEventsPer5Min" may not be above "tenantEventsPer5Min"',
  })
  .transform((s) => ({ ...s, edgeWaf: s.edgeWaf ?? s.stage === 'prod' }));

export type Settings = z.infer<typeof settingsSchema>;

/** Thrown when context settings are missing or wrong; the message lists every problem. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Validates the settings. `lookup` is `(key) => app.node.tryGetContext(key)`,
 * so the function itself stays free of CDK and easy to test.
 */
export function readSettings(lookup: (key: string) => unknown): Settings {
  const raw = Object.fromEntries(SETTING_KEYS.map((key) => [key, lookup(key)]).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new SettingsError(`Invalid deployment settings:\n${lines.join('\n')}`, { cause: parsed.error });
  }
  return parsed.data;
}
