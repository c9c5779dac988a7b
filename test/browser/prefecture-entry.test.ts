/**
 * @module
 * A prefecture's entry page (`/p/<id>/`) in Chromium at 390×844, as a
 * resident who scanned a prefecture-wide QR code meets it: the towns to
 * choose from, chosen by keyboard, the QR's channel kept into the town's
 * check; or help at once, without choosing. Counted as one view of the
 * prefecture page (its own scope, never a town's) and then one of the town,
 * with the channel the town registered. axe clean, thumb-sized targets,
 * nothing from another origin, nothing left on the phone.
 */
import { describe, expect, it } from 'vitest';
import { prefectureScope } from '../../shared/regions';
import { jstParts } from '../../shared/time';
import { axeViolations, smallTargets, countedFrom, leftovers, phonePage, residentSuite, runBrowser, screenshot } from './harness';

const POLL = { timeout: 30_000, interval: 250 };

describe.runIf(runBrowser)('the prefecture entry page in Chromium', () => {
  const suite = residentSuite();
  const today = () => jstParts(new Date()).date;
  const views = async (scope: string, src: string) => countedFrom((await suite.service.store.readCounters(scope, today(), today())).rows, 'view', src);

  it('lists the towns by name and reading; a town chosen by keyboard opens its check with the channel kept, and both views count once', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    const [prefBefore, townBefore] = [await views(prefectureScope('chiba'), '?'), await views('matsudo', 'sticker-test')];
    const response = await page.goto(`${suite.service.url}/p/chiba/?src=sticker-test`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('main h1').textContent()).toBe('こころのセルフチェック（千葉県）');
    const town = page.locator('a[data-town="matsudo"]');
    expect(await town.locator('ruby').textContent()).toBe('松戸市まつどし');
    await expect.poll(() => town.getAttribute('href'), POLL).toBe('/t/matsudo/?src=sticker-test');
    // Test-only towns are never offered.
    expect(await page.locator('a[data-town="sample-town"]').count()).toBe(0);
    expect(await page.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await page.locator('form:has(button.exit)').count()).toBe(1);
    await screenshot(page, 'prefecture-entry');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // The prefecture registered no tag, so its view counts as 未登録; the town registered sticker-test.
    await expect.poll(() => views(prefectureScope('chiba'), '?'), POLL).toBe(prefBefore + 1);

    for (let i = 0; i < 12 && !(await town.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await town.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${suite.service.url}/t/matsudo/?src=sticker-test`);
    await page.locator('main h1').waitFor();
    await expect.poll(() => views('matsudo', 'sticker-test'), POLL).toBe(townBefore + 1);
    expect(await views(prefectureScope('chiba'), '?')).toBe(prefBefore + 1);

    expect(requests.filter((url) => !url.startsWith(`${suite.service.url}/`))).toEqual([]);
    expect(await leftovers(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    expect(errors).toEqual([]);
    await close();
  });

  it('今すぐ相談したい shows 119/110, the prefecture’s lines and the 24 h lines on the page, adding nothing to history', async () => {
    const { page, errors, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/p/chiba/`);
    await page.locator('a[data-town]').first().waitFor();
    const length = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: '今すぐ相談したい' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('help');
    expect(await page.evaluate(() => [location.hash, history.length])).toEqual(['', length]);
    const help = page.locator('#help');
    expect(await help.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await help.locator('h2').allTextContents()).toEqual(['いますぐ命の危険があるときは', '千葉県の相談窓口', '24時間つながる相談窓口']);
    expect(await help.locator('a[href^="tel:0"]').count()).toBeGreaterThan(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'prefecture-entry-dark');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('answers an unknown prefecture with the not-found page, and adds the slash to a QR printed without it', async () => {
    const { page, close } = await phonePage(suite.browser);
    expect((await page.goto(`${suite.service.url}/p/kyoto/`))?.status()).toBe(404);
    await page.goto(`${suite.service.url}/p/chiba?src=sticker-test`);
    expect(page.url()).toBe(`${suite.service.url}/p/chiba/?src=sticker-test`);
    await close();
  });
});
