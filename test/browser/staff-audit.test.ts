/**
 * @module
 * The admin's 操作記録 panel in Chromium against the whole local service: an
 * admin's own report view and CSV downloads appear, newest first, with the
 * time in 令和 (Japan time), the sign-in name and role, the action and its
 * target in Japanese words, in a captioned table with header cells; the
 * panel is reached and refreshed from the keyboard, axe finds nothing, and
 * it stays out of print. A staff-only account never sees it nor asks for it.
 * The screenshots are for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/start';
import { ACTION_TIMEOUT_MS, axeViolations, runBrowser } from './harness';
import { startSeededDashboard } from './staff-seed';

/** A shared 2-core machine can take a few seconds to answer; polling longer is not a timing assertion. */
const SLOW = { timeout: 60_000 };
const HEADING = '操作記録';

describe.runIf(runBrowser)('the 操作記録 panel in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, server, close } = await startSeededDashboard());
  });
  afterAll(async () => close?.());

  const signIn = async (username: string, password: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/staff/`);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.locator('main > .status').textContent(), SLOW).toContain('の集計を表示しました');
    errors.length = 0;
    return { page, errors, requests, close: () => context.close() };
  };
  const rows = (page: Page) => page.locator('section.audit-log table tbody tr');
  const cells = async (page: Page) => (await rows(page).all()).map((row) => row.locator('th, td').allTextContents());

  it('shows an admin what was viewed and saved, newest first, in Japanese, axe clean and out of print', async () => {
    const { page, errors, close } = await signIn('admin@matsudo', 'matsudo-admin-dev');
    const panel = page.locator('section.audit-log');
    expect(await page.getByRole('heading', { name: HEADING, exact: true }).count()).toBe(1);

    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '集計CSV（全数・庁内用）' }).click()]);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '公表用CSV（少ない数を伏せる）' }).click()]);
    // Refreshed from the keyboard: the button is reachable and works with Enter.
    await page.getByRole('button', { name: '最新の記録を表示' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await Promise.all(await cells(page))).map((r) => r[2]).slice(0, 2), SLOW).toEqual(['CSVを保存（公表用）', 'CSVを保存（庁内用）']);

    const table = await Promise.all(await cells(page));
    const actions = table.map((r) => r[2]);
    expect(actions).toContain('集計を表示');
    expect(actions).toContain('操作記録を表示');
    for (const [when, who, , what] of table) {
      expect(when).toMatch(/^令和\d+年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}:\d{2}$/);
      expect(who).toBe('admin@matsudo（管理者）');
      expect(what).toMatch(/^(令和.+|令和\d+年\d+月分|—)$/);
    }
    // The two CSVs name the period the dashboard shows.
    expect(table[0]?.[3]).toMatch(/^令和\d+年\d{1,2}月/);
    // Newest first, by the machine-readable times.
    const times = await panel.locator('tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());

    expect(await panel.locator('caption').textContent()).toMatch(/^操作記録（令和\d+年\d{1,2}月、新しい順、日時は日本時間）$/);
    expect(await panel.locator('thead th[scope="col"]').allTextContents()).toEqual(['日時', 'アカウント', '操作', '対象']);
    expect(await panel.locator('tbody th[scope="row"]').count()).toBe(table.length);
    expect(await panel.textContent()).toContain('住民の回答や、接続元（IPアドレスなど）は記録していません');
    expect(await page.getByRole('button', { name: /^次の月/ }).isDisabled()).toBe(true);

    await mkdir(join('test-results', 'screens'), { recursive: true });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join('test-results', 'screens', 'staff-audit-panel.png') });
    expect(await axeViolations(page)).toEqual([]);

    // An earlier month: nothing recorded there, said in words; then back.
    await page.getByRole('button', { name: /^前の月/ }).click();
    await expect.poll(() => panel.locator('p:not(.note):not(.status)').textContent(), SLOW).toMatch(/^令和\d+年\d{1,2}月の操作記録はありません。$/);
    expect(await page.getByRole('button', { name: /^次の月/ }).isDisabled()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await panel.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('never shows a staff-only account the panel, nor asks the API for it', async () => {
    const { page, errors, requests, close } = await signIn('staff@matsudo', 'matsudo-staff-dev');
    expect(await page.getByRole('heading', { name: HEADING, exact: true }).count()).toBe(0);
    expect(await page.locator('section.audit-log').count()).toBe(0);
    expect(requests.filter((p) => p.endsWith('/audit'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
