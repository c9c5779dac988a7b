/**
 * @module
 * Mounts the staff API and the development issuer on the local server
 * (`startLocalServer({ extend: mountStaffLocally })`). The API fetches the
 * issuer's JWKS over HTTP from the same origin, exactly as it fetches
 * Cognito's in AWS. Seeded accounts are printed once at start-up.
 */
import { existsSync } from 'node:fs';
import type { Hono } from 'hono';
import { remoteJwks } from '../jwks';
import { createDynamoAuditStore, createDynamoChannelStore, createStaffApp } from '../../staff';
import { SYSTEM_CJK_FONT_CANDIDATES } from '../../staff/qr';
import type { LocalServices } from '../../local/start';
import { describeAccounts } from './accounts';
import { createDynamoExclusionStore } from '../../staff/exclusions';
import { createDynamoPlausibilityStore } from '../../plausibility';
import { createDevIssuerApp } from './app';
import { generateSigningKey } from './keys';

export const DEV_ISSUER_PATH = '/auth/dev';
export const DEV_AUDIENCE = 'kokoro-check-local';

export const mountStaffLocally = async (app: Hono, { dynamo, tableName, store, origin }: LocalServices, options: { quiet?: boolean } = {}) => {
  const issuer = `${origin}${DEV_ISSUER_PATH}`;
  app.route(DEV_ISSUER_PATH, createDevIssuerApp({ issuer, audience: DEV_AUDIENCE, key: await generateSigningKey() }));
  app.route(
    '/',
    createStaffApp({
      store,
      exclusions: createDynamoExclusionStore({ dynamo, tableName }),
      plausibility: createDynamoPlausibilityStore({ dynamo, tableName, counters: store }),
      channels: createDynamoChannelStore({ dynamo, tableName }),
      audit: createDynamoAuditStore({ dynamo, tableName }),
      auth: { issuer, audience: DEV_AUDIENCE, keySource: remoteJwks({ url: `${issuer}/.well-known/jwks.json` }) },
      siteOrigin: origin,
      qrFontFiles: SYSTEM_CJK_FONT_CANDIDATES.filter((file) => existsSync(file)).slice(0, 1),
    }),
  );
  if (!options.quiet) {
    console.log(`Staff sign-in (development issuer): ${issuer}/login`);
    for (const line of describeAccounts()) console.log(line);
  }
};
