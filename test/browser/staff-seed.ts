/**
 * @module
 * A small known truth for the staff dashboard test, recorded through the
 * counter store exactly as the events API records it: noon (JST) on the 15th
 * of the last complete month, and the first day of that month's fiscal year
 * one year earlier, so the dashboard's default period (April to the last
 * complete month, 月末実績) and its 前年度同期間 both contain known events
 * whatever day the test runs — April included, when the default is the whole
 * fiscal year just ended. The same events are inside that month's fiscal year
 * (`seededFiscalYear`) counted 前日まで.
 */
import type { CountingEvent } from '../../shared/events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { mountStaffWithDashboard } from '../../functions/local/staff-site';
import { startLocalServer, type LocalServer, type LocalServices } from '../../functions/local/start';
import type { CounterStore } from '../../functions/store';
import { ACTION_TIMEOUT_MS, chromiumAvailable, DIST_DIR, launchBrowser } from './harness';
import { fiscalYearOf, lastCompleteMonth } from '../../shared/periods';
import { jstParts } from '../../shared/time';

export const TRUTH = {
  current: { views: 12, starts: 6, completions: 5, teens: 2, helplineTaps: 2 },
  previous: { views: 8, starts: 4, completions: 3 },
} as const;

const id = () => crypto.randomUUID();
const complete = (mode: 'self' | 'teen', ageBand: '10s' | '20s' | '30s' | '40s' | '50s', band: 'low' | 'some' | 'high' | 'veryHigh'): CountingEvent => ({
  type: 'complete',
  id: id(),
  mode,
  ageBand,
  gender: 'na',
  band,
  safetyFlag: false,
  topics: [],
});

const currentEvents = (): CountingEvent[] => [
  ...Array.from({ length: 8 }, (): CountingEvent => ({ type: 'view', id: id() })),
  ...Array.from({ length: 4 }, (): CountingEvent => ({ type: 'view', id: id(), src: 'sticker-test' })),
  ...Array.from({ length: 6 }, (_, i): CountingEvent => ({ type: 'start', id: id(), mode: i < 4 ? 'self' : 'teen' })),
  complete('self', '20s', 'low'),
  complete('self', '30s', 'some'),
  complete('self', '40s', 'high'),
  complete('teen', '10s', 'some'),
  complete('teen', '10s', 'veryHigh'),
  { type: 'helpline_tap', id: id(), helplineId: 'chiba-inochi-no-denwa', mode: 'self', band: 'high' },
  { type: 'helpline_tap', id: id(), helplineId: 'chiba-inochi-no-denwa', mode: 'teen', band: 'veryHigh' },
];

const previousEvents = (): CountingEvent[] => [
  ...Array.from({ length: 8 }, (): CountingEvent => ({ type: 'view', id: id() })),
  ...Array.from({ length: 4 }, (): CountingEvent => ({ type: 'start', id: id(), mode: 'self' })),
  complete('self', '10s', 'low'),
  complete('self', '50s', 'some'),
  complete('teen', '10s', 'low'),
];

/** The day the current events are recorded on: the 15th of the last complete month (JST). */
export const seededDay = (now: Date): string => `${lastCompleteMonth(jstParts(now).date)}-15`;

/** The fiscal year that holds the seeded day: pick it under 年度 to see the same figures. */
export const seededFiscalYear = (now: Date): number => fiscalYearOf(seededDay(now));

export const seedKnownTruth = async (store: CounterStore, now: Date): Promise<void> => {
  const day = seededDay(now);
  const at = new Date(`${day}T12:00:00+09:00`);
  const lastYear = new Date(`${fiscalYearOf(day) - 1}-04-01T12:00:00+09:00`);
  for (const event of currentEvents()) await store.record('matsudo', event, at);
  for (const event of previousEvents()) await store.record('matsudo', event, lastYear);
};

/**
 * What every staff browser suite starts with: Chromium, the whole local service with the dashboard mounted, and the
 * known truth seeded into its store (today's date). `close()` stops both.
 */
export const startSeededDashboard = async (): Promise<{ browser: Browser; server: LocalServer; store: CounterStore; services: LocalServices; close(): Promise<void> }> => {
  expect(chromiumAvailable, 'Chromium is required under CI=true').toBe(true);
  expect(existsSync(join(DIST_DIR, 'staff', 'index.html')), 'run `npm run build` first (it builds the dashboard with vite.staff.config.ts)').toBe(true);
  const mount = mountStaffWithDashboard(DIST_DIR, { quiet: true });
  let services: LocalServices | undefined;
  const [browser, server] = await Promise.all([
    launchBrowser(),
    startLocalServer({ port: 0, distDir: DIST_DIR, extend: (app, given) => ((services = given), mount(app, given)) }),
  ]);
  if (!services) throw new Error('local server did not expose its store');
  const { store } = services;
  await seedKnownTruth(store, new Date());
  return {
    browser,
    server,
    store,
    services,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
};

/**
 * A desk-sized page signed in through the development issuer, waiting until the seeded figures are up.
 * `errors` collects the dashboard's own console errors and page errors from then on.
 */
export const signInToDashboard = async (
  browser: Browser,
  server: LocalServer,
  { username = 'staff@matsudo', password = 'matsudo-staff-dev', timeout = 60_000, permissions = [] as string[] } = {},
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
  // A CSV or PNG download took over Playwright's default 30 s at load 16.
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  if (permissions.length > 0) await context.grantPermissions(permissions, { origin: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/staff/`);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByLabel('ユーザー名').fill(username);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect.poll(() => page.locator('[data-key="views"] .card-value').textContent(), { timeout }).toBe(`${TRUTH.current.views}件`);
  // The issuer's page has no favicon: only the dashboard's own complaints count.
  errors.length = 0;
  return { page, errors, close: () => context.close() };
};
