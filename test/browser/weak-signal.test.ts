/**
 * Weak signal in a real browser: the page's background fetch of the result
 * chunk and the full helpline data is refused, as on a phone that lost its
 * signal after the first screen. The first question, the crisis panel, the
 * help list and the result screen must still work and give numbers to call
 * (from the inlined crisis subset), and the result must follow by itself once
 * the network is back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, phonePage, screenshot, residentSuite, runBrowser } from './harness';
import { ja } from '../../shared/messages';

describe.runIf(runBrowser)('weak signal after the first screen', () => {
  const suite = residentSuite();

  const heading = (page: Page) => page.locator('main h1').textContent();
  const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  const calls = (page: Page) => page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it('keeps every screen working with numbers to call, and shows the result once the network is back', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    let refuse = true;
    // Everything under /assets/ except the first script: the result chunk and the tenant's helpline data.
    await page.route(/\/assets\/(?!main-)[^/]+$/, (r) => (refuse ? r.abort('internetdisconnected') : r.continue()));
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await expect.poll(() => requests.some((u) => /\/assets\/chunk-[\w-]+\.js$/.test(u))).toBe(true);

    await button(page, '今すぐ相談したい');
    expect(await heading(page)).toContain('今すぐ相談したい');
    // 119/110, then the 24 h lines (よりそいホットライン 0120-279-338 among them).
    expect((await calls(page)).slice(0, 2)).toEqual(['tel:119', 'tel:110']);
    expect(await calls(page)).toContain('tel:0120279338');
    await button(page, '前の画面に戻る');

    await button(page, /^本人/);
    await button(page, '次へ');
    for (let i = 0; i < 6; i++) {
      await page.getByRole('radio', { name: 'いつも', exact: true }).check();
      await button(page, '次へ');
    }
    await page.getByRole('radio', { name: 'よくあった', exact: true }).check();
    await button(page, '次へ');
    expect(await heading(page)).toContain('答えてくれて');
    expect((await calls(page)).slice(0, 2)).toEqual(['tel:119', 'tel:110']);
    // 119, 110 and the 24 h lines as one-tap buttons.
    expect(await page.locator('main .emergency li').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'weak-crisis');
    await button(page, 'チェックを続ける');
    // The topics screen leads to the result, so its words come with the result's: until then, help first.
    expect(await heading(page)).toContain(ja.waiting.heading);
    expect((await calls(page)).slice(0, 2)).toEqual(['tel:119', 'tel:110']);
    expect(await calls(page)).toContain('tel:0120279338');
    await screenshot(page, 'weak-result-waiting');
    expect(await axeViolations(page)).toEqual([]);

    refuse = false;
    await page.evaluate(() => dispatchEvent(new Event('online')));
    // The topics screen as soon as its words are here, then the result.
    await button(page, '結果を見る');
    // The result itself, honouring the safety answer: thanks first, then the picture.
    await expect.poll(() => page.locator('main svg[role="img"]').count()).toBe(1);
    expect(await heading(page)).toContain('答えてくれて');
    expect(await page.locator('main').textContent()).toContain('診断ではありません');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(page, 'weak-result-after');
    // Refused loads are logged by the browser; nothing else may go wrong.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Permissions-Policy/.test(e))).toEqual([]);
    await close();
  });
});
