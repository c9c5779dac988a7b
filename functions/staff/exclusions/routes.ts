/**
 * @module
 * `/t/:tenant/exclusions`: any staff member reads the list (reports say
 * which days they leave out); only an admin adds one (whole JST days and a
 * reason) or withdraws one. There is no delete. Both changes leave an entry
 * in the audit trail.
 */
import { Hono } from 'hono/tiny';
import { jstParts } from '../../../shared/time';
import { requireTenantRole, type StaffEnv } from '../../auth';
import type { ErrorBody } from '../../http';
import { badRequest, issuesOf } from '../errors';
import { exclusionInput, type Exclusion } from './schema';
import type { ExclusionStore } from './store';

export interface ExclusionDeps {
  exclusions: ExclusionStore;
  now: () => Date;
  /** A new exclusion's id; random by default. */
  newId?: () => string;
}

const ID = /^[a-z0-9-]{1,40}$/;

export const exclusionRoutes = ({ exclusions, now, newId = () => crypto.randomUUID() }: ExclusionDeps) => {
  const today = () => jstParts(now()).date;
  return new Hono<StaffEnv>()
    .get('/', requireTenantRole('staff'), async (c) => c.json({ exclusions: await exclusions.list(c.req.param('tenant') ?? '') }))
    .post('/', requireTenantRole('admin'), async (c) => {
      const body = await c.req.json().catch(() => undefined);
      if (body === undefined) return badRequest(c, 'invalid_body', [{ path: '', message: 'send a JSON body' }]);
      const parsed = exclusionInput.safeParse(body);
      if (!parsed.success) return badRequest(c, 'invalid_body', issuesOf(parsed.error));
      if (parsed.data.to > today()) return badRequest(c, 'invalid_body', [{ path: 'to', message: 'only days up to today can be excluded' }]);
      const exclusion: Exclusion = { id: newId(), ...parsed.data, createdOn: today() };
      await exclusions.add(c.req.param('tenant') ?? '', exclusion);
      return c.json(exclusion, 201);
    })
    .post('/:id/withdraw', requireTenantRole('admin'), async (c) => {
      const id = c.req.param('id');
      if (!ID.test(id)) return c.json({ error: 'not_found', message: 'No such exclusion.' } satisfies ErrorBody, 404);
      const withdrawn = await exclusions.withdraw(c.req.param('tenant') ?? '', id, today());
      if (!withdrawn) return c.json({ error: 'not_found', message: `No exclusion with id "${id}".` } satisfies ErrorBody, 404);
      return c.json(withdrawn);
    });
};
