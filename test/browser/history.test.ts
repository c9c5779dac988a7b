/**
 * The phone's Back and Forward in a real browser at 390×844: each screen of
 * the check is a history step inside the page, Back returns to the previous
 * question with its answer kept and closes the help list, Forward never skips
 * the safety rule, a completion counts once however often Back and Forward
 * pass the result, a reload starts fresh, and after quick exit (button or
 * Escape) neither Back nor Forward returns to an answer.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jstParts } from '../../shared/time';
import { countedFrom, phonePage, residentSuite, runBrowser, screenshot } from './harness';

describe.runIf(runBrowser)('Back and Forward in Chromium', () => {
  const suite = residentSuite();

  const heading = (page: Page) => page.locator('main h1').textContent();
  const next = (page: Page) => page.getByRole('button', { name: '次へ', exact: true }).click();
  const pick = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
  const checked = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).isChecked();
  /** Any answer on screen: a checked radio or checkbox. */
  const answersShown = (page: Page) => page.locator('main input:checked').count();
  const open = async (page: Page, path = '/t/matsudo/') => {
    await page.goto(`${suite.service.url}${path}`);
    // Hydrated: the page has put its first step into history.
    await expect.poll(() => page.evaluate(() => JSON.stringify(history.state)), { timeout: 15_000 }).toContain('kc');
  };
  /** 本人 → profile → every K6 item answered `k6` → safety 「なかった」 → the topics screen. */
  const toTopics = async (page: Page, k6: string) => {
    await page.getByRole('button', { name: /^本人/ }).click();
    await next(page);
    for (let i = 0; i < 6; i++) {
      await pick(page, k6);
      await next(page);
    }
    await pick(page, 'なかった');
    await next(page);
  };
  /** 本人 → profile → K6 item 1 answered いつも → K6 item 2 answered ときどき. */
  const twoAnswers = async (page: Page) => {
    await page.getByRole('button', { name: /^本人/ }).click();
    await pick(page, '40代');
    await next(page);
    await pick(page, 'いつも');
    await next(page);
    await pick(page, 'ときどき');
  };

  it('Back returns to the previous question with its answer kept, Forward goes on again', async () => {
    const { page, errors, close } = await phonePage(suite.browser);
    await open(page);
    await twoAnswers(page);
    expect(await heading(page)).toContain('絶望的');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('神経過敏');
    expect(await checked(page, 'いつも')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(page, 'history-back-to-k6-1');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('あなたについて');
    expect(await checked(page, '40代')).toBe(true);
    await page.goForward();
    await expect.poll(() => heading(page)).toContain('神経過敏');
    await page.goForward();
    await expect.poll(() => heading(page)).toContain('絶望的');
    expect(await checked(page, 'ときどき')).toBe(true);
    // The page's own 戻る is the same step back.
    await page.getByRole('button', { name: '戻る', exact: true }).click();
    await expect.poll(() => heading(page)).toContain('神経過敏');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('こころのセルフチェック');
    expect(errors).toEqual([]);
    await close();
  });

  it('Back shows the previous question from its top at 200 % zoom, not where the page was scrolled', async () => {
    const { page, close } = await phonePage(suite.browser);
    await page.setViewportSize({ width: 195, height: 422 });
    await open(page);
    await twoAnswers(page);
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('神経過敏');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    expect(await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await close();
  });

  it('Back closes the help list and returns to the same question and answer', async () => {
    const { page, close } = await phonePage(suite.browser);
    await open(page);
    await twoAnswers(page);
    await page.getByRole('button', { name: '今すぐ相談したい' }).click();
    await expect.poll(() => heading(page)).toContain('今すぐ相談したい');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('絶望的');
    expect(await checked(page, 'ときどき')).toBe(true);
    await close();
  });

  it('Forward never skips the crisis panel rule: a changed safety answer is honoured', async () => {
    const { page, close } = await phonePage(suite.browser);
    await open(page);
    await toTopics(page, 'まったくない');
    await expect.poll(() => heading(page)).toContain('いま気になっていること');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('死にたい');
    await pick(page, 'いまも、そう思っている');
    // Forward leads to the topics entry, but the new answer needs the crisis panel first.
    await page.goForward();
    await expect.poll(() => heading(page)).toContain('いま、話を聞いてくれる人がいます');
    await close();
  });

  it('赤ちゃんママ: Back mid-check keeps the answer and the mode, so the topics and the result are still the mode’s', async () => {
    const { page, errors, close } = await phonePage(suite.browser);
    await open(page);
    await page.getByRole('button', { name: /^赤ちゃんママ/ }).click();
    await pick(page, '30代');
    await next(page);
    await pick(page, 'ときどき');
    await next(page);
    expect(await heading(page)).toContain('絶望的');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('神経過敏');
    expect(await checked(page, 'ときどき')).toBe(true);
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('あなたについて');
    expect(await checked(page, '30代')).toBe(true);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => heading(page)).toContain('絶望的');
    for (let i = 0; i < 5; i++) {
      await pick(page, '少しだけ');
      await next(page);
    }
    await pick(page, 'なかった');
    await next(page);
    await expect.poll(() => heading(page)).toContain('いま気になっていること');
    expect(await page.locator('main label.choice span').first().textContent()).toBe('子育て');
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => heading(page)).toContain('こころの空もよう');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('いま気になっていること');
    expect(await page.getByRole('checkbox', { name: '睡眠', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('counts one completion however often Back and Forward pass the result', async () => {
    const { page, close } = await phonePage(suite.browser);
    await open(page, '/t/matsudo/?src=history-test');
    await toTopics(page, '少しだけ');
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => heading(page)).toContain('こころの空もよう');
    for (let i = 0; i < 2; i++) {
      await page.goBack();
      await expect.poll(() => heading(page)).toContain('いま気になっていること');
      await page.goForward();
      await expect.poll(() => heading(page)).toContain('こころの空もよう');
    }
    const { date } = jstParts(new Date());
    const completions = async () =>
      countedFrom((await suite.service.store.readCounters('matsudo', date, date)).rows, 'complete', 'history-test');
    await expect.poll(completions, { timeout: 15_000 }).toBe(1);
    // Give any stray second event time to arrive, then look again.
    await page.waitForTimeout(1000);
    expect(await completions()).toBe(1);
    await close();
  });

  it('a reload mid-way starts fresh, and Back after it brings back no answer', async () => {
    const { page, close } = await phonePage(suite.browser);
    await open(page);
    expect(await page.locator('main').textContent()).toContain('読み込み直したりすると消えます');
    await twoAnswers(page);
    await page.reload();
    await expect.poll(() => page.evaluate(() => JSON.stringify(history.state)), { timeout: 15_000 }).toContain('kc');
    expect(await heading(page)).toContain('こころのセルフチェック');
    await page.goBack();
    await page.waitForTimeout(300);
    expect(await answersShown(page)).toBe(0);
    expect(await page.locator('main .choices').count()).toBe(0);
    await close();
  });

  for (const how of ['button', 'Escape'] as const) {
    it(`after quick exit by ${how}, neither Back nor Forward returns to the answers`, async () => {
      const { page, close } = await phonePage(suite.browser);
      await open(page);
      await twoAnswers(page);
      if (how === 'button') await page.getByRole('button', { name: /すぐに閉じる/ }).click();
      else await page.keyboard.press('Escape');
      await page.waitForURL((u) => !u.pathname.startsWith('/t/'), { timeout: 15_000 });
      expect(await page.title()).not.toMatch(/こころ|相談|チェック/);
      await screenshot(page, `quick-exit-${how}`);
      // Walk the whole history both ways: no screen with an answer or a question may appear.
      const seen: string[] = [];
      for (const step of ['back', 'back', 'forward', 'forward', 'forward', 'forward'] as const) {
        await (step === 'back' ? page.goBack() : page.goForward()).catch(() => null);
        await page.waitForTimeout(300);
        const url = page.url();
        seen.push(url);
        if (url.includes('/t/matsudo/')) {
          expect(await answersShown(page), `answers on ${url} after ${step}`).toBe(0);
          expect(await page.locator('main .choices').count(), `a question on ${url} after ${step}`).toBe(0);
        }
      }
      console.info(`quick exit by ${how}, then Back ×2 and Forward ×4: ${seen.join(' → ')}`);
      await close();
    });
  }
});
