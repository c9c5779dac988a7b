/**
 * Cross-site posts in a real browser against the whole local service: the
 * page's own events (its fetch keepalive, and a sendBeacon from its origin)
 * are counted, while a page served from another origin (127.0.0.1 on another
 * port, so cross-site to localhost) that fires sendBeacon and a no-cors fetch
 * at the API — what any web page could do to inflate a town's counts through
 * its visitors — is refused and counts nothing. (The browser hides the 403
 * from the foreign page; the status itself is asserted in
 * test/integration/events-api.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jstParts } from '../../shared/time';
import { phonePage, residentSuite, runBrowser } from './harness';

const POLL = { timeout: 60_000, interval: 500 };

describe.runIf(runBrowser)('cross-site posts in Chromium', () => {
  const suite = residentSuite();
  let foreign: Server;
  let foreignUrl: string;

  beforeAll(async () => {
    // The attacker's page: it fires the two requests a page can send without a CORS preflight.
    foreign = createServer((req, res) => {
      const target = new URL(req.url ?? '/', 'http://x').searchParams.get('target') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>elsewhere</title><script>
        const target = ${JSON.stringify(target)};
        const event = () => JSON.stringify({ type: 'complete', id: crypto.randomUUID(), mode: 'teen', ageBand: '10s', gender: 'female', band: 'veryHigh', safetyFlag: true, topics: [] });
        window.beaconQueued = navigator.sendBeacon(target, new Blob([event()], { type: 'text/plain' }));
        fetch(target, { method: 'POST', mode: 'no-cors', body: event() }).then(() => (window.fetchDone = true), () => (window.fetchDone = true));
      </script>`);
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (foreign ? foreign.close(() => resolve()) : resolve()));
  });

  const total = async (kind: string) => {
    const { date } = jstParts(new Date());
    const { rows } = await suite.service.store.readCounters('matsudo', date, date);
    return rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.count, 0);
  };

  it('counts the page’s own view and its own sendBeacon', async () => {
    const { page, close } = await phonePage(suite.browser);
    try {
      const views = await total('view');
      const ownView = page.waitForResponse((r) => r.url().endsWith('/api/t/matsudo/events') && r.request().method() === 'POST');
      await page.goto(`${suite.service.url}/t/matsudo/`);
      expect((await ownView).status()).toBe(202);
      await expect.poll(() => total('view'), POLL).toBe(views + 1);

      const beacon = page.waitForResponse((r) => r.url().endsWith('/api/t/matsudo/events') && r.request().postData()?.includes('"start"') === true);
      const queued = await page.evaluate(() => navigator.sendBeacon('/api/t/matsudo/events', JSON.stringify({ type: 'start', id: crypto.randomUUID(), mode: 'self' })));
      expect(queued).toBe(true);
      expect((await beacon).status()).toBe(202);
      expect((await beacon).request().headers()['sec-fetch-site'] ?? 'same-origin').toBe('same-origin');
    } finally {
      await close();
    }
  });

  it('refuses a foreign page’s sendBeacon and no-cors fetch with 403 and counts neither', async () => {
    const { page, close } = await phonePage(suite.browser);
    try {
      const completions = await total('complete');
      const target = `${suite.service.url}/api/t/matsudo/events`;
      // The API's Cross-Origin-Resource-Policy: same-origin hides every answer from a foreign page, so the browser
      // reports each as blocked by the response — which proves the server had answered (and, had it counted, written).
      const answered: string[] = [];
      page.on('requestfailed', (r) => void (r.url() === target ? answered.push(r.failure()?.errorText ?? '') : undefined));
      await page.goto(`${foreignUrl}/?target=${encodeURIComponent(target)}`);
      expect(await page.evaluate(() => (window as unknown as { beaconQueued: boolean }).beaconQueued)).toBe(true);
      await expect.poll(() => answered.length, POLL).toBe(2);
      expect(answered).toEqual(['net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin', 'net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin']);
      await expect.poll(() => page.evaluate(() => (window as unknown as { fetchDone?: boolean }).fetchDone === true), POLL).toBe(true);
      expect(await total('complete')).toBe(completions);
    } finally {
      await close();
    }
  });
});
