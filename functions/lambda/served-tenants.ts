/**
 * @module
 * Which municipalities a Lambda deployment answers for. Production sets
 * `SERVE_TEST_TENANTS=false`, and then a test-only tenant (sample-town) is
 * unknown to every API: the resident API gets the filtered list as an
 * option, and the staff API is wrapped in a gate that answers 404 before
 * sign-in is even checked, so made-up towns never collect or show counts
 * beside real ones. The Lambda entries and the rollup job share this.
 */
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import type { Tenant } from '../../shared/tenants';
import { securityHeaders } from '../http';
import { STAFF_API_BASE } from '../staff/base';

/** The tenants to serve: every one, or every one not marked test-only. */
export const servedTenants = (all: readonly Tenant[], serveTestTenants: boolean): Tenant[] =>
  all.filter((tenant) => serveTestTenants || !tenant.testOnly);

/** For `app.use('<base>/t/:tenant/*', …)`: a path naming a tenant not served here is a JSON 404. */
export const refuseUnservedTenants = (tenants: readonly Tenant[]): MiddlewareHandler[] => {
  const ids = new Set(tenants.map((tenant) => tenant.id));
  const gate: MiddlewareHandler = async (c, next) => {
    if (ids.has(c.req.param('tenant') ?? '')) return next();
    c.header('Cache-Control', 'no-store');
    return c.json({ error: 'unknown_tenant', message: 'No municipality uses this address.' }, 404);
  };
  return [securityHeaders(), gate];
};

/** The staff app behind the gate: `/api/staff/t/<unserved>/…` is a 404, everything else goes through unchanged. */
export const gateStaffApp = (staffApp: Hono<any, any, any>, tenants: readonly Tenant[]): Hono => {
  const app = new Hono();
  app.use(`${STAFF_API_BASE}/t/:tenant/*`, ...refuseUnservedTenants(tenants));
  app.route('/', staffApp);
  return app;
};
