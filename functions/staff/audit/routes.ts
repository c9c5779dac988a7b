/**
 * @module
 * `GET /t/:tenant/audit` for tenant admins: one month of the audit trail
 * (the current Japan month unless `month=YYYY-MM`), newest first, `limit`
 * entries a page with a `before` cursor for the rest, and the neighbouring
 * months an admin may step to — back only as far as the retention keeps
 * anything. Staff without the admin role are refused; the trail says who
 * did what, which is for the people answerable for the service.
 */
import { Hono } from 'hono/tiny';
import { requireTenantRole, type StaffEnv } from '../../auth';
import { badRequest, issuesOf } from '../errors';
import { auditQuery, type AuditPage } from './schema';
import { auditMonthOf, shiftMonth, type AuditStore } from './store';

const DAY_MS = 86_400_000;

export const auditRoutes = ({ audit, now }: { audit: AuditStore; now: () => Date }) =>
  new Hono<StaffEnv>().get('/', requireTenantRole('admin'), async (c) => {
    const query = auditQuery.safeParse(c.req.query());
    if (!query.success) return badRequest(c, 'invalid_query', issuesOf(query.error));
    const today = now();
    const current = auditMonthOf(today);
    const oldest = auditMonthOf(new Date(today.getTime() - audit.retentionDays * DAY_MS));
    const month = query.data.month ?? current;
    const page = month > current || month < oldest ? { entries: [] } : await audit.list(c.req.param('tenant') ?? '', month, { limit: query.data.limit, before: query.data.before, now: today });
    const older = shiftMonth(month, -1);
    const answer: AuditPage = {
      month,
      ...page,
      ...(older >= oldest && month <= current ? { olderMonth: older } : {}),
      ...(month < current && month >= oldest ? { newerMonth: shiftMonth(month, 1) } : {}),
      retentionDays: audit.retentionDays,
    };
    return c.json(answer);
  });
