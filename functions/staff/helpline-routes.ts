/**
 * @module
 * `GET /t/:tenant/helplines`: the municipality's helplines as a re-checking
 * list (./helpline-review), judged on today's Japan date. Admins only, like
 * channel management: keeping the lines right is the admin's job, and staff
 * who only report figures need not see it. A tenant the service does not
 * configure answers 404, never another tenant's lines.
 */
import { Hono } from 'hono/tiny';
import { getTenant } from '../../shared/tenants';
import { jstParts } from '../../shared/time';
import { requireTenantRole, type StaffEnv } from '../auth';
import type { ErrorBody } from '../http';
import { buildHelplineReview } from './helpline-review';

export const helplineRoutes = ({ now }: { now: () => Date }) =>
  new Hono<StaffEnv>().use('*', requireTenantRole('admin')).get('/', (c) => {
    const id = c.req.param('tenant') ?? '';
    const tenant = getTenant(id);
    if (!tenant) return c.json({ error: 'not_found', message: `No tenant "${id}" is configured.` } satisfies ErrorBody, 404);
    return c.json(buildHelplineReview(tenant, jstParts(now()).date));
  });
