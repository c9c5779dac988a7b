/**
 * @module
 * The page's layout in a real browser, where people in crisis meet it: a
 * small phone or text zoomed to 200 % (a 390×844 phone at 200 % is a 195×422
 * viewport) must keep the top bar one slim row with whole accessible names;
 * the reader's own default text size must carry through to every text; dark
 * mode must be a complete, axe-clean palette on every kind of screen; and in
 * landscape the bar's buttons must line up with the main column.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_TIMEOUT_MS, CHROMIUM_PATH, axeViolations, residentSuite, runBrowser, screenshot } from './harness';

const HELP_NOW = '今すぐ相談したい';
const QUICK_EXIT = 'すぐに閉じる（別のページに切り替えます）';

interface Screen {
  width: number;
  height: number;
  colorScheme?: 'light' | 'dark';
}

const phone = ({ width, height, colorScheme = 'light' }: Screen) =>
  ({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', colorScheme }) as const;

/** The same phone as the harness's phonePage, at other sizes and schemes. */
async function openPage(browser: Browser, url: string, screen: Screen) {
  const context = await browser.newContext(phone(screen));
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return showPage(await context.newPage(), url, () => context.close());
}

/**
 * A phone whose reader has set a larger default text size, as in Chromium's
 * Settings → Appearance → Font size: a profile preference, not a page style
 * (CDP's Page.setFontSizes did not hold for elements rendered later).
 */
async function largerTextPage(url: string, screen: Screen, defaultSize: number) {
  const profile = await mkdtemp(join(tmpdir(), 'kokoro-font-'));
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: defaultSize } } }));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'], ...phone(screen) });
  return showPage(context.pages()[0] ?? (await context.newPage()), url, async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
}

async function showPage(page: Page, url: string, close: () => Promise<void>) {
  await page.goto(url);
  await expect.poll(() => page.getByRole('button', { name: HELP_NOW, exact: true }).isVisible()).toBe(true);
  return { page, close };
}

interface BarButton {
  text: string;
  lines: number;
  width: number;
  height: number;
  left: number;
  right: number;
}

/** The bar's height and, per button, its visible text, how many lines that text takes and its box. */
const measureBar = (page: Page) =>
  page.locator('header.bar').evaluate((bar) => ({
    height: bar.getBoundingClientRect().height,
    buttons: [...bar.querySelectorAll('button')].map((b): BarButton => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const box = b.getBoundingClientRect();
      return { text: b.innerText.trim(), lines: tops.size, width: box.width, height: box.height, left: box.left, right: box.right };
    }),
  }));

const pick = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
const next = (page: Page) => page.getByRole('button', { name: '次へ', exact: true }).click();
const heading = (page: Page) => page.locator('main h1').textContent();

/** 本人 to the result, as a resident would: no profile answers, six K6 answers, safety no, no topics. */
async function answerToResult(page: Page) {
  await page.getByRole('button', { name: /^本人/ }).click();
  await next(page);
  for (const answer of ['ときどき', '少しだけ', 'ときどき', 'まったくない', '少しだけ', 'ときどき']) {
    await pick(page, answer);
    await next(page);
  }
  await pick(page, 'なかった');
  await next(page);
  await page.getByRole('button', { name: '結果を見る' }).click();
  await expect.poll(() => heading(page)).toContain('こころの空もよう');
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/[\d.]+/g) ?? []).map((v) => Number(v) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Tabs to the first button (in the bar): its ring must stand out from the bar behind it (3:1). */
async function expectFocusRing(page: Page) {
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { outline: style.outlineColor, width: style.outlineWidth, behind: getComputedStyle(el.closest('.bar') ?? document.body).backgroundColor };
  });
  expect(ring.width).toBe('3px');
  expect(contrast(ring.outline, ring.behind)).toBeGreaterThanOrEqual(3);
}

describe.runIf(runBrowser)('page layout in Chromium', () => {
  const suite = residentSuite();
  const url = () => `${suite.service.url}/t/matsudo/`;

  for (const screen of [
    { width: 195, height: 422, name: '200 % zoom', short: true },
    { width: 320, height: 568, name: 'small phone', short: true },
    { width: 360, height: 800, name: 'common Android phone', short: false },
    { width: 390, height: 844, name: 'phone', short: false },
  ]) {
    it(`keeps the top bar one slim row at ${screen.width}×${screen.height} (${screen.name}), with whole accessible names`, async () => {
      const { page, close } = await openPage(suite.browser, url(), screen);
      const bar = await measureBar(page);
      console.info(`top bar at ${screen.width}×${screen.height}: ${bar.height} px high, ${bar.buttons.map((b) => `「${b.text}」 ${b.width}×${b.height}`).join(', ')}`);
      // At most 15 % of a 422 px screen, whatever the viewport.
      expect(bar.height).toBeLessThanOrEqual(63);
      expect(bar.buttons.map((b) => b.text)).toEqual(screen.short ? ['相談', '閉じる'] : ['今すぐ相談したい', 'すぐに閉じる']);
      for (const b of bar.buttons) {
        expect(b.lines, `「${b.text}」 on one line`).toBe(1);
        expect(Math.min(b.width, b.height), `「${b.text}」 tap target`).toBeGreaterThanOrEqual(44);
      }
      // Whatever the bar shows, a screen reader and voice control get the whole label.
      await expect.poll(() => page.getByRole('button', { name: HELP_NOW, exact: true }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('button', { name: QUICK_EXIT, exact: true }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      await screenshot(page, `layout-${screen.width}x${screen.height}-landing`);
      await expectFocusRing(page);
      if (screen.width === 390) await screenshot(page, 'layout-light-focus');

      await page.getByRole('button', { name: /^本人/ }).click();
      await next(page);
      expect((await measureBar(page)).height).toBe(bar.height);
      await screenshot(page, `layout-${screen.width}x${screen.height}-question`);
      await page.getByRole('button', { name: HELP_NOW, exact: true }).click();
      const alone = await measureBar(page);
      expect(alone.buttons.map((b) => b.lines)).toEqual([1]);
      expect(alone.height).toBeLessThanOrEqual(63);
      await screenshot(page, `layout-${screen.width}x${screen.height}-help`);
      await close();
    });
  }

  it("follows the reader's default text size in body, choices, buttons and cards", async () => {
    /** Font sizes on a question (with the bar) and in the help list's cards. */
    const sizesAt = async (defaultSize?: number) => {
      const screen = { width: 390, height: 844 };
      const { page, close } = defaultSize === undefined ? await openPage(suite.browser, url(), screen) : await largerTextPage(url(), screen, defaultSize);
      const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await page.getByRole('button', { name: /^本人/ }).click();
      await next(page);
      const sizes = { body: await size('body'), bar: await size('.help-now'), heading: await size('main h1'), choice: await size('.choice span'), button: await size('.nav button') };
      const lines = (await measureBar(page)).buttons.map((b) => b.lines);
      await screenshot(page, `layout-text-${defaultSize ?? 16}-question`);
      await page.getByRole('button', { name: HELP_NOW, exact: true }).click();
      const cards = { emergency: await size('.big strong'), cardName: await size('.line h3'), card: await size('.line .desc'), call: await size('.line .action') };
      await screenshot(page, `layout-text-${defaultSize ?? 16}-help`);
      await close();
      return { sizes: { ...sizes, ...cards }, lines };
    };
    const before = await sizesAt();
    const after = await sizesAt(24);
    console.info(`font sizes at the 16 px default: ${JSON.stringify(before.sizes)}; at 24 px: ${JSON.stringify(after.sizes)}`);
    for (const key of Object.keys(before.sizes) as (keyof typeof before.sizes)[]) {
      expect(before.sizes[key], key).toBeGreaterThan(0);
      expect(after.sizes[key] / before.sizes[key], key).toBeCloseTo(1.5, 2);
    }
    // Larger text still leaves the bar one row (with the short words).
    expect(after.lines).toEqual([1, 1]);
  });

  it('follows dark mode on the landing, a question, the help list and a result, axe clean', async () => {
    const { page, close } = await openPage(suite.browser, url(), { width: 390, height: 844, colorScheme: 'dark' });
    const colours = () =>
      page.evaluate(() => {
        const style = (selector: string) => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el) : undefined;
        };
        return { bg: style('body')?.backgroundColor ?? '', ink: style('body')?.color ?? '', scheme: style('html')?.colorScheme ?? '' };
      });
    const start = await colours();
    expect(start.scheme).toBe('light dark');
    expect(contrast(start.ink, 'rgb(0, 0, 0)')).toBeGreaterThan(contrast(start.bg, 'rgb(0, 0, 0)'));
    await screenshot(page, 'layout-dark-landing');
    expect(await axeViolations(page)).toEqual([]);

    await expectFocusRing(page);
    await screenshot(page, 'layout-dark-focus');

    await page.getByRole('button', { name: /^本人/ }).click();
    await next(page);
    // The nudge, and then a checked choice.
    await next(page);
    await expect.poll(() => page.locator('.nudge').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'layout-dark-nudge');
    await pick(page, 'ときどき');
    await screenshot(page, 'layout-dark-question');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: HELP_NOW, exact: true }).click();
    expect(await heading(page)).toContain(HELP_NOW);
    await screenshot(page, 'layout-dark-help');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url());
    await answerToResult(page);
    await screenshot(page, 'layout-dark-result');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('lines the top bar up with the main column in landscape', async () => {
    const { page, close } = await openPage(suite.browser, url(), { width: 844, height: 390 });
    const column = await page.locator('main').evaluate((main) => {
      const box = main.getBoundingClientRect();
      const style = getComputedStyle(main);
      return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
    });
    const bar = await measureBar(page);
    console.info(`landscape: main column text ${column.left}–${column.right} px, bar buttons ${bar.buttons[0]?.left}–${bar.buttons.at(-1)?.right} px, bar ${bar.height} px high`);
    expect(bar.buttons[0]?.left).toBeCloseTo(column.left, 0);
    expect(bar.buttons.at(-1)?.right).toBeCloseTo(column.right, 0);
    expect(bar.height).toBeLessThanOrEqual(63);
    await screenshot(page, 'layout-landscape-landing');
    await close();
  });
});
