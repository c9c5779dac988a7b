/**
 * The staff dashboard when things go wrong, in Chromium against the whole
 * local service: a refusal is said in Japanese (never the server's English),
 * a token refused mid-session returns to sign-in, a failed load leaves no
 * figures of another period on screen and offers a retry, the picker's
 * complaint goes once a valid period is chosen, the town is named in the
 * title and header, a skip link leads to the content, the expiry warning
 * comes before the token runs out (the page's clock moved forward), and a
 * staff member who is not an admin can reprint a registered channel's QR code.
 * Refusals are made with page.route where the service cannot be asked to
 * fail on cue; the wrong-tenant refusal is the real API's.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNED_OUT_EXPIRED } from '../../frontend/staff/api/refusals';
import { reiwaSpan } from '../../frontend/staff/view/format';
import type { LocalServer } from '../../functions/local/start';
import { defaultChoice, monthDefaults } from '../../frontend/staff/period/choice';
import { fiscalYearOf, lastCompleteMonth, monthRange } from '../../shared/periods';
import { jstParts } from '../../shared/time';
import { axeViolations, runBrowser } from './harness';
import { seededFiscalYear, startSeededDashboard, TRUTH } from './staff-seed';

/** A shared 2-core machine can take a few seconds to answer; polling longer is not a timing assertion. */
const SLOW = { timeout: 30_000 };
const CHANNEL = { tag: 'flyer-hellowork', label: 'ハローワーク チラシ', kind: 'flyer' } as const;
/** Latin letters a Japanese message may contain: file formats staff know by name. */
const ENGLISH = /[A-Za-z]{3,}/g;
const englishIn = (text: string) => (text.match(ENGLISH) ?? []).filter((w) => !['SVG', 'PNG', 'CSV', 'UTF', 'BOM', 'Excel', 'QR'].includes(w));

describe.runIf(runBrowser)('staff dashboard when things go wrong, in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    ({ browser, server } = await startSeededDashboard());
    // One registered channel, so staff have a QR code to reprint.
    const tokenRes = await fetch(`${server.url}/auth/dev/token`, { method: 'POST', body: JSON.stringify({ username: 'admin@matsudo', password: 'matsudo-admin-dev' }) });
    const { id_token } = (await tokenRes.json()) as { id_token: string };
    const added = await fetch(`${server.url}/api/staff/t/matsudo/channels`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${id_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(CHANNEL),
    });
    expect(added.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async (): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  };

  const signIn = async (page: Page, username = 'staff@matsudo', password = 'matsudo-staff-dev') => {
    await page.goto(`${server.url}/staff/`);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.locator('header.top').count(), SLOW).toBe(1);
  };
  const figuresShown = (page: Page) => expect.poll(() => page.locator('[data-key="views"] .card-value').textContent(), SLOW).toBe(`${TRUTH.current.views}件`);
  const pickMonths = async (page: Page, from: string, to: string) => {
    await page.getByRole('radio', { name: '月の範囲' }).check();
    await page.getByLabel('開始月').selectOption(from);
    await page.getByLabel('終了月').selectOption(to);
    await page.getByRole('button', { name: 'この期間を表示' }).click();
  };
  const today = () => jstParts(new Date()).date;
  const lastMonth = () => lastCompleteMonth(today());
  const fyStartMonth = () => `${fiscalYearOf(`${lastMonth()}-01`)}-04`;
  /** A period other than the default (April to the last complete month), holding the seeded figures: a new request. */
  const pickAnotherPeriod = async (page: Page) => {
    if (defaultChoice(today()).kind === 'fy') return pickMonths(page, lastMonth(), lastMonth());
    await page.getByRole('radio', { name: '年度' }).check();
    await page.getByLabel('年度を選ぶ').selectOption(String(seededFiscalYear(new Date())));
    await page.getByRole('button', { name: 'この期間を表示' }).click();
  };

  it('names the town, leads to the content by a skip link, puts the period in every caption, and passes axe', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page);
    await figuresShown(page);

    await expect.poll(() => page.title(), SLOW).toMatch(/^松戸市 こころチェック 利用状況（令和\d+年(度|\d+月(～\d+月)?)）$/);
    expect(await page.locator('header .brand').textContent()).toBe('松戸市 こころチェック 職員用');

    // The first Tab reaches the skip link, which shows itself, is full size, and moves focus into the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へ移動' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height >= 44).toBe(true);
    await page.screenshot({ path: '/tmp/staff-ui-skip.png' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Every table says which months it counts, in 令和, so a pasted table keeps its period.
    const { from, to } = monthDefaults(today());
    const range = monthRange(from, to);
    const span = reiwaSpan(range.start, range.end);
    const captions = await page.locator('caption').allTextContents();
    expect(captions.length).toBeGreaterThan(4);
    for (const caption of captions) expect(caption).toContain(`（${span}、単位：件）`);
    // The rate per 100 completions always has one decimal and its unit.
    expect(await page.locator('.headline .note').textContent()).toMatch(/^相談窓口タップ率（完了100件あたり）：\d+\.\d件（前年度同時期：\d+\.\d件）$/);
    // The column charts carry their unit.
    expect(await page.locator('#monthly-title ~ .pair svg text').first().textContent()).toBe('（件）');

    await page.screenshot({ path: '/tmp/staff-ui-dashboard.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const small = await page.$$eval('button, select, input:not([type=radio]), label.radio, a', (els) =>
      els.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);

    // 200 % zoom on a 1280 px screen is a 640 px viewport: nothing wider than the window, dark preference included.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: '/tmp/staff-ui-zoom200.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets staff who are not admins download the QR code of a registered channel', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page);
    await figuresShown(page);
    expect(await page.getByRole('heading', { name: '経路（QRコード）の管理' }).count()).toBe(0);
    const section = page.locator('section[aria-labelledby="staff-qr-title"]');
    await expect.poll(() => section.locator('.channel-list li').count(), SLOW).toBe(1);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `A4チラシ用 SVG：${CHANNEL.label}` }).click()]);
    expect(svg.suggestedFilename()).toBe(`qr-matsudo-${CHANNEL.tag}-a4.svg`);
    expect(readFileSync(await svg.path()).toString('utf8')).toContain(CHANNEL.label);
    await expect.poll(() => section.locator('.status').textContent(), SLOW).toContain('ダウンロードしました');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Japanese that the account may not see the town, with none of the server’s English', async () => {
    const { context, page, errors } = await newPage();
    // The account is told it has sample-town (it has not): the real API then refuses the report with 403.
    await page.route('**/api/staff/me', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...((await res.json()) as object), tenants: { 'sample-town': 'staff' } } });
    });
    await signIn(page);
    const alert = page.locator('.load-problem');
    await expect.poll(() => alert.textContent(), SLOW).toContain('このアカウントでは「サンプル町（検証用）」の集計を見ることができません。');
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.locator('header .brand').textContent()).toBe('サンプル町（検証用） こころチェック 職員用');
    expect(englishIn((await page.locator('main').textContent()) ?? '')).toEqual([]);
    await page.screenshot({ path: '/tmp/staff-ui-forbidden.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('returns to sign-in with a Japanese reason when the API refuses the token mid-session', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page);
    await figuresShown(page);
    await page.route('**/api/staff/t/*/report?*', (route) =>
      route.fulfill({ status: 401, json: { error: 'unauthorized', message: 'The token signature does not verify.' }, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }),
    );
    await pickAnotherPeriod(page);
    await expect.poll(() => page.locator('.signin [role="alert"]').textContent(), SLOW).toBe(SIGNED_OUT_EXPIRED);
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.content()).not.toContain('signature');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clears the last period’s figures when a load fails, says why in Japanese, and retries', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page);
    await figuresShown(page);
    let failing = true;
    await page.route('**/api/staff/t/*/report?*', (route) =>
      failing ? route.fulfill({ status: 503, json: { error: 'store_unavailable', message: 'The statistics store is busy. Try again shortly.' }, headers: { 'Retry-After': '5' } }) : route.fallback(),
    );
    await pickAnotherPeriod(page);
    const problem = page.locator('.load-problem');
    await expect.poll(() => problem.textContent(), SLOW).toContain('集計データの読み出しが混み合っています');
    // No figures, headline or CSV buttons of the previous period under the new choice.
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.locator('.panel').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('利用状況');
    expect(englishIn((await page.locator('main').textContent()) ?? '')).toEqual([]);
    await page.screenshot({ path: '/tmp/staff-ui-failed.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    failing = false;
    await page.getByRole('button', { name: 'もう一度読み込む' }).click();
    await figuresShown(page);
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toMatch(/^利用状況：令和/);
    expect(await page.locator('.load-problem').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clears the picker’s complaint once a valid period is chosen', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page);
    await figuresShown(page);
    await pickMonths(page, lastMonth(), fyStartMonth() < lastMonth() ? fyStartMonth() : '2019-04');
    const complaint = page.locator('.picker .problem');
    await expect.poll(() => complaint.textContent(), SLOW).toBe('開始月が終了月より後になっています。');
    await page.getByRole('radio', { name: '年度' }).check();
    await page.getByRole('button', { name: 'この期間を表示' }).click();
    await expect.poll(() => complaint.count(), SLOW).toBe(0);
    await figuresShown(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns politely five minutes before the sign-in runs out, then returns to sign-in', async () => {
    const { context, page, errors } = await newPage();
    // The page's own clock, moved forward: the token's real lifetime is an hour.
    await page.clock.install();
    await signIn(page);
    await figuresShown(page);
    const warning = page.locator('.session-warning');
    expect(await warning.textContent()).toBe('');
    expect(await warning.getAttribute('role')).toBe('status');
    await page.clock.fastForward('55:30');
    await expect.poll(() => warning.textContent(), SLOW).toMatch(/^あと[45]分でログインが切れます。/);
    expect(await page.getByRole('button', { name: 'もう一度ログインする' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/staff-ui-warning.png' });
    expect(await axeViolations(page)).toEqual([]);
    await page.clock.fastForward('05:00');
    await expect.poll(() => page.locator('.signin [role="alert"]').textContent(), SLOW).toBe(SIGNED_OUT_EXPIRED);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
