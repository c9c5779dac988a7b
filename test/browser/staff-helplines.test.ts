/**
 * @module
 * The helpline re-checking panel in Chromium against the whole local service:
 * an admin signs in through the issuer's page and sees every line of the
 * municipality with its source (a new tab, no opener, no referrer), verified
 * date and status, what needs re-checking first; a staff-only account never
 * sees the panel nor asks the API for it. axe must find nothing, and the
 * screenshots are for a person to look at — including one a year on, when
 * the shipped lines have gone stale, drawn from the same review builder the
 * API uses (the local server's clock cannot be moved).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountStaffWithDashboard } from '../../functions/local/staff-site';
import { startLocalServer, type LocalServer } from '../../functions/local/start';
import { buildHelplineReview } from '../../functions/staff/helpline-review';
import { getTenant } from '../../shared/tenants';
import { ACTION_TIMEOUT_MS, axeViolations, chromiumAvailable, DIST_DIR, launchBrowser, runBrowser } from './harness';

/** A shared 2-core machine can take a few seconds to answer; polling longer is not a timing assertion. */
const SLOW = { timeout: 60_000 };
const builtDashboard = existsSync(join(DIST_DIR, 'staff', 'index.html'));
const HEADING = '相談窓口の確認状況';

const shot = async (page: Page, name: string) => {
  await mkdir(join('test-results', 'screens'), { recursive: true });
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true });
  await page.locator('section.helpline-review').screenshot({ path: join('test-results', 'screens', `${name}-panel.png`) });
};

describe.runIf(runBrowser)('helpline re-checking panel in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  const matsudo = getTenant('matsudo');

  beforeAll(async () => {
    expect(chromiumAvailable, 'Chromium is required under CI=true').toBe(true);
    expect(builtDashboard, 'run `npm run build` first (it builds the dashboard with vite.staff.config.ts)').toBe(true);
    const mount = mountStaffWithDashboard(DIST_DIR, { quiet: true });
    [browser, server] = await Promise.all([launchBrowser(), startLocalServer({ port: 0, distDir: DIST_DIR, extend: (app, services) => mount(app, services) })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (username: string, password: string, prepare: (page: Page) => Promise<unknown> = async () => {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await prepare(page);
    await page.goto(`${server.url}/staff/`);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.locator('main > .status').textContent(), SLOW).toContain('の集計を表示しました');
    // Only the dashboard's own complaints count from here (the issuer's page has no favicon).
    errors.length = 0;
    return { page, errors, requests, close: () => context.close() };
  };
  const rows = (page: Page) => page.locator('table.review tbody tr');

  it('shows an admin every line, what needs re-checking first, with sources that open in a new tab', async () => {
    if (!matsudo) throw new Error('matsudo missing');
    const { page, errors, close } = await signIn('admin@matsudo', 'matsudo-admin-dev');
    await expect.poll(() => rows(page).count(), SLOW).toBe(matsudo.helplines.length);
    expect(await page.getByRole('heading', { name: HEADING }).count()).toBe(1);

    // Status words, in order: nothing is stale yet, so the unverified lines lead and the rest follow.
    const statuses = await page.locator('table.review tbody .badge').allTextContents();
    const firstOk = statuses.indexOf('確認済み');
    expect(firstOk).toBeGreaterThan(0);
    expect(statuses.slice(0, firstOk).every((s) => s === '未確認')).toBe(true);
    expect(statuses.slice(firstOk).every((s) => s === '確認済み')).toBe(true);
    const unverified = matsudo.helplines.filter((h) => h.unverified).length;
    expect(await page.locator('.review-counts').textContent()).toBe(`要確認（古い）：0件未確認：${unverified}件確認済み：${matsudo.helplines.length - unverified}件`);

    // An unverified city window without a source: its reason, 出典なし, the date as the dashboard writes dates.
    const pending = matsudo.helplines.find((h) => h.unverified && h.sourceUrl === undefined && h.scope === 'local');
    if (pending === undefined) throw new Error('expected an unsourced unverified window in matsudo');
    const [y, m, d] = pending.verifiedOn.split('-').map(Number);
    const row = page.locator(`tr[data-id="${pending.id}"]`);
    expect(await row.locator('th').textContent()).toBe(pending.name);
    expect(await row.locator('td').nth(1).textContent()).toMatch(new RegExp(`^${y}年${m}月${d}日（(\\d+日前|今日)）$`));
    expect(await row.locator('td').nth(2).textContent()).toBe('出典なし');
    expect(await row.locator('td').nth(3).textContent()).toBe(pending.unverifiedReason);

    // A verified line says when its verification runs out.
    expect(await page.locator('tr[data-id="yorisoi-hotline"] td').nth(1).textContent()).toMatch(/^2026年12月1日（(\d+日前|今日)）再確認の期限：2027年12月1日$/);

    // Every source is a link to the data's own address, in a new tab with neither opener nor referrer.
    const links = await page.locator('table.review a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    const sourced = matsudo.helplines.filter((h) => h.sourceUrl).map((h) => h.sourceUrl);
    expect(links.map((l) => l.href).sort()).toEqual(sourced.map((u) => new URL(u!).href).sort());
    expect(links.every((l) => l.target === '_blank' && l.rel === 'noopener noreferrer')).toBe(true);
    expect(await page.locator('tr[data-id="chiba-inochi-no-denwa"] a').textContent()).toBe('www.city.kamogawa.lg.jp（新しいタブで開きます）');

    await page.locator('section.helpline-review').scrollIntoViewIfNeeded();
    await shot(page, 'staff-helplines-admin');
    expect(await axeViolations(page)).toEqual([]);
    // The printed report stays the report: the re-checking list is for the screen only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.helpline-review').isVisible()).toBe(false);
    await page.pdf({ path: join('test-results', 'staff-dashboard-print.pdf'), format: 'A4', printBackground: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows lines gone stale first, marked in words', async () => {
    if (!matsudo) throw new Error('matsudo missing');
    // The answer the API gives thirteen months on, from the same builder.
    const later = buildHelplineReview(matsudo, '2028-01-10');
    const { page, errors, close } = await signIn('admin@matsudo', 'matsudo-admin-dev', async (p) => {
      await p.route('**/api/staff/t/matsudo/helplines', (route) => route.fulfill({ json: later, headers: { 'cache-control': 'no-store' } }));
    });
    await expect.poll(() => rows(page).count(), SLOW).toBe(matsudo.helplines.length);
    const statuses = await page.locator('table.review tbody .badge').allTextContents();
    expect(statuses[0]).toBe('要確認（古い）');
    expect(statuses.lastIndexOf('要確認（古い）')).toBeLessThan(statuses.indexOf('未確認'));
    expect(statuses).not.toContain('確認済み');
    const first = rows(page).first();
    expect(await first.locator('td').nth(1).textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日（1年1か月前）再確認の期限切れ：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await first.locator('td').nth(3).textContent()).toBe('—');
    await page.locator('section.helpline-review').scrollIntoViewIfNeeded();
    await shot(page, 'staff-helplines-stale');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('never shows a staff-only account the panel, nor asks the API for it', async () => {
    const { page, errors, requests, close } = await signIn('staff@matsudo', 'matsudo-staff-dev');
    expect(await page.getByRole('heading', { name: HEADING }).count()).toBe(0);
    expect(await page.locator('section.helpline-review').count()).toBe(0);
    expect(requests.filter((p) => p.endsWith('/helplines'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
