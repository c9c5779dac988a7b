/**
 * @module
 * The helpline re-checking list through the staff API: admins get the
 * tenant's own lines as the review schema says (nothing from the resident
 * page), what needs re-checking first, judged on the API's Japan date; no
 * token, a staff-only account and another tenant are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helplineReviewSchema } from '../../functions/staff';
import { getTenant } from '../../shared/tenants';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

let dynamo: TestDynamo;
/** The API as it runs soon after the shipped data was read, and thirteen months on. */
let now: Awaited<ReturnType<typeof startStaffApi>>;
let later: Awaited<ReturnType<typeof startStaffApi>>;
const path = '/api/staff/t/matsudo/helplines';
const matsudo = getTenant('matsudo')!;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  // 15:00 UTC is already the next day in Japan.
  now = await startStaffApi(dynamo, () => new Date('2026-12-01T15:30:00Z'));
  later = await startStaffApi(dynamo, () => new Date('2028-01-10T00:00:00Z'));
});
afterAll(async () => dynamo?.close());

describe('GET /t/:tenant/helplines', () => {
  it('gives an admin every line of the tenant, in the review shape and nothing else', async () => {
    const res = await now.call(await now.signIn('admin@matsudo'), path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = helplineReviewSchema.parse(await res.json());
    expect(body.tenant).toBe('matsudo');
    expect(body.today).toBe('2026-12-02');
    expect(body.maxAgeMonths).toBe(12);
    expect(body.helplines.map((h) => h.id).sort()).toEqual(matsudo.helplines.map((h) => h.id).sort());
    expect(body.counts.stale + body.counts.unverified + body.counts.ok).toBe(matsudo.helplines.length);
    // Unverified lines lead while nothing is stale; each carries its reason.
    const firstOk = body.helplines.findIndex((h) => h.status === 'ok');
    expect(body.helplines.slice(0, firstOk).every((h) => h.status === 'unverified' && h.unverifiedReason)).toBe(true);
    expect(body.helplines.slice(firstOk).every((h) => h.status === 'ok' && h.unverifiedReason === null)).toBe(true);
    const pending = matsudo.helplines.find((h) => h.unverified && h.sourceUrl === undefined && h.scope === 'local');
    if (pending === undefined) throw new Error('expected an unsourced unverified window in matsudo');
    expect(body.helplines.find((h) => h.id === pending.id)).toMatchObject({ name: pending.name, status: 'unverified', sourceUrl: null, unverifiedReason: pending.unverifiedReason });
    // No phone number, hours or description: the resident page's data stays on the resident page.
    expect(JSON.stringify(body)).not.toMatch(/"(channels|number|hours|description)"/);
  });

  it('puts stale lines first, oldest first, once their verification has run out', async () => {
    const body = helplineReviewSchema.parse(await (await later.call(await later.signIn('admin@matsudo'), path)).json());
    expect(body.today).toBe('2028-01-10');
    const statuses = body.helplines.map((h) => h.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => ['stale', 'unverified', 'ok'].indexOf(a) - ['stale', 'unverified', 'ok'].indexOf(b)));
    expect(body.counts.ok).toBe(0);
    expect(body.counts.stale).toBe(matsudo.helplines.filter((h) => !h.unverified).length);
    const stale = body.helplines.filter((h) => h.status === 'stale');
    expect(stale.map((h) => h.recheckBy)).toEqual(stale.map((h) => h.recheckBy).sort());
    expect(stale[0]?.age.months).toBeGreaterThanOrEqual(13);
  });

  it('refuses without a token, a staff-only account, and any other tenant', async () => {
    const noToken = await now.app.request(path);
    expect(noToken.status).toBe(401);
    const staff = await now.call(await now.signIn('staff@matsudo'), path);
    expect(staff.status).toBe(403);
    const staffBody = (await staff.json()) as { error: string; message: string };
    expect(staffBody.error).toBe('forbidden');
    expect(staffBody.message).toContain('admin');
    const admin = await now.signIn('admin@matsudo');
    for (const other of ['sample-town', 'kashiwa']) {
      const res = await now.call(admin, `/api/staff/t/${other}/helplines`);
      expect(res.status, other).toBe(403);
      expect(JSON.stringify(await res.json())).not.toContain('helplines');
    }
  });
});
