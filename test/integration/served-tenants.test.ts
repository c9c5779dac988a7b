/**
 * Test-only tenants in production: with the list the Lambda entries build
 * when `SERVE_TEST_TENANTS=false`, the resident API answers 404 for
 * sample-town and writes nothing, the staff API refuses it before sign-in,
 * and real tenants are untouched. Without the setting (development, the
 * local server) sample-town is counted as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS } from '../../shared/tenants';
import { booleanEnv, serveTestTenantsFromEnv } from '../../functions/config/env';
import { gateStaffApp, servedTenants } from '../../functions/lambda/served-tenants';
import { createPublicApp } from '../../functions/public';
import { createDynamoCounterStore, createRegisteredTags } from '../../functions/store';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo();
});
afterAll(async () => {
  await dynamo?.close();
});

const NOW = new Date('2026-06-14T00:30:00Z');
const publicApp = (serveTestTenants: boolean) =>
  createPublicApp({
    store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }),
    registeredTags: createRegisteredTags({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }),
    clock: () => NOW,
    tenants: servedTenants(TENANTS, serveTestTenants),
  });
const view = (app: ReturnType<typeof publicApp>, tenant: string) =>
  app.request(`/api/t/${tenant}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'view', id: crypto.randomUUID() }),
  });

describe('SERVE_TEST_TENANTS', () => {
  it('is read as a strict true/false and is required', () => {
    expect(serveTestTenantsFromEnv({ SERVE_TEST_TENANTS: 'false' })).toBe(false);
    expect(serveTestTenantsFromEnv({ SERVE_TEST_TENANTS: 'true' })).toBe(true);
    expect(() => serveTestTenantsFromEnv({})).toThrow('Environment variable SERVE_TEST_TENANTS is required');
    expect(() => booleanEnv('X', { X: 'no' })).toThrow('Environment variable X must be true or false, got "no"');
  });

  it('leaves out exactly the test-only tenants when false', () => {
    const ids = servedTenants(TENANTS, false).map((t) => t.id);
    expect(ids).toContain('matsudo');
    expect(ids).not.toContain('sample-town');
    expect(servedTenants(TENANTS, true).map((t) => t.id)).toEqual(TENANTS.map((t) => t.id));
  });
});

describe('resident API in production', () => {
  it('refuses a test-only tenant with 404 and writes nothing, but counts a real one', async () => {
    const app = publicApp(false);
    const before = await dynamo.scanAll();
    const refused = await view(app, 'sample-town');
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: 'unknown_tenant' });
    expect(await dynamo.scanAll()).toEqual(before);

    expect((await view(app, 'matsudo')).status).toBe(202);
  });

  it('counts the test-only tenant where test tenants are served', async () => {
    expect((await view(publicApp(true), 'sample-town')).status).toBe(202);
  });
});

describe('staff API in production', () => {
  it('answers 404 for a test-only tenant before sign-in and passes real tenants through', async () => {
    const staff = await startStaffApi(dynamo, () => NOW);
    const gated = gateStaffApp(staff.app, servedTenants(TENANTS, false));
    const token = await staff.signIn('staff@matsudo');
    const get = (path: string) => gated.request(path, { headers: { authorization: `Bearer ${token}` } });

    const refused = await get('/api/staff/t/sample-town/report?fy=2026');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('Cache-Control')).toBe('no-store');
    expect(refused.headers.get('Content-Security-Policy')).toBeTruthy();

    expect((await get('/api/staff/me')).status).toBe(200);
    const report = await get('/api/staff/t/matsudo/report?fy=2026');
    expect(report.status).toBe(200);
    // Unsigned calls to a real tenant still meet the sign-in check, not the gate.
    expect((await gated.request('/api/staff/t/matsudo/report?fy=2026')).status).toBe(401);
  });
});
