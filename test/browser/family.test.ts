/**
 * 家族モード in a real browser on a 390×844 phone: someone worried about
 * another person. Its screens come with the result chunk; the safety question
 * about the other person comes straight after the optional profile, and any
 * answer but 「いいえ」 shows the crisis panel at once (119/110 first); the
 * checklist of signs carries its source; the result has no picture and no
 * score, shows the signs back, what to do and how to look after oneself, and
 * help whatever was ticked. Counted once as mode `family`, the signs as its
 * topics, the band by how many were ticked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ja } from '../../shared/messages';
import { jstParts } from '../../shared/time';
import { axeViolations, countedFrom, leftovers, phonePage, screenshot, residentSuite, runBrowser } from './harness';

describe.runIf(runBrowser)('家族 mode in Chromium', () => {
  const suite = residentSuite();
  const o = ja.other;
  const heading = (page: Page) => page.locator('main h1');
  const next = (page: Page) => page.getByRole('button', { name: '次へ', exact: true }).click();
  const pick = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
  /** Links, buttons and answer rows under a thumb (44 CSS px): an answer's tap target is its whole row, the label. */
  const smallTargets = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('a, button, label.choice')]
        .filter((el) => el.checkVisibility())
        .filter((el) => { const b = el.getBoundingClientRect(); return b.height < 44 || b.width < 44; })
        .map((el) => el.textContent ?? ''),
    );
  const rowsToday = async () => {
    const { date } = jstParts(new Date());
    return (await suite.service.store.readCounters('matsudo', date, date)).rows.filter((r) => r.mode === 'family');
  };

  it('landing → who and their age → safety 「いいえ」 → signs with their source → a result with the signs, four roles, help and self-care; counted once', async () => {
    const { page, requests, errors, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/t/matsudo/?src=sticker-test`);
    expect(await page.locator('main button.mode strong').allTextContents()).toEqual(['本人', '10代', '赤ちゃんママ', '家族']);
    await page.getByRole('button', { name: /^家族/ }).click();

    await expect.poll(() => heading(page).textContent()).toContain(o.profile.heading);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await pick(page, '子ども');
    await pick(page, '20代');
    await screenshot(page, 'family-1-profile');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await next(page);

    expect(await heading(page).textContent()).toContain(o.safety.question);
    // The question about another person offers its own four answers.
    expect(await page.locator('main label.choice span').allTextContents()).toEqual([o.safety.answers.no, o.safety.answers.sometimes, o.safety.answers.now, o.safety.answers.unsure]);
    await next(page);
    expect(await heading(page).textContent()).toContain(o.safety.question); // an answer is needed
    await pick(page, o.safety.answers.no ?? '');
    await next(page);

    expect(await heading(page).textContent()).toContain('その方に、次のような様子はありますか');
    expect(await page.locator('main label.choice span').count()).toBe(9);
    expect(await page.locator(`main a[href="${o.checklist.source.url}"]`).count()).toBe(1);
    await page.getByRole('checkbox', { name: '以前と比べて表情が暗く、元気がない' }).check();
    await page.getByRole('checkbox', { name: '飲酒量が増える' }).check();
    await screenshot(page, 'family-3-signs');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: '結果を見る' }).click();

    await expect.poll(() => heading(page).textContent()).toContain(o.result.heading);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(o.result.bands['some']!.title);
    expect(main).toContain('以前と比べて表情が暗く、元気がない');
    expect(main).toContain('飲酒量が増える');
    expect(main).not.toContain('遅刻、早退、欠勤');
    for (const role of o.result.roles) expect(main).toContain(role.title);
    for (const care of o.result.selfCare) expect(main).toContain(care);
    // No picture and no score; help is there, local windows among it.
    expect(await page.locator('main svg').count()).toBe(0);
    expect(main).not.toMatch(/点/);
    await expect.poll(() => page.locator('main .lines .line').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'family-4-result');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await leftovers(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    expect(requests.filter((u) => !u.startsWith(`${suite.service.url}/`))).toEqual([]);
    expect(errors).toEqual([]);

    await expect.poll(async () => countedFrom(await rowsToday(), 'start', 'sticker-test', 'family')).toBe(1);
    await expect.poll(async () => countedFrom(await rowsToday(), 'complete', 'sticker-test', 'family')).toBe(1);
    const completed = (await rowsToday()).filter((r) => r.kind === 'complete');
    const sum = (f: (r: (typeof completed)[number]) => number | undefined) => completed.reduce((n, r) => n + (f(r) ?? 0), 0);
    expect(sum((r) => r.topic.gloomy)).toBe(1);
    expect(sum((r) => r.topic.drinking)).toBe(1);
    expect(sum((r) => r.topic.absences)).toBe(0);
    expect(sum((r) => r.band.some)).toBe(1);
    expect(sum((r) => r.ageBand['20s'])).toBe(1);
    expect(sum((r) => r.relationship.child)).toBe(1);
    expect(sum((r) => r.gender.na)).toBe(1);
    expect(sum((r) => r.safetyFlagged)).toBe(0);
    await close();
  });

  it('「いま、命が危ない状態にある」 shows 119/110 and the lines open now at once, before any sign; the result leads with them too', async () => {
    const { page, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await page.getByRole('button', { name: /^家族/ }).click();
    await expect.poll(() => heading(page).textContent()).toContain(o.profile.heading);
    await next(page);
    await pick(page, o.safety.answers.now ?? '');
    await next(page);

    expect(await heading(page).textContent()).toContain(o.crisis.urgent.heading);
    const calls = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(calls.slice(0, 2)).toEqual(['tel:119', 'tel:110']);
    expect(calls.length).toBeGreaterThan(2);
    expect((await page.locator('main').textContent()) ?? '').toContain(o.crisis.urgent.lead);
    await screenshot(page, 'family-2-crisis');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'チェックを続ける' }).click();

    expect(await heading(page).textContent()).toContain('その方に、次のような様子はありますか');
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => heading(page).textContent()).toContain(o.result.flaggedHeading);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(o.result.urgentLead);
    // Never a word for how many signs, not even 「ここにあるサインは選ばれませんでした」.
    for (const b of Object.values(o.result.bands)) expect(main).not.toContain(b.title);
    const html = await page.locator('main').innerHTML();
    expect(html.indexOf('href="tel:119"')).toBeLessThan(html.indexOf(o.result.rolesHeading));
    await screenshot(page, 'family-5-result-flagged');
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(async () => (await rowsToday()).filter((r) => r.kind === 'complete').reduce((n, r) => n + r.safetyFlagged, 0)).toBe(1);
    await close();
  });

  it('the phone’s Back keeps who they are, the safety answer and the signs; Forward never passes the crisis panel after a changed answer', async () => {
    const { page, errors, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await page.getByRole('button', { name: /^家族/ }).click();
    await expect.poll(() => heading(page).textContent()).toContain(o.profile.heading);
    await pick(page, '配偶者・パートナー');
    await next(page);
    await pick(page, o.safety.answers.no ?? '');
    await next(page);
    await page.getByRole('checkbox', { name: '飲酒量が増える' }).check();
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toContain(o.safety.question);
    expect(await page.getByRole('radio', { name: o.safety.answers.no ?? '', exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toContain(o.profile.heading);
    expect(await page.getByRole('radio', { name: '配偶者・パートナー', exact: true }).isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => heading(page).textContent()).toContain(o.safety.question);
    await pick(page, o.safety.answers.unsure ?? '');
    // Forward leads to the signs' entry, but the new answer needs the crisis panel first.
    await page.goForward();
    await expect.poll(() => heading(page).textContent()).toContain(o.crisis.heading);
    await page.getByRole('button', { name: 'チェックを続ける' }).click();
    await expect.poll(() => heading(page).textContent()).toContain('その方に、次のような様子はありますか');
    expect(await page.getByRole('checkbox', { name: '飲酒量が増える' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('in dark mode at 200 % zoom (390 px seen as 195 CSS px) the screens stay axe clean and in one column', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${suite.service.url}/t/matsudo/`);
    await page.getByRole('button', { name: /^家族/ }).click();
    await expect.poll(() => heading(page).textContent()).toContain(o.profile.heading);
    expect(await axeViolations(page)).toEqual([]);
    await next(page);
    await pick(page, o.safety.answers.no ?? '');
    await next(page);
    await page.getByRole('checkbox', { name: '飲酒量が増える' }).check();
    await screenshot(page, 'family-dark-zoom-signs');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => heading(page).textContent()).toContain(o.result.heading);
    await expect.poll(() => page.locator('main .lines .line').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(195);
    await screenshot(page, 'family-dark-zoom-result');
    await context.close();
  });
});
