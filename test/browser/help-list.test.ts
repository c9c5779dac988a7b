/**
 * The help list (「今すぐ相談したい」) in a real browser at 390×844, on a
 * Thursday at 10:00 in Japan: its first screenful is what the person can use
 * now — teen lines first on the teen path, and among the first even before a
 * mode is chosen — lines closed now come after, saying when they open, and
 * lines not confirmed yet are folded away; a close button sits at the top; a
 * teen's list holds no adult-only service.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, phonePage, residentSuite, runBrowser, screenshot } from './harness';

const THURSDAY_10_JST = new Date('2026-05-07T01:00:00Z');
const ADULT_ONLY = ['ハローワーク', '法テラス・サポートダイヤル', '高齢者いきいき安心センター', 'とうかつ生と死を考える会', '基幹相談支援センター', '生活支援課'];

describe.runIf(runBrowser)('the help list in Chromium', () => {
  const suite = residentSuite();

  async function openAt(page: Page) {
    await page.clock.setFixedTime(THURSDAY_10_JST);
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await expect.poll(() => page.evaluate(() => JSON.stringify(history.state)), { timeout: 15_000 }).toContain('kc');
  }
  const openHelp = async (page: Page) => {
    await page.getByRole('button', { name: '今すぐ相談したい' }).click();
    // The full list (result chunk): its parts have headings.
    await expect.poll(() => page.locator('main h2', { hasText: 'いま相談できる窓口' }).count(), { timeout: 15_000 }).toBe(1);
  };
  /** Card names in the part headed `heading`, in order. */
  const namesUnder = (page: Page, heading: string) =>
    page.locator('main h2', { hasText: heading }).evaluate((h) => {
      const list = h.nextElementSibling;
      return [...(list?.querySelectorAll('li.line h3') ?? [])].map((e) => e.textContent ?? '');
    });

  it('on the teen path: 24時間子供SOSダイヤル first, closed lines after with when they open, the unconfirmed folded, no adult-only service', async () => {
    const { page, errors, close } = await phonePage(suite.browser);
    await openAt(page);
    await page.getByRole('button', { name: /^10代/ }).click();
    await openHelp(page);
    const now = await namesUnder(page, 'いま相談できる窓口');
    expect(now[0]).toBe('24時間子供SOSダイヤル');
    // The first card is on the first screen.
    const first = await page.locator('main li.line').first().boundingBox();
    expect(first && first.y + 60).toBeLessThan(844);
    const closed = await namesUnder(page, 'いまは受付時間外の窓口');
    expect(closed).toContain('チャイルドライン（電話）');
    const childline = page.locator('main li.line').filter({ hasText: 'チャイルドライン（電話）' });
    expect(await childline.locator('.closed').textContent()).toBe('きょう 16:00から受付');
    // Its call button is the quieter outline one; an open line's is filled.
    expect(await childline.locator('a[href^="tel:"]').getAttribute('class')).toBe('action');
    expect(await page.locator('main li.line').first().locator('a[href^="tel:"]').getAttribute('class')).toBe('action call');
    // Closed after open on the page, and the folded part last and closed.
    const y = async (text: string) => (await page.locator('main h2', { hasText: text }).boundingBox())?.y ?? NaN;
    expect(await y('いま相談できる窓口')).toBeLessThan(await y('いまは受付時間外の窓口'));
    const other = page.locator('main details.other');
    expect(await other.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await other.locator('summary').textContent()).toMatch(/^そのほかの窓口（\d+）$/);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of ADULT_ONLY) expect(text, name).not.toContain(name);
    // A close button at the top as well as at the bottom.
    const top = await page.getByRole('button', { name: '閉じる', exact: true }).boundingBox();
    expect(top && top.y).toBeLessThan(200);
    await screenshot(page, 'help-teen');
    expect(await axeViolations(page)).toEqual([]);
    await other.locator('summary').click();
    expect(await other.locator('li.line').count()).toBeGreaterThan(0);
    await screenshot(page, 'help-teen-other-open');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '閉じる', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('あなたについて');
    expect(errors).toEqual([]);
    await close();
  });

  it('before a mode is chosen: the teen line is on the first screen too, and every line shown can be used as it stands', async () => {
    const { page, close } = await phonePage(suite.browser);
    await openAt(page);
    await openHelp(page);
    const now = await namesUnder(page, 'いま相談できる窓口');
    expect(now).toContain('24時間子供SOSダイヤル');
    const sos = await page.locator('main li.line').filter({ hasText: '24時間子供SOSダイヤル' }).boundingBox();
    expect(sos && sos.y).toBeLessThan(844 * 2);
    // Outside the folded part every card has a number to call or a link, and says its hours once.
    const cards = page.locator('main > section > ul.lines li.line');
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      expect(await card.locator('a[href]').count(), await card.locator('h3').textContent() ?? '').toBeGreaterThan(0);
      expect(await card.locator('.hours > span:not(.closed)').count()).toBe(1);
    }
    await screenshot(page, 'help-landing');
    await close();
  });
});
