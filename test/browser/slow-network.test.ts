/**
 * A slow network in a real browser at 390×844: the prerendered landing shows
 * while the page's script is still on its way (held back here for a while).
 * A tap on 本人, 10代 or 今すぐ相談したい in that time is never lost — the
 * button shows it was heard and the screen follows as soon as the script
 * runs — and quick exit leaves at once, script or not.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { phonePage, residentSuite, runBrowser, screenshot } from './harness';

describe.runIf(runBrowser)('taps before the page script has arrived', () => {
  const suite = residentSuite();

  /** Holds the first script back until `release()`; everything else passes. */
  async function holdScript(page: Page) {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    return release;
  }
  const heading = (page: Page) => page.locator('main h1').textContent();

  it.each([
    ['本人', /^本人/, 'あなたについて'],
    ['10代', /^10代/, 'あなたについて'],
    ['今すぐ相談したい', '今すぐ相談したい', '今すぐ相談したい'],
  ] as const)('keeps a tap on %s and carries it out once the script runs', async (_, name, expected) => {
    const { page, errors, close } = await phonePage(suite.browser);
    const release = await holdScript(page);
    await page.goto(`${suite.service.url}/t/matsudo/`, { waitUntil: 'commit' });
    const button = page.getByRole('button', { name, exact: typeof name === 'string' }).first();
    await button.click();
    // Heard: the button says so while the script is still held back.
    await expect.poll(() => button.getAttribute('aria-busy')).toBe('true');
    expect(await heading(page)).toContain('こころのセルフチェック');
    await screenshot(page, `slow-tap-${_}`);
    release();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toContain(expected);
    expect(await page.locator('[aria-busy]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('quick exit leaves at once, before the script has arrived', async () => {
    const { page, close } = await phonePage(suite.browser);
    await holdScript(page);
    await page.goto(`${suite.service.url}/t/matsudo/`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: /すぐに閉じる/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/t/'), { timeout: 15_000 });
    expect(await page.title()).not.toMatch(/こころ|相談|チェック/);
    await close();
  });
});
