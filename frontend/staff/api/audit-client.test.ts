import { describe, expect, it } from 'vitest';
import { createStaffApi } from './client';

describe('staff API client: the audit trail', () => {
  it('asks for a month and a cursor only when given, with the token in the header', async () => {
    const asked: { url: string; auth: string | null }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      asked.push({ url, auth: new Headers(init.headers).get('authorization') });
      return new Response(JSON.stringify({ month: '2026-06', entries: [], retentionDays: 1096 }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = createStaffApi('tok', { fetchImpl });
    await api.audit('matsudo');
    await api.audit('matsudo', { month: '2026-05', before: '2026-05-31T01:02:03.004Z#abcd1234' });
    expect(asked).toEqual([
      { url: '/api/staff/t/matsudo/audit', auth: 'Bearer tok' },
      { url: '/api/staff/t/matsudo/audit?month=2026-05&before=2026-05-31T01%3A02%3A03.004Z%23abcd1234', auth: 'Bearer tok' },
    ]);
  });
});
