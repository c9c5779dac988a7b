/**
 * The 公表用 view on screen in Chromium: chosen beside the period, it shows
 * exactly what the published CSV says — the headline cells match the CSV's
 * 概要 rows cell for cell (marks included), a card never reads 「5未満件」,
 * a table row that would re-add a hidden cell reads 「—」 — and says so in
 * words; the 庁内用 view is the default and says it is not for publishing.
 * Monthly access is on screen, each month beside the same month last year.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthDefaults } from '../../frontend/staff/period/choice';
import type { LocalServer } from '../../functions/local/start';
import { eraMonthLabel, monthsBetween } from '../../shared/periods';
import { jstParts } from '../../shared/time';
import { axeViolations, runBrowser } from './harness';
import { signInToDashboard, startSeededDashboard, TRUTH } from './staff-seed';

const SLOW = { timeout: 60_000 };

describe.runIf(runBrowser)('the 公表用 view on the staff dashboard', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    ({ browser, server } = await startSeededDashboard());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the published figures exactly as the 公表用 CSV has them, and monthly access beside last year', async () => {
    const { page, errors, close } = await signInToDashboard(browser, server);
    expect(await page.locator('.view-note').textContent()).toContain('庁内用の表示です');

    // Monthly access: one row per month of the default period, the seeded month holding this period's views.
    const { from, to } = monthDefaults(jstParts(new Date()).date);
    const months = monthsBetween(`${from}-01`, `${to}-01`);
    const rows = page.locator('#monthly-views-title ~ .pair tbody tr');
    expect(await rows.count()).toBe(months.length);
    const last = rows.nth(months.length - 1);
    expect(await last.locator('th').textContent()).toBe(eraMonthLabel(to));
    expect(await last.locator('td').first().textContent()).toBe(String(TRUTH.current.views));
    // Last year's seeded views sit in April, compared with this April.
    const april = rows.first();
    expect(await april.locator('td').nth(1).textContent()).toBe(String(TRUTH.previous.views));

    await page.getByRole('radio', { name: '公表用（少ない数を伏せる）' }).check();
    await expect.poll(() => page.locator('.view-note').textContent(), SLOW).toContain('公表用の表示です');
    const card = (key: string) => page.locator(`[data-key="${key}"]`);
    // 5 completions this period stay a number; last year's 3 read 5未満, without a unit glued to the mark.
    expect(await card('completions').locator('.card-value').textContent()).toBe(`${TRUTH.current.completions}件`);
    expect(await card('completions').locator('.card-prev').textContent()).toBe('前年度同時期：5未満');
    expect(await card('completions').locator('.card-change').textContent()).toBe('増減：—');
    // 10代: two teen-mode completions and none in 本人モード, both under 5: the sum is not re-added.
    const teens = page.locator('#ages-title ~ .pair tr.highlight td');
    expect(await teens.first().textContent()).toBe('—');
    expect(await page.locator('main').textContent()).not.toMatch(/5未満件|秘匿件/);

    // Cell for cell the same as the published file's 概要.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '公表用CSV（少ない数を伏せる）' }).click()]);
    const csv = parse(readFileSync(await download.path()).subarray(3).toString('utf8'), { columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[];
    for (const key of ['views', 'starts', 'completions', 'helplineTaps']) {
      const label = (await card(key).locator('.card-label').textContent()) ?? '';
      const row = csv.find((r) => r['区分'] === '概要' && r['項目'] === label);
      expect(row, label).toBeDefined();
      const value = ((await card(key).locator('.card-value').textContent()) ?? '').replace(/件$/, '').replaceAll(',', '');
      const previous = ((await card(key).locator('.card-prev').textContent()) ?? '').replace(/^前年度同時期：/, '').replace(/件$/, '').replaceAll(',', '');
      expect([value, previous], label).toEqual([row?.['件数'], row?.['前年度同期間']]);
    }

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/staff-published.png', fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
