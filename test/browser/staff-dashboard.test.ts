/**
 * Staff dashboard in Chromium against the whole local service (staff API,
 * development issuer, dashboard pages): known events go in through the
 * counter store, staff sign in through the issuer's page and must see exactly
 * those figures with last year's beside them, download both CSVs (BOM,
 * figures, 5未満), and an admin registers a channel, gets a QR code that
 * decodes back to the channel's address, and archives it. axe must find nothing.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsQR from 'jsqr';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/start';
import { monthDefaults } from '../../frontend/staff/period/choice';
import { jaDate } from '../../frontend/staff/view/format';
import { monthRange, periodName, reiwaLabel } from '../../shared/periods';
import { jstParts } from '../../shared/time';
import { axeViolations, runBrowser } from './harness';
import { seededFiscalYear, signInToDashboard, startSeededDashboard, TRUTH } from './staff-seed';


/** A shared 2-core machine can take a few seconds to answer; polling longer is not a timing assertion. */
const SLOW = { timeout: 60_000 };

/** The whole page, and the first 1280×900 screen as staff see it on opening. */
const shot = async (page: Page, name: string) => {
  await mkdir(join('test-results', 'screens'), { recursive: true });
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true });
  await page.screenshot({ path: join('test-results', 'screens', `${name}-screen.png`) });
};

const downloadedBytes = async (download: Download): Promise<Buffer> => readFileSync(await download.path());

describe.runIf(runBrowser)('staff dashboard in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    ({ browser, server } = await startSeededDashboard());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = (username: string, password: string) => signInToDashboard(browser, server, { username, password });

  it('shows staff the seeded figures beside last year, with CSVs that carry them', async () => {
    const { page, errors, close } = await signIn('staff@matsudo', 'matsudo-staff-dev');
    // The dashboard opens on month-end figures (月末実績): April to the last complete month, in 令和.
    const { from, to } = monthDefaults(jstParts(new Date()).date);
    const range = monthRange(from, to);

    // The token never stays in the address bar, history entry or storage.
    expect(page.url()).toBe(`${server.url}/staff/`);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie.length])).toEqual([0, 0, 0]);
    expect(await page.locator('h1').textContent()).toBe(`利用状況：${periodName(range.start, range.end)}`);
    const periodText = await page.locator('.period').textContent();
    expect(periodText).toContain(`集計期間：${periodName(range.start, range.end)}（${jaDate(range.start)}～${jaDate(range.end)}）`);
    expect(periodText).not.toContain('前日まで');

    const card = (key: string) => page.locator(`[data-key="${key}"]`);
    expect(await card('views').locator('.card-prev').textContent()).toBe(`前年度同時期：${TRUTH.previous.views}件`);
    expect(await card('views').locator('.card-change').textContent()).toBe('増減：+4（+50.0%）');
    expect(await card('completions').locator('.card-value').textContent()).toBe(`${TRUTH.current.completions}件`);
    expect(await card('completions').locator('.card-prev').textContent()).toBe(`前年度同時期：${TRUTH.previous.completions}件`);
    expect(await card('helplineTaps').locator('.card-value').textContent()).toBe(`${TRUTH.current.helplineTaps}件`);
    // 10代 stands out in the age table: both modes summed, row marked.
    const teens = page.locator('#ages-title ~ .pair tr.highlight');
    expect(await teens.locator('th').textContent()).toBe('10代');
    expect(await teens.locator('td').first().textContent()).toBe(String(TRUTH.current.teens));
    // Staff (not admin) never see channel management.
    expect(await page.getByRole('heading', { name: '経路（QRコード）の管理' }).count()).toBe(0);

    await shot(page, 'staff-dashboard');
    expect(await axeViolations(page)).toEqual([]);

    // Tap targets: every control at least 44 px tall (radio buttons through their label).
    const small = await page.$$eval('button, select, input:not([type=radio]), label.radio', (els) =>
      els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);

    // Full CSV, started from the keyboard.
    await page.getByRole('button', { name: '集計CSV（全数・庁内用）' }).focus();
    const [full] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // Line 1 of each file says what it is (庁内用 / 公表用), and so does its name.
    expect(full.suggestedFilename()).toMatch(/^kokoro-check_matsudo_R\d+-.*_庁内用\.csv$/);
    const bytes = await downloadedBytes(full);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[];
    const views = rows.find((r) => r['区分'] === '概要' && r['項目'] === 'アクセス数');
    expect(views).toMatchObject({ 件数: String(TRUTH.current.views), 前年度同期間: String(TRUTH.previous.views), 増減: '4' });

    const [published] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '公表用CSV（少ない数を伏せる）' }).click()]);
    expect(published.suggestedFilename()).toMatch(/_公表用\.csv$/);
    const pubRows = parse((await downloadedBytes(published)).subarray(3).toString('utf8'), { columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[];
    expect(pubRows.find((r) => r['区分'] === '概要' && r['項目'] === 'チェック完了数')).toMatchObject({ 件数: '5', 前年度同期間: '5未満' });

    // The fiscal year that holds those months, from the keyboard-operable picker: the same seeded figures.
    const fy = seededFiscalYear(new Date());
    await page.getByRole('radio', { name: '年度' }).check();
    await page.getByLabel('年度を選ぶ').selectOption(String(fy));
    await page.getByRole('button', { name: 'この期間を表示' }).click();
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(`利用状況：${reiwaLabel(fy)}`);
    expect(await card('views').locator('.card-value').textContent()).toBe(`${TRUTH.current.views}件`);

    // A4 portrait inside 12 mm margins is about 718 CSS pixels wide.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    await shot(page, 'staff-dashboard-print');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets an admin register a channel and download QR codes that decode to its address', async () => {
    const { page, errors, close } = await signIn('admin@matsudo', 'matsudo-admin-dev');
    const tag = 'sticker-cityhall-1f';
    const label = '市役所1階トイレ ステッカー';
    await page.getByLabel('タグ（半角英小文字・数字・ハイフン）').fill(tag);
    await page.getByLabel('名前（QRコードの下に印刷されます）').fill(label);
    await page.getByLabel('種類').selectOption('sticker');
    await page.getByRole('button', { name: '経路を登録' }).click();
    await expect.poll(() => page.locator('.channel-list li').count(), SLOW).toBe(1);
    const expectedUrl = `${server.url}/t/matsudo/?src=${tag}`;
    expect(await page.locator('.channel-list .url').textContent()).toBe(expectedUrl);
    // The report reloads, so the new channel has its own row (zero so far) in the channel figures.
    await expect.poll(() => page.locator('#sources-title ~ .pair tbody th').allTextContents(), SLOW).toContain(label);
    await shot(page, 'staff-admin-channels');
    expect(await axeViolations(page)).toEqual([]);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `ステッカー用 PNG：${label}` }).click()]);
    expect(png.suggestedFilename()).toBe(`qr-matsudo-${tag}-sticker.png`);
    const image = PNG.sync.read(await downloadedBytes(png));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(expectedUrl);

    // The SVG for print shops, rasterised by the browser itself and decoded the same way.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `A4チラシ用 SVG：${label}` }).click()]);
    const svgText = (await downloadedBytes(svg)).toString('utf8');
    expect(svgText).toContain(label);
    const rendered = await page.evaluate(async (source) => {
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(source)))}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 700;
      canvas.height = Math.round((700 * img.naturalHeight) / img.naturalWidth);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png');
    }, svgText);
    const raster = PNG.sync.read(Buffer.from(rendered.replace(/^data:image\/png;base64,/, ''), 'base64'));
    expect(jsQR(new Uint8ClampedArray(raster.data), raster.width, raster.height)?.data).toBe(expectedUrl);

    // Archiving asks once more, by keyboard too; afterwards the channel is listed as archived and its figures keep their own row, marked.
    await page.getByRole('button', { name: `アーカイブ：${label}` }).click();
    const confirm = page.getByRole('group', { name: `「${label}」のアーカイブの確認` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('アーカイブする');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'staff-admin-archive');
    await confirm.getByRole('button', { name: 'やめる' }).click();
    expect(await page.locator('.channel-list li').count()).toBe(1);
    await page.getByRole('button', { name: `アーカイブ：${label}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('アーカイブする');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.channels .status').textContent(), SLOW).toContain('アーカイブしました');
    await expect.poll(() => page.locator('.channel-list.archived li').count(), SLOW).toBe(1);
    expect(await page.locator('.channels .status').textContent()).toContain('この経路の名前（アーカイブ済み）のまま集計に残ります');
    await expect.poll(() => page.locator('#sources-title ~ .pair tbody th').allTextContents(), SLOW).toContain(`${label}（アーカイブ済み）`);
    expect(errors).toEqual([]);
    await close();
    // The PNG is rasterised with a full CJK font on a shared 2-core machine: a budget, not a speed check.
  }, 600_000);

  it('keeps the dashboard out of residents’ pages', async () => {
    const html = await (await fetch(`${server.url}/t/matsudo/`)).text();
    expect(html).not.toContain('/staff/');
    const config = (await (await fetch(`${server.url}/staff/config.json`)).json()) as Record<string, string>;
    expect(config).toEqual({ issuer: `${server.url}/auth/dev`, clientId: 'kokoro-check-local', devSignIn: '/auth/dev/login', redirectUri: `${server.url}/staff/` });
  });
});
