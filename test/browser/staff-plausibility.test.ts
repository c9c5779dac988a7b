/**
 * @module
 * Flagged hours and exclusions on the dashboard, in Chromium against the
 * whole local service: a flood of completions in one night hour of the
 * seeded day, assessed by the nightly check; an admin sees the hour, takes
 * the day out with a reason, sees the figures drop by exactly the flood and
 * say what they leave out, then withdraws it and gets the figures back.
 * A staff-only account sees the hour but cannot exclude. axe finds nothing.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoPlausibilityStore } from '../../functions/plausibility';
import { eraDateLabel } from '../../shared/periods/era';
import type { CountingEvent } from '../../shared/events';
import { axeViolations, runBrowser } from './harness';
import { seededDay, signInToDashboard, startSeededDashboard, TRUTH } from './staff-seed';

const SLOW = { timeout: 60_000 };
const FLOOD = 25;
const REASON = '深夜3時台に同じ回答が集中したため（機械的な送信と判断）';

const shot = async (page: Page, name: string) => {
  await mkdir(join('test-results', 'screens'), { recursive: true });
  await page.locator('section.plausibility').screenshot({ path: join('test-results', 'screens', `${name}.png`) });
};
const completionsCard = (page: Page) => page.locator('[data-key="completions"] .card-value').textContent();

describe.runIf(runBrowser)('flagged hours and exclusions on the dashboard', () => {
  let started: Awaited<ReturnType<typeof startSeededDashboard>>;
  const now = new Date();
  const day = seededDay(now);
  const hourLabel = `${eraDateLabel(day)} 3時台`;

  beforeAll(async () => {
    started = await startSeededDashboard();
    for (let i = 0; i < FLOOD; i++) {
      const event: CountingEvent = { type: 'complete', id: crypto.randomUUID(), mode: 'teen', ageBand: '10s', gender: 'na', band: 'veryHigh', safetyFlag: true, topics: [] };
      await started.store.record('matsudo', event, new Date(`${day}T03:${String(i).padStart(2, '0')}:00+09:00`));
    }
    // The nightly check, run as it would the morning after the seeded day.
    const plausibility = createDynamoPlausibilityStore({ dynamo: started.services.dynamo, tableName: started.services.tableName, counters: started.store });
    const morningAfter = new Date(new Date(`${day}T00:00:00+09:00`).getTime() + 26 * 3600_000);
    const assessed = await plausibility.assessClosedDays('matsudo', morningAfter, 1);
    expect(assessed.flatMap((a) => a.flagged)).toEqual([{ hour: 3, completions: FLOOD }]);
  });
  afterAll(async () => started?.close());

  it('lets an admin exclude the flagged day with a reason and withdraw it, the figures following exactly', async () => {
    const { page, errors, close } = await signInToDashboard(started.browser, started.server, { username: 'admin@matsudo', password: 'matsudo-admin-dev' });
    try {
      const section = page.locator('section.plausibility');
      const row = section.getByRole('row', { name: new RegExp(hourLabel) });
      await expect.poll(() => row.textContent(), SLOW).toContain(`${FLOOD}件`);
      await expect.poll(() => completionsCard(page), SLOW).toBe(`${TRUTH.current.completions + FLOOD}件`);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'staff-plausibility-flagged');

      await row.getByRole('button', { name: /この日を除外する/ }).click();
      const form = section.locator('form.exclusion-form');
      await expect.poll(() => form.getByLabel('最初の日').inputValue(), SLOW).toBe(day);
      await form.getByLabel(/理由/).fill(REASON);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'staff-plausibility-form');
      await form.getByRole('button', { name: '除外する' }).click();

      // The whole seeded day is left out: the flood and the seeded completions of that day alike.
      await expect.poll(() => completionsCard(page), SLOW).toBe('0件');
      await expect.poll(() => page.locator('.exclusion-note').textContent(), SLOW).toContain(`${eraDateLabel(day)}（理由：${REASON}）の記録を除いています`);
      await expect.poll(() => row.textContent(), SLOW).toContain('除外済み');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'staff-plausibility-excluded');

      await section.getByRole('button', { name: new RegExp(`除外を取り消す`) }).click();
      await expect.poll(() => completionsCard(page), SLOW).toBe(`${TRUTH.current.completions + FLOOD}件`);
      await expect.poll(() => page.locator('.exclusion-note').count(), SLOW).toBe(0);
      await expect.poll(() => section.locator('details summary').textContent(), SLOW).toBe('取り消した除外（1件）');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a staff-only account the hour without any way to exclude', async () => {
    const { page, errors, close } = await signInToDashboard(started.browser, started.server);
    try {
      const section = page.locator('section.plausibility');
      await expect.poll(() => section.getByRole('row', { name: new RegExp(hourLabel) }).count(), SLOW).toBe(1);
      expect(await section.getByRole('button').count()).toBe(0);
      expect(await page.locator('form.exclusion-form').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
