/**
 * The staff dashboard on paper and as pictures for Word, in Chromium against
 * the whole local service with a whole fiscal year of the synthetic demo data
 * (and the year before, for 前年度同期間): the printed A4 report (page.pdf with
 * print media) has at most four pages, each naming the municipality, the
 * period, the view (庁内用) and 出力日 with its page number 「n / N」, and no
 * page is nearly empty; a figure never wraps away from its unit; each chart
 * panel's SVG download parses and carries its title and period, its PNG is a
 * real PNG twice the chart's size; the dark theme passes axe and printing
 * stays light. The pages are rendered to PNG (test-results/print/) for a
 * person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountStaffWithDashboard } from '../../functions/local/staff-site';
import { startLocalServer, type LocalServer } from '../../functions/local/start';
import { createDynamoChannelStore } from '../../functions/staff';
import { DEMO_CHANNELS, demoEvents } from '../../scripts/demo-events';
import { fiscalYearOf, fiscalYearRange, lastCompleteDay, reiwaLabel } from '../../shared/periods';
import { jstParts } from '../../shared/time';
import { ACTION_TIMEOUT_MS, axeViolations, chromiumAvailable, DIST_DIR, launchBrowser, runBrowser } from './harness';

const SLOW = { timeout: 60_000 };
const OUT = join('test-results', 'print');
/** The last whole fiscal year; the demo data runs from the year before it (for the comparison) to yesterday (for the indicators). */
const FY = fiscalYearOf(jstParts(new Date()).date) - 1;
/** Fewer visits a day than `npm run seed:demo` (30) keeps seeding short; the rows and months are the same. */
const PER_DAY = 12;

/** Poppler's tools read the PDF as a person's viewer would; .ci/run installs them. */
const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
const popplerAvailable = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdftoppm');

const downloadedBytes = async (download: Download): Promise<Buffer> => readFileSync(await download.path());

describe.runIf(runBrowser)('staff dashboard printed and exported', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    expect(chromiumAvailable, 'Chromium is required under CI=true').toBe(true);
    expect(popplerAvailable, 'poppler-utils (pdftotext, pdfinfo, pdftoppm) are required: apt-get install poppler-utils').toBe(true);
    expect(existsSync(join(DIST_DIR, 'staff', 'index.html')), 'run `npm run build` first').toBe(true);
    const mount = mountStaffWithDashboard(DIST_DIR, { quiet: true });
    let seed: Promise<void> | undefined;
    const [b, s] = await Promise.all([
      launchBrowser(),
      startLocalServer({
        port: 0,
        distDir: DIST_DIR,
        extend: async (app, services) => {
          await mount(app, services);
          seed = (async () => {
            const from = fiscalYearRange(FY - 1).start;
            const channels = createDynamoChannelStore({ dynamo: services.dynamo, tableName: services.tableName });
            for (const channel of DEMO_CHANNELS) await channels.add('matsudo', { ...channel, createdOn: from });
            let batch: Promise<unknown>[] = [];
            for (const { at, event } of demoEvents(from, lastCompleteDay(jstParts(new Date()).date), PER_DAY)) {
              batch.push(services.store.record('matsudo', event, at));
              if (batch.length === 64) await Promise.all(batch.splice(0));
            }
            await Promise.all(batch);
          })();
        },
      }),
    ]);
    [browser, server] = [b, s];
    await seed;
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}) => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true,
      colorScheme: options.colorScheme ?? 'light',
    });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/staff/`);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByLabel('ユーザー名').fill('staff@matsudo');
    await page.getByLabel('パスワード').fill('matsudo-staff-dev');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.locator('[data-key="views"] .card-value').waitFor();
    // The whole last fiscal year.
    await page.getByRole('radio', { name: '年度' }).check();
    await page.getByLabel('年度を選ぶ').selectOption(String(FY));
    await page.getByRole('button', { name: 'この期間を表示' }).click();
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(`利用状況：${reiwaLabel(FY)}`);
    await page.locator('#monthly-title').waitFor();
    errors.length = 0;
    return { page, errors, close: () => context.close() };
  };

  /** How a printed page looks: how far down its text and pictures reach (0–1, the foot's page number left out) and its mean ink (0–1). */
  const pageLooks = (png: string): { reach: number; ink: number } => {
    const { width, height, data } = PNG.sync.read(readFileSync(png));
    // The page number sits in the bottom margin (13 mm of 297).
    const body = Math.floor(height * (1 - 13 / 297));
    let last = 0;
    let ink = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const dark = 1 - (0.299 * (data[i] ?? 255) + 0.587 * (data[i + 1] ?? 255) + 0.114 * (data[i + 2] ?? 255)) / 255;
        ink += dark;
        if (dark > 0.2 && y < body) last = y;
      }
    }
    return { reach: last / height, ink: ink / (width * height) };
  };

  const printPdf = async (page: Page, name: string): Promise<{ path: string; pages: string[]; looks: { reach: number; ink: number }[] }> => {
    await page.emulateMedia({ media: 'print' });
    const path = join(OUT, `${name}.pdf`);
    await writeFile(path, await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    const count = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [path]))?.[1]);
    const pages = Array.from({ length: count }, (_, i) => poppler('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-']));
    // Pictures of the pages, for a person to look at.
    poppler('pdftoppm', ['-png', '-r', '60', path, join(OUT, name)]);
    const pictures = pages.map((_, i) => join(OUT, `${name}-${String(i + 1).padStart(String(count).length, '0')}.png`));
    return { path, pages, looks: pictures.map(pageLooks) };
  };

  it('prints a fiscal year on at most four A4 pages, each with the town, period, view, 出力日 and its number', async () => {
    const { page, errors, close } = await signIn();
    const { pages, looks } = await printPdf(page, 'fiscal-year');
    expect(pages.length).toBeLessThanOrEqual(4);
    pages.forEach((text, i) => {
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      // The first line is the page's header, the last its number.
      expect(lines[0], `page ${i + 1}`).toMatch(new RegExp(`^松戸市 こころチェック 利用状況\\s+${reiwaLabel(FY)}（.+）\\s+庁内用（全数）\\s+出力日：令和\\d+年\\d+月\\d+日$`));
      expect(lines.at(-1)?.replace(/\s/g, ''), `page ${i + 1}`).toBe(`${i + 1}/${pages.length}`);
    });
    // The figures are all there: the month table's last month and the channel table.
    expect(pages.join('\n')).toContain(`令和${FY + 1 - 2018}年3月`);
    // A long channel name wraps inside its cell (pdftotext reads it line by line beside the other columns).
    expect(pages.join('\n')).toContain('【デモ】市内中学');
    expect(pages.join('\n')).toContain('学校配布物計');
    // The age table keeps a column per mode: 20代 has no 10代モード figure (「—」), then its 赤ちゃんママ count, then 家族's (the other person's age, outside the sum).
    expect(pages.join('\n')).toMatch(/^\s*20代(\s+\S+){3}\s+\d+\s+—\s+\d+\s+\d+\s*$/m);
    // 家族's own tables print: its count of signs and who the other person is.
    expect(pages.join('\n')).toContain('選んだサイン 3以上');
    expect(pages.join('\n')).toContain('配偶者・パートナー');
    // No page nearly empty, none heavily inked.
    looks.forEach(({ reach, ink }, i) => {
      expect(reach, `page ${i + 1} reaches only ${Math.round(reach * 100)} % down`).toBeGreaterThan(0.4);
      expect(ink, `page ${i + 1} inked ${Math.round(ink * 100)} %`).toBeLessThan(0.1);
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('saves each chart as an SVG with its title and period and as a PNG at twice its size', async () => {
    const { page, errors, close } = await signIn({ colorScheme: 'dark' });
    const period = `令和${FY - 2018}年4月～令和${FY + 1 - 2018}年3月`;
    for (const title of ['月別のチェック完了数（モード別）', '年代別のチェック完了数', '時間帯別のチェック完了数（日本時間）']) {
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `SVGで保存：${title}のグラフ` }).click()]);
      const fileTitle = title.replace(/\s/g, '');
      expect(svgDownload.suggestedFilename()).toBe(`kokoro-check_matsudo_${fiscalYearRange(FY).start}_${fiscalYearRange(FY).end}_${fileTitle}.svg`);
      const svgText = (await downloadedBytes(svgDownload)).toString('utf8');
      await writeFile(join(OUT, `${fileTitle}.svg`), svgText);
      // Parsed as a standalone SVG file, drawn as an image: its own title, the town and period inside, light colours even from the dark theme.
      const parsed = await page.evaluate(async (source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
        await img.decode();
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          title: doc.querySelector('svg > title')?.textContent ?? null,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          patterns: [...doc.querySelectorAll('pattern')].map((p) => p.id),
          width: img.naturalWidth,
        };
      }, svgText);
      expect(parsed).toMatchObject({ error: null, root: 'svg', title });
      expect(parsed.texts).toContain(`松戸市　${period}　単位：件`);
      expect(parsed.patterns).toEqual(['kc-hatch', 'kc-cross', 'kc-dots', 'kc-stripes']);
      expect(svgText).not.toMatch(/var\(|class=/);
      expect(parsed.width).toBeGreaterThan(0);

      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `PNGで保存：${title}のグラフ` }).click()]);
      expect(pngDownload.suggestedFilename()).toBe(`kokoro-check_matsudo_${fiscalYearRange(FY).start}_${fiscalYearRange(FY).end}_${fileTitle}.png`);
      const png = await downloadedBytes(pngDownload);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      await writeFile(join(OUT, `${fileTitle}.png`), png);
      const image = PNG.sync.read(png);
      expect(image.width).toBe(parsed.width * 2);
      // A white picture with the chart drawn on it, not an empty canvas.
      const dark = [...Array(image.width * image.height).keys()].filter((i) => (image.data[i * 4] ?? 255) < 128).length;
      expect(dark).toBeGreaterThan(1000);
      await expect.poll(() => page.locator(`[aria-labelledby] .chart-downloads [role="status"]`).allTextContents(), SLOW).toContain(`${pngDownload.suggestedFilename()} を保存しました。`);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('has a dark theme axe finds nothing wrong with, and still prints light', async () => {
    const { page, errors, close } = await signIn({ colorScheme: 'dark', width: 390, height: 844 });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(245, 246, 248)');
    await page.screenshot({ path: join(OUT, 'dark-390.png') });
    await page.screenshot({ path: join(OUT, 'dark-390-full.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(OUT, 'dark-1280.png') });
    const { looks } = await printPdf(page, 'fiscal-year-dark');
    looks.forEach(({ ink }, i) => expect(ink, `page ${i + 1} inked ${Math.round(ink * 100)} %`).toBeLessThan(0.1));
    expect(errors).toEqual([]);
    await close();
  });

  it('never wraps a figure away from its unit on paper', async () => {
    const { page, errors, close } = await signIn();
    await page.emulateMedia({ media: 'print' });
    // The width of A4 inside the print margins (186 mm), and narrower, as with a browser's wider default margins.
    const splitAt = (width: number) => page.setViewportSize({ width, height: 1000 }).then(() => page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('svg') || parent.getClientRects().length === 0) continue;
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[+−]?[\d,.]+\s*(件|%|点)/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`${m[0]} in 「${text.trim().slice(0, 60)}」`);
        }
      }
      return found;
    }));
    expect(await splitAt(703)).toEqual([]);
    expect(await splitAt(560)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
