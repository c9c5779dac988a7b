/**
 * @module
 * Every setting the staff API needs, read in one place by its entry files.
 * Names match the CDK stack (infra/lib/api.ts). Missing required settings
 * fail at start with `Environment variable X is required`, not at the first
 * request.
 */
import { optionalEnv, requireEnv } from '../config/env';

type Env = Record<string, string | undefined>;

export interface StaffConfig {
  tableName: string;
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The resident site's origin, printed in QR codes. */
  siteOrigin: string;
  /** Japanese font files for PNG QR labels, separated by `:` (optional: SVG needs none). */
  qrFontFiles: string[];
}

export const staffConfigFromEnv = (env: Env = process.env): StaffConfig => {
  const siteOrigin = requireEnv('SITE_ORIGIN', env);
  // Fail at start on a typo rather than printing broken QR codes.
  new URL(siteOrigin);
  return {
    tableName: requireEnv('TABLE_NAME', env),
    issuer: requireEnv('STAFF_JWT_ISSUER', env),
    audience: requireEnv('STAFF_JWT_AUDIENCE', env),
    jwksUrl: requireEnv('STAFF_JWKS_URL', env),
    siteOrigin,
    qrFontFiles: optionalEnv('QR_FONT_FILES', '', env).split(':').filter(Boolean),
  };
};
