/**
 * @module
 * The prefecture view in Chromium against the whole local service: the dev
 * issuer's prefecture account (staff@chiba) sees 千葉県's served towns with
 * the 公表用 marks, the per-100,000 note for towns without a population
 * figure, and a CSV; it sees no town's own dashboard. axe finds nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, runBrowser } from './harness';
import { startSeededDashboard, TRUTH } from './staff-seed';

const SLOW = { timeout: 60_000 };

describe.runIf(runBrowser)('prefecture view in Chromium', () => {
  let started: Awaited<ReturnType<typeof startSeededDashboard>>;
  beforeAll(async () => {
    started = await startSeededDashboard();
  });
  afterAll(async () => started?.close());

  it('shows prefecture staff the towns with the 公表用 figures, a CSV, and no town dashboard', async () => {
    const context = await started.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${started.server.url}/staff/`);
      await page.getByRole('button', { name: 'ログイン' }).click();
      await page.getByLabel('ユーザー名').fill('staff@chiba');
      await page.getByLabel('パスワード').fill('chiba-pref-dev');
      await page.getByRole('button', { name: 'ログイン' }).click();
      errors.length = 0;
      const section = page.locator('section.prefecture');
      await expect.poll(() => section.locator('h2').textContent(), SLOW).toBe('千葉県の市町村別の利用状況');
      // Locally 千葉県 has two served towns: 松戸市 (12 seeded views) and the test town (none). The test town's 0 reads
      // 5未満, and with one hidden cell the total (12) would give it back, so 松戸市's cell is 秘匿 — the total stays.
      const views = section.locator('table', { has: page.locator('caption', { hasText: 'アクセス数' }) });
      await expect.poll(() => views.locator('tr.total').textContent(), SLOW).toContain(`${TRUTH.current.views}`);
      expect(await views.getByRole('row', { name: /松戸市/ }).textContent()).toContain('秘匿');
      expect(await views.getByRole('row', { name: /検証用/ }).textContent()).toContain('5未満');
      await expect.poll(() => section.textContent(), SLOW).toContain('人口10万人あたりの数値は空欄');
      // The seeded 10代 completions are 2: 5未満 in the prefecture view.
      const teen = section.locator('table', { has: page.locator('caption', { hasText: '10代モード' }) });
      expect(await teen.getByRole('row', { name: /松戸市/ }).textContent()).toMatch(/5未満|秘匿/);
      // No town dashboard for a prefecture account.
      expect(await page.locator('[data-key="views"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: '公表用CSV（市町村別）' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^kokoro-check_pref-chiba_.+_公表用\.csv$/);
      // The figures on screen are the CSV's: the prefecture's アクセス数 total and the entry page's views.
      const rows = parse(await readFile((await download.path()) as string, 'utf8'), { bom: true, columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[];
      const csvCell = (item: string, label: RegExp) => rows.find((r) => r.項目 === item && label.test(r.市町村 ?? ''))?.件数;
      const screenCell = async (caption: string, row: RegExp) =>
        (await section.locator('table', { has: page.locator('caption', { hasText: caption }) }).getByRole('row', { name: row }).locator('td').first().textContent())?.replace(/件$/, '');
      expect(csvCell('アクセス数', /の計/)).toBe(String(TRUTH.current.views));
      expect(await screenCell('アクセス数', /の計/)).toBe(csvCell('アクセス数', /の計/));
      expect(await screenCell('入口ページの表示数', /入口ページ/)).toBe(csvCell('入口ページの表示数', /入口ページ/));
      // The entry page's QR code, for the prefecture's own posters.
      const [qr] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: '入口ページのQRコード（A4用PNG）' }).click()]);
      expect(qr.suggestedFilename()).toBe('qr-pref-chiba-a4.png');
      await expect.poll(() => section.locator('.status').textContent(), SLOW).toBe('入口ページのQRコード（A4用）をダウンロードしました。');
      await mkdir(join('test-results', 'screens'), { recursive: true });
      await section.screenshot({ path: join('test-results', 'screens', 'staff-prefecture.png') });
      // Printed on A4 as a town's dashboard is: the figures and the entry page's views, and none of the buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await section.locator('.buttons').isVisible()).toBe(false);
      expect(await section.locator('table', { has: page.locator('caption', { hasText: '入口ページの表示数' }) }).isVisible()).toBe(true);
      await mkdir(join('test-results', 'print'), { recursive: true });
      // Each sheet names the prefecture, the period and that these are the 公表用 figures.
      expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--kc-print-head'))).toMatch(/^"千葉県 こころチェック 利用状況　.+　公表用（5未満を伏せた数値）"$/);
      await writeFile(join('test-results', 'print', 'prefecture.pdf'), await page.pdf({ format: 'A4' }));
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
