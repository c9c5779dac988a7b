/**
 * @module
 * The pages at the edges of the service, in Chromium on a phone viewport:
 * the site's root, an address no municipality uses, a known address typed in
 * capitals, and the calendar quick exit lands on. A person who scanned an old
 * sticker or mistyped its address may be in crisis, so the first two must
 * offer tap-to-call 119/110 and a way back to their municipality without any
 * script; the calendar must look ordinary and say nothing of the check. None
 * may load anything from another origin, and each must be axe clean.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_PAGE_PATH } from '../../shared/site';
import { axeViolations, smallTargets, phonePage, residentSuite, runBrowser, screenshot } from './harness';

describe.runIf(runBrowser)('pages around the check in Chromium', () => {
  const suite = residentSuite();

  const onlyOurOrigin = (requests: readonly string[]) => requests.filter((url) => !url.startsWith(`${suite.service.url}/`));

  async function expectHelpPage(page: Page, heading: string) {
    expect(await page.locator('main h1').textContent()).toBe(heading);
    expect(await page.locator('a[href="tel:119"]').textContent()).toContain('救急・消防');
    expect(await page.locator('a[href="tel:110"]').textContent()).toContain('警察');
    expect(await page.locator('main a[href^="tel:0"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('つながらないときは、時間をおいてかけ直すか、別の窓口を試してください。');
    expect(await page.getByRole('link', { name: '松戸市（千葉県）' }).getAttribute('href')).toBe('/t/matsudo/');
    expect(await page.locator('form:has(button.exit)').getAttribute('action')).toBe(NEUTRAL_PAGE_PATH);
    expect(await page.locator('script').count()).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }

  it('the site root lists the municipalities under tap-to-call 119/110 and the 24 h lines', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    const response = await page.goto(`${suite.service.url}/`);
    expect(response?.status()).toBe(200);
    await screenshot(page, 'edge-root');
    await expectHelpPage(page, 'こころのセルフチェック');
    expect(onlyOurOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('an address no municipality uses answers 404 with the same help, in place', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    const response = await page.goto(`${suite.service.url}/t/no-such-town/?src=sticker-old`);
    expect(response?.status()).toBe(404);
    expect(page.url()).toBe(`${suite.service.url}/t/no-such-town/?src=sticker-old`);
    await screenshot(page, 'edge-not-found');
    await expectHelpPage(page, 'ページが見つかりません');
    await page.getByRole('link', { name: '松戸市（千葉県）' }).click();
    await page.waitForURL(`${suite.service.url}/t/matsudo/`);
    await page.goBack();
    // Without any script, its quick exit still leaves for the calendar.
    await page.getByRole('button', { name: /すぐに閉じる/ }).click();
    await page.waitForURL((url) => url.pathname === NEUTRAL_PAGE_PATH);
    await expect.poll(() => page.title()).toBe('カレンダー');
    expect(onlyOurOrigin(requests)).toEqual([]);
    // Chromium reports the document's own 404 in the console (once per visit); nothing else may be refused or fail.
    expect(new Set(errors)).toEqual(new Set(['Failed to load resource: the server responded with a status of 404 (Not Found)']));
    await close();
  });

  it('a known address typed in capitals lands on its municipality, outreach tag kept', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    const response = await page.goto(`${suite.service.url}/t/MATSUDO/?src=x`);
    expect(page.url()).toBe(`${suite.service.url}/t/matsudo/?src=x`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('button', { name: '今すぐ相談したい' }).isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:119"]').count()).toBe(0);
    await page.getByRole('button', { name: '今すぐ相談したい' }).click();
    expect(await page.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await page.locator('a[href="tel:110"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(onlyOurOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('quick exit lands on an ordinary calendar of this month that says nothing of the check', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await page.getByRole('button', { name: /すぐに閉じる/ }).click();
    await page.waitForURL(`${suite.service.url}${NEUTRAL_PAGE_PATH}`);
    const today = await page.evaluate(() => {
      const now = new Date();
      return { month: `${now.getFullYear()}年${now.getMonth() + 1}月`, day: String(now.getDate()) };
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe(today.month);
    expect(await page.title()).toBe('カレンダー');
    expect(await page.locator('[aria-current="date"]').textContent()).toBe(today.day);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/こころ|相談|チェック|電話|命/);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    await screenshot(page, 'edge-calendar');
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '次の月' }).click();
    expect(await page.locator('h1').textContent()).not.toBe(today.month);
    expect(await page.locator('[aria-current="date"]').count()).toBe(0);
    await page.getByRole('button', { name: '前の月' }).click();
    expect(await page.locator('h1').textContent()).toBe(today.month);
    expect(onlyOurOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the calendar on its own, as anyone opening it later would see it', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    const response = await page.goto(`${suite.service.url}${NEUTRAL_PAGE_PATH}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(onlyOurOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
