/**
 * The dashboard's 計画の指標 in Chromium against the whole local service:
 * each indicator reads as the plan's sentence, its copy button works from the
 * keyboard and puts exactly that sentence on the clipboard with 「コピーしました」
 * in a live region, a label's term shows its definition on focus (Escape hides
 * it), and the 用語 section defines every word. axe must find nothing.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/start';
import { axeViolations, runBrowser } from './harness';
import { signInToDashboard, startSeededDashboard } from './staff-seed';

const SLOW = { timeout: 60_000 };

describe.runIf(runBrowser)('plan indicators on the staff dashboard', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    ({ browser, server } = await startSeededDashboard());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints the sentences, copies one from the keyboard and defines the words', async () => {
    const { page, errors, close } = await signInToDashboard(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });

    const access = page.locator('.indicator[data-id="access"]');
    const sentence = (await access.locator('.indicator-sentence').textContent()) ?? '';
    expect(sentence).toMatch(/^こころの体温計アクセス数：[\d,]+件（前年度同時期アクセス数：[\d,]+件）$/);
    expect(await page.locator('.indicator[data-id="self-teens"] .indicator-sentence').textContent()).toMatch(
      /^『こころの体温計』本人モード、10代の利用者数（\d+(～\d+)?月）：[\d,]+件（前年度同期間：[\d,]+件）$/,
    );

    const copy = page.getByRole('button', { name: 'こころの体温計アクセス数の文をコピー' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.indicators [role="status"]').textContent(), SLOW).toBe('コピーしました：こころの体温計アクセス数');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
    expect((await copy.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

    const label = access.locator('.term-label');
    const tip = access.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await label.focus();
    expect(await tip.isVisible()).toBe(true);
    await mkdir(join('test-results', 'screens'), { recursive: true });
    await page.locator('.indicators').screenshot({ path: join('test-results', 'screens', 'staff-indicators.png') });
    expect(await tip.textContent()).toContain('アクセス数：');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    const words = await page.locator('.terms dt').allTextContents();
    expect(words).toEqual(['アクセス数', '開始数', '完了数', '利用者数', 'タップ数']);
    expect(await page.locator('.terms dd').nth(3).textContent()).toContain('人数ではありません');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
