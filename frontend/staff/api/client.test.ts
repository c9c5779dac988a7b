import { describe, expect, it } from 'vitest';
import { createStaffApi, StaffApiError } from './client';
import { refusalText } from './refusals';

const answering = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('staff API client refusals', () => {
  it('turns the server’s code into the Japanese sentence and drops its English message', async () => {
    const api = createStaffApi('t', { fetchImpl: answering(403, { error: 'forbidden', message: 'This account may not see tenant "sample-town".' }) });
    const error = await api.report('sample-town', 'fy=2026').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaffApiError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', message: refusalText('forbidden', 403) });
    expect((error as Error).message).not.toContain('sample-town');
  });

  it('reports any 401 to the page, so it can return to the sign-in screen', async () => {
    let told = 0;
    const api = createStaffApi('t', { fetchImpl: answering(401, { error: 'unauthorized', message: 'The token signature does not verify.' }), onUnauthorized: () => void told++ });
    await expect(api.download('matsudo', 'report.csv?fy=2026', 'x.csv')).rejects.toMatchObject({ status: 401, message: refusalText('unauthorized', 401) });
    expect(told).toBe(1);
  });

  it('says a lost connection and a body without a code in Japanese', async () => {
    const offline = createStaffApi('t', { fetchImpl: (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch });
    await expect(offline.me()).rejects.toMatchObject({ status: 0, code: 'network', message: refusalText('network', 0) });
    const proxy = createStaffApi('t', { fetchImpl: (async () => new Response('<html>Bad Gateway</html>', { status: 502 })) as unknown as typeof fetch });
    await expect(proxy.me()).rejects.toMatchObject({ status: 502, code: 'http_502', message: refusalText('http_502', 502) });
  });
});
