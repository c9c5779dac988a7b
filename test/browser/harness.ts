/**
 * @module
 * What the browser tests share: Debian's Chromium (skipped with a loud notice
 * when missing locally, a failure under CI=true), the whole service started
 * in-process on a free port with an in-memory store, a 390×844 phone page
 * that records every request and CSP complaint, axe, and screenshots kept in
 * test-results/screens/ for a human to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startLocalServer, type LocalServer } from '../../functions/local/start';
import { createDynamoChannelStore } from '../../functions/staff';
import type { CounterRow, CounterStore } from '../../functions/store';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Playwright's limit for one action, navigation or awaited event (its default is 30 s). */
export const ACTION_TIMEOUT_MS = 60_000;
export const DIST_DIR = 'dist/frontend';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
export const builtFrontend = existsSync(join(DIST_DIR, 't', 'matsudo', 'index.html'));

/** Browser suites run where Chromium is, and always under CI=true (where a missing browser then fails). */
export const runBrowser = chromiumAvailable || process.env['CI'] === 'true';

if (!chromiumAvailable && process.env['CI'] !== 'true') {
  console.warn(`\n${'!'.repeat(72)}\n!! Browser tests SKIPPED: no Chromium at ${CHROMIUM_PATH}.\n!! Install it (apt-get install chromium) — under CI=true this fails.\n${'!'.repeat(72)}\n`);
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

export interface Service extends LocalServer {
  store: CounterStore;
}

/** The tags resident suites arrive with, registered for matsudo as its staff would; any other tag counts as 未登録. */
export const TEST_CHANNEL_TAGS = ['sticker-test', 'school-test', 'history-test', 'outbox-test'] as const;

/**
 * Events of `kind` (and `mode`) counted from channel `src`: views, starts and completions carry their
 * channel as a marginal on their kind's item (functions/store/keys.ts).
 */
export const countedFrom = (rows: readonly CounterRow[], kind: CounterRow['kind'], src: string, mode?: string): number =>
  rows
    .filter((r) => r.kind === kind && (mode === undefined || r.mode === mode))
    .reduce((n, r) => n + (r.channel[src] ?? 0), 0);

export async function startService(): Promise<Service> {
  let store: CounterStore | undefined;
  const server = await startLocalServer({
    port: 0,
    distDir: DIST_DIR,
    extend: async (_app, services) => {
      store = services.store;
      const channels = createDynamoChannelStore({ dynamo: services.dynamo, tableName: services.tableName });
      await channels.addAll('matsudo', TEST_CHANNEL_TAGS.map((tag) => ({ tag, label: `テスト ${tag}`, kind: 'sticker' as const, createdOn: '2026-01-01' })));
    },
  });
  if (store === undefined) throw new Error('local server did not expose its store');
  return { ...server, store };
}

/**
 * For a resident suite: registers hooks that launch Chromium and start the whole
 * service (built pages required), and close both afterwards. Read the values
 * inside tests, once `beforeAll` has run.
 */
export function residentSuite(): { readonly browser: Browser; readonly service: Service } {
  const suite = {} as { browser: Browser; service: Service };
  beforeAll(async () => {
    expect(chromiumAvailable, 'Chromium is required under CI=true').toBe(true);
    expect(builtFrontend, 'run `npm run build` first (npm test does)').toBe(true);
    [suite.browser, suite.service] = await Promise.all([launchBrowser(), startService()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.service?.close();
  });
  return suite;
}

export interface PhonePage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors such as CSP refusals. */
  errors: string[];
  close(): Promise<void>;
}

export async function phonePage(browser: Browser): Promise<PhonePage> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  // Playwright waits 30 s for an action, navigation or event by default; a busy 2-core machine can take longer.
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  // A tel: link would hand over to a phone app; the tap is still counted by the page's own handler.
  await page.addInitScript(() =>
    document.addEventListener('click', (e) => (e.target as Element | null)?.closest('a[href^="tel:"]') && e.preventDefault(), true),
  );
  return { page, requests, errors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join('test-results', 'screens');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  // Long pages also in phone-screen slices, readable at full size.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; height > 1200 && y < height; y += 844, i++) {
    await page.screenshot({ path: join(dir, `${name}-${i}.png`), fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(844, height - y) } });
  }
}

/** Every visible link, button or field narrower or shorter than a thumb (44 CSS px), by its text. */
export const smallTargets = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('a, button, input')]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ text }) => text),
  );

/** axe-core violations as "rule: target" lines, so a failure says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** Storage the page could have left behind: cookies and every kind of web storage. */
export async function leftovers(page: Page): Promise<{ cookies: number; local: number; session: number; idb: number }> {
  const cookies = (await page.context().cookies()).length;
  const web = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cookie: document.cookie.length,
  }));
  return { cookies: cookies + web.cookie, local: web.local, session: web.session, idb: web.idb };
}
