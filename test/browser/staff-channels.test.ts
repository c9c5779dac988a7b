/**
 * @module
 * The admin's channel management in Chromium against the whole local
 * service: a CSV import with a bad row is refused with the row named and
 * nothing registered; the corrected file (uploaded, as Excel saves it) adds
 * three schools at once; the channel table then shows each school's kind,
 * copies, accesses, completion rate and accesses per 100 copies, and the
 * kind totals; an edit changes the name and copies (never the tag); an
 * archived channel keeps its row, marked, and offers no QR code until
 * restored. axe must find nothing at each step.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/start';
import type { CounterStore } from '../../functions/store';
import type { CountingEvent } from '../../shared/events';
import { ACTION_TIMEOUT_MS, axeViolations, runBrowser } from './harness';
import { seededDay, startSeededDashboard } from './staff-seed';

/** A shared 2-core machine can take a few seconds to answer; polling longer is not a timing assertion. */
const SLOW = { timeout: 60_000 };

const GOOD_CSV = ['タグ,名前,種類,部数,配布先の数', 'school-daiichi,第一中学校 クリアファイル,学校配布物,220,1', 'school-daini,第二中学校 クリアファイル,学校配布物,200,1', 'school-daisan,第三中学校 クリアファイル,school,180,1', ''].join('\r\n');
const BAD_CSV = GOOD_CSV.replace('school-daini,第二中学校 クリアファイル,学校配布物', 'school-daini,第二中学校 クリアファイル,クリアファイル');

describe.runIf(runBrowser)('channel management in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let store: CounterStore;

  beforeAll(async () => {
    ({ browser, server, store } = await startSeededDashboard());
    // Counts stored under a tag not registered yet — as the API stored them before it checked tags at write time (it
    // now stores 未登録 instead); reports fold them into 未登録 until the tag is registered, then show them as that school.
    const at = new Date(`${seededDay(new Date())}T12:00:00+09:00`);
    const view = (): CountingEvent => ({ type: 'view', id: crypto.randomUUID(), src: 'school-daiichi' });
    const complete = (): CountingEvent => ({ type: 'complete', id: crypto.randomUUID(), mode: 'teen', ageBand: '10s', gender: 'na', band: 'low', safetyFlag: false, topics: [], src: 'school-daiichi' });
    for (const event of [...Array.from({ length: 30 }, view), ...Array.from({ length: 6 }, complete)]) await store.record('matsudo', event, at);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signInAsAdmin = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/staff/`);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByLabel('ユーザー名').fill('admin@matsudo');
    await page.getByLabel('パスワード').fill('matsudo-admin-dev');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.locator('#channels-title').count(), SLOW).toBe(1);
    errors.length = 0;
    return { page, errors, close: () => context.close() };
  };

  /** One part of the page, to look at (test-results/screens). */
  const shot = async (page: Page, selector: string, name: string) => {
    await mkdir(join('test-results', 'screens'), { recursive: true });
    await page.locator(selector).screenshot({ path: join('test-results', 'screens', `${name}.png`) });
  };

  /** The channel table's cells of the row headed `head`. */
  const rowCells = (page: Page, panel: string, head: string) =>
    page.locator(`#${panel}-title ~ .pair tbody tr`).filter({ has: page.locator('th', { hasText: head }) }).locator('td').allTextContents();

  it('imports schools from CSV all or nothing, edits, archives and restores them, with the figures following', async () => {
    const { page, errors, close } = await signInAsAdmin();

    // A bad row refuses the whole file: the row is named, nothing is registered.
    await page.getByLabel('CSVの内容（貼り付けても構いません）').fill(BAD_CSV);
    await page.getByRole('button', { name: 'CSVから登録' }).click();
    const alert = page.locator('.channels [role="alert"]');
    await expect.poll(() => alert.textContent(), SLOW).toContain('3行目：種類は');
    expect(await alert.textContent()).toContain('どの経路も登録していません');
    expect(await page.locator('.channel-list li').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Chromium logs the refused request (400) as a console error; that one was asked for.
    expect(errors).toEqual([expect.stringContaining('400')]);
    errors.length = 0;

    // The corrected file, uploaded as Excel's 「CSV UTF-8」 saves it (with a byte-order mark).
    await page.getByLabel('CSVファイルを選ぶ（Excelの「CSV UTF-8」または「CSV」形式）').setInputFiles({ name: 'schools.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${GOOD_CSV}`, 'utf8') });
    await expect.poll(() => page.getByLabel('CSVの内容（貼り付けても構いません）').inputValue()).toContain('school-daisan');
    await page.getByRole('button', { name: 'CSVから登録' }).click();
    await expect.poll(() => page.locator('.channels .status').textContent(), SLOW).toBe('CSVから3件の経路を登録しました。');
    expect(await alert.count()).toBe(0);
    await expect.poll(() => page.locator('.channel-list li').count(), { timeout: 60_000 }).toBe(3);

    // The report reloads: the school's 30 accesses and 6 completions are its own now; 6 ÷ 30 = 20.0 %, 30 per 220 copies = 13.6 per 100.
    await expect.poll(() => rowCells(page, 'sources', '第一中学校 クリアファイル'), SLOW).toEqual(['学校配布物', '220部（1か所）', '30', '0', '6', '0', '20.0%', '0.0%', '13.6件']);
    expect(await page.locator('#sources-title ~ .pair caption').textContent()).toMatch(/^経路別のアクセス数と完了数（多い順）（令和\d+年/);
    // 600 copies in all: 30 accesses are 5.0 per 100.
    expect(await rowCells(page, 'source-kinds', '学校配布物計')).toEqual(['30', '0', '6', '0', '20.0%', '0.0%', '5.0件']);
    expect(await axeViolations(page)).toEqual([]);
    // At a desk's 1280 px the whole table fits, every count beside its unit.
    const table = page.locator('section[aria-labelledby="sources-title"] table');
    expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0) + 1)).toBe(true);
    await shot(page, 'section[aria-labelledby="sources-title"]', 'staff-channel-table');
    await shot(page, 'section[aria-labelledby="source-kinds-title"]', 'staff-channel-kinds');

    // Editing: the name and copies change, the tag is shown as fixed; focus lands in the form.
    await page.getByRole('button', { name: '編集：第一中学校 クリアファイル' }).click();
    const form = page.getByRole('form', { name: '「第一中学校 クリアファイル」の編集' });
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('第一中学校 クリアファイル');
    expect(await form.textContent()).toContain('タグ「school-daiichi」は印刷済みのQRコードに入っているため、変えられません。');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'section.channels', 'staff-channel-edit');
    await form.getByLabel('名前（QRコードの下に印刷されます）').fill('市立第一中学校 クリアファイル');
    await form.getByLabel('配布した部数（分かる場合）').fill('250');
    await form.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('.channels .status').textContent(), SLOW).toBe('「市立第一中学校 クリアファイル」の内容を保存しました。');
    await expect.poll(() => rowCells(page, 'sources', '市立第一中学校 クリアファイル'), SLOW).toEqual(['学校配布物', '250部（1か所）', '30', '0', '6', '0', '20.0%', '0.0%', '12.0件']);

    // Archiving keeps the row, marked, under the channel's own name; no QR code is offered until it is restored.
    await page.getByRole('button', { name: 'アーカイブ：市立第一中学校 クリアファイル' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('アーカイブする');
    await page.getByRole('group', { name: '「市立第一中学校 クリアファイル」のアーカイブの確認' }).getByRole('button', { name: 'アーカイブする' }).click();
    await expect.poll(() => page.locator('.channel-list.archived li').count(), SLOW).toBe(1);
    expect(await page.locator('.channel-list.archived').textContent()).toContain('アーカイブ');
    expect(await page.locator('.channel-list.archived button', { hasText: 'PNG' }).count()).toBe(0);
    await expect.poll(() => rowCells(page, 'sources', '市立第一中学校 クリアファイル（アーカイブ済み）'), SLOW).toContain('30');
    // 未登録 holds only the seed's 4 accesses from an unregistered tag: the school's 30 did not move there.
    expect(await rowCells(page, 'sources', '未登録')).toEqual(['—', '—', '4', '0', '0', '0', '0.0%', '0.0%', '—']);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'section.channels', 'staff-channel-archived');

    await page.getByRole('button', { name: 'アーカイブから戻す：市立第一中学校 クリアファイル' }).click();
    await expect.poll(() => page.locator('.channel-list.archived li').count(), SLOW).toBe(0);
    expect(await page.locator('.channel-list li').count()).toBe(3);
    // 200 % zoom (a 640 px window): the channel tables wrap their headings instead of running off the window.
    await page.setViewportSize({ width: 640, height: 900 });
    await shot(page, 'section[aria-labelledby="sources-title"] table', 'staff-channel-table-zoom200');
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-labelledby="sources-title"] *, [aria-labelledby="source-kinds-title"] *')].filter((e) => e.getBoundingClientRect().right > innerWidth).map((e) => e.tagName),
    );
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 600_000);
});
