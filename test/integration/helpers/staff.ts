/**
 * @module
 * A staff API wired exactly as the local server wires it — dynalite store,
 * channel store, development issuer reached through its JWKS URL — plus a
 * sign-in helper, for the staff integration tests.
 */
import type { Tenant } from '../../../shared/tenants';
import { remoteJwks } from '../../../functions/auth';
import { createDevIssuerApp, DEV_ACCOUNTS, generateSigningKey } from '../../../functions/auth/dev-issuer';
import { createStaffApp, createDynamoAuditStore, createDynamoChannelStore } from '../../../functions/staff';
import { createDynamoCounterStore, type CounterStore } from '../../../functions/store';
import { createDynamoExclusionStore } from '../../../functions/staff/exclusions';
import { createDynamoPlausibilityStore } from '../../../functions/plausibility';
import type { TestDynamo } from './dynamo';

const ISSUER = 'http://localhost:8787/auth/dev';
const AUDIENCE = 'kokoro-check-dev';

export const startStaffApi = async (dynamo: TestDynamo, now: () => Date, qrFontFiles: readonly string[] = [], tenants?: readonly Tenant[]) => {
  const key = await generateSigningKey();
  // Token times use the real clock: hono checks exp/iat against it, whatever date the report pretends it is.
  const issuer = createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key });
  const store: CounterStore = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  const channels = createDynamoChannelStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  const audit = createDynamoAuditStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  const exclusions = createDynamoExclusionStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
  const plausibility = createDynamoPlausibilityStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName, counters: store });
  const app = createStaffApp({
    store,
    channels,
    exclusions,
    plausibility,
    audit,
    auth: { issuer: ISSUER, audience: AUDIENCE, keySource: remoteJwks({ url: `${ISSUER}/.well-known/jwks.json`, fetch: async (url) => issuer.request(url.replace(ISSUER, '')) }) },
    siteOrigin: 'https://kokoro.example.jp',
    qrFontFiles,
    now,
    ...(tenants ? { tenants } : {}),
  });
  const signIn = async (username: string) => {
    const password = DEV_ACCOUNTS.find((a) => a.username === username)?.password;
    const res = await issuer.request('/token', { method: 'POST', body: JSON.stringify({ username, password }) });
    return ((await res.json()) as { id_token: string }).id_token;
  };
  const call = (token: string, path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });
  return { app, store, channels, exclusions, plausibility, audit, signIn, call };
};
