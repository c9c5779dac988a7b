/**
 * The page's counting outbox in a real browser, against the whole service:
 * every event's first try is held until the check has reached its result
 * (so a flow that waited for counting would never get there) and then
 * refused with 503; one event's second try is lost to the network, another's
 * reaches the server but its answer is lost (the retry meets the server's
 * duplicate check). Each event must still be counted exactly once, always
 * resent with the same id and body.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { jstParts } from '../../shared/time';
import type { CounterRow } from '../../functions/store';
import { countedFrom, phonePage, residentSuite, runBrowser } from './harness';

const SRC = 'outbox-test';
const POLL = { timeout: 60_000, interval: 500 };

describe.runIf(runBrowser)('counting outbox in Chromium', () => {
  const suite = residentSuite();

  const next = (page: Page) => page.getByRole('button', { name: '次へ', exact: true }).click();
  const pick = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
  const counts = async (kind: string) => {
    const { date } = jstParts(new Date());
    const { rows } = await suite.service.store.readCounters('matsudo', date, date);
    return kind === 'helpline_tap' ? rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.count, 0) : countedFrom(rows, kind as CounterRow['kind'], SRC);
  };

  it('counts each event exactly once through 503s, a lost request and a lost answer, and the check never waits for it', async () => {
    const { page, close } = await phonePage(suite.browser);
    /** Per event id: its type, every body sent, and the statuses the real server answered. */
    const events = new Map<string, { type: string; bodies: string[]; server: number[] }>();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const pass = async (route: Route, record: number[], hide = false) => {
      const response = await route.fetch();
      record.push(response.status());
      await (hide ? route.fulfill({ status: 503, headers: { 'Retry-After': '1' }, body: '' }) : route.fulfill({ response }));
    };
    await page.route('**/api/t/matsudo/events', async (route) => {
      const body = route.request().postData() ?? '';
      const { id, type } = JSON.parse(body) as { id: string; type: string };
      const e = events.get(id) ?? { type, bodies: [], server: [] };
      events.set(id, e);
      e.bodies.push(body);
      const tries = e.bodies.length;
      if (tries === 1) {
        await released;
        return route.fulfill({ status: 503, headers: { 'Retry-After': '1' }, body: '' });
      }
      if (tries === 2 && type === 'view') return route.abort('internetdisconnected');
      // Counted by the server, but the page is told 503: its retry must come back as a duplicate.
      return pass(route, e.server, tries === 2 && type === 'start');
    });

    await page.goto(`${suite.service.url}/t/matsudo/?src=${SRC}`);
    await page.getByRole('button', { name: /^本人/ }).click();
    await next(page);
    for (let i = 0; i < 6; i++) {
      await pick(page, 'ときどき');
      await next(page);
    }
    await pick(page, 'なかった');
    await next(page);
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.locator('main h1').textContent(), POLL).toContain('こころの空もよう');
    await page.locator('main .lines a[href^="tel:"]').first().click();
    // The whole check went by while every first try was still unanswered.
    expect([...events.values()].every((e) => e.server.length === 0)).toBe(true);
    release();

    for (const kind of ['view', 'start', 'complete', 'helpline_tap']) await expect.poll(() => counts(kind), POLL).toBe(1);
    const byType = Object.fromEntries([...events.values()].map((e) => [e.type, e]));
    expect(Object.keys(byType).sort()).toEqual(['complete', 'helpline_tap', 'start', 'view']);
    expect(events.size).toBe(4);
    for (const e of events.values()) {
      expect(new Set(e.bodies).size, e.type).toBe(1);
      expect(e.bodies.length, e.type).toBeGreaterThanOrEqual(2);
    }
    // The lost answer: counted on the second try, recognised as a duplicate on the third, and then left alone. The
    // count is 1 as soon as the second try lands; the third try follows the Retry-After, so it is waited for.
    await expect.poll(() => byType['start']?.server, POLL).toEqual([202, 200]);
    for (const type of ['view', 'complete', 'helpline_tap']) expect(byType[type]?.server, type).toEqual([202]);
    await close();
  }, 300_000);
});
