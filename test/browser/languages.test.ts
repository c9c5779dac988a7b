/**
 * The resident page in every language (shared/languages) in a real browser on
 * a 390×844 phone: the Japanese landing links each language in its own name;
 * each page says its language in `<html lang>`, walks 本人 to its result in
 * its own words, and marks any part in another language with that part's
 * `lang` (the check in やさしい日本語 on a 中文 page). The K6 items are shown
 * only as a cited source words them: the English original, or the Japanese
 * items with readings. axe finds nothing, no tap target is under 44 px,
 * nothing is stored and nothing is asked of another origin. In dark mode at
 * 200 % zoom each page stays in one column and axe clean, and the phone's Back
 * mid-check returns to the previous question with its answer kept.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { K6 } from '../../shared/instruments/k6';
import { LANGS, LANGUAGES, type Lang } from '../../shared/languages';
import { itemsWording } from '../../shared/languages/offered';
import { CATALOGUES } from '../../shared/messages/catalogues';
import type { Worded } from '../../shared/messages';
import { offerInputs } from '../../frontend/data/build';
import { pageItems } from '../../shared/languages/offered';
import { jstParts } from '../../shared/time';
import { ACTION_TIMEOUT_MS, axeViolations, leftovers, phonePage, residentSuite, runBrowser, screenshot, smallTargets } from './harness';

/** A message as an adult reads it (a `Worded` pair, or one text for all). */
const say = (w: Worded): string => (typeof w === 'string' ? w : w.adult);

const OTHER_LANGS = LANGS.filter((l): l is Exclude<Lang, 'ja'> => l !== 'ja');

describe.runIf(runBrowser)('the resident page in every language, in Chromium', () => {
  const suite = residentSuite();
  const heading = (page: Page) => page.locator('main h1');
  /** Today's views, starts and completions counted in each language. */
  const byLanguage = async () => {
    const { date } = jstParts(new Date());
    const { rows } = await suite.service.store.readCounters('matsudo', date, date);
    const sum = (kind: string, l: Lang) => rows.filter((r) => r.kind === kind).reduce((n, r) => n + (r.language[l] ?? 0), 0);
    return Object.fromEntries(LANGS.map((l) => [l, { view: sum('view', l), start: sum('start', l), complete: sum('complete', l) }])) as Record<Lang, { view: number; start: number; complete: number }>;
  };

  it('the Japanese landing links every other language, in its own name and language, to the same page in it', async () => {
    const { page, close } = await phonePage(suite.browser);
    await page.goto(`${suite.service.url}/t/matsudo/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const links = page.locator('main nav.langs a');
    expect(await links.allTextContents()).toEqual(OTHER_LANGS.map((l) => LANGUAGES[l].name));
    for (const l of ['en', 'zh', 'vi'] as const) expect(await page.locator(`main nav.langs a[lang="${LANGUAGES[l].tag}"]`).textContent()).toBe(LANGUAGES[l].name);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${suite.service.url}/t/matsudo/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // And back to Japanese from there.
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(`${suite.service.url}/t/matsudo/`);
    await close();
  });

  for (const lang of OTHER_LANGS) {
    const m = CATALOGUES[lang];
    const wording = itemsWording('k6-ja', offerInputs(lang));
    const items = pageItems(offerInputs(lang))['k6-ja'];
    it(`${lang}: landing → 本人 → the K6 (${wording}) → safety → result, in its own words; lang right everywhere; nothing stored`, async () => {
      const before = await byLanguage();
      const { page, requests, errors, close } = await phonePage(suite.browser);
      await page.goto(`${suite.service.url}/t/matsudo/${lang}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(LANGUAGES[lang].tag);
      expect(await page.locator('main .landing .lead').textContent()).toBe(m.landing.lead);
      if (m.landing.checkNote) expect((await page.locator('main .landing').textContent()) ?? '').toContain(m.landing.checkNote);
      await screenshot(page, `lang-${lang}-0-landing`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('button', { name: new RegExp(`^${m.landing.modes.self.label}`) }).click();

      await expect.poll(() => heading(page).textContent()).toContain(say(m.profile.heading));
      await page.getByRole('button', { name: m.nav.next, exact: true }).click();

      // The first item, as its source words it, in the language the source is in.
      const first = K6.items[0]!;
      const text = items?.texts?.[first.id] ?? first.text;
      await expect.poll(async () => ((await heading(page).textContent()) ?? '').replace(/\s/g, '')).toContain(wording === 'easy' ? 'しんけいかびん' : text.replace(/\s/g, ''));
      const itemLang = await heading(page).evaluate((h) => h.closest('[lang]')?.getAttribute('lang'));
      expect(itemLang).toBe(wording === 'translated' ? LANGUAGES[lang].tag : 'ja');
      if (wording === 'easy') {
        // Every kanji of the item has its reading, and the plain explanation is there for everyone.
        await expect.poll(() => heading(page).locator('ruby').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        await expect.poll(() => page.locator('main #gloss').count(), { timeout: 30_000 }).toBe(1);
        // The answers' kanji too (少しだけ).
        await expect.poll(() => page.locator('main label.choice ruby').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      }
      await screenshot(page, `lang-${lang}-1-item`);
      expect(await axeViolations(page)).toEqual([]);
      for (let i = 0; i < K6.items.length; i++) {
        await page.locator('main input[type=radio]').nth(2).check();
        await page.getByRole('button', { name: m.nav.next, exact: true }).click();
      }

      await expect.poll(() => heading(page).textContent()).toContain(say(m.safety.question));
      expect(await heading(page).evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe(LANGUAGES[lang].tag);
      await page.getByRole('radio', { name: say(m.safety.answers.no), exact: true }).check();
      await page.getByRole('button', { name: m.nav.next, exact: true }).click();
      await page.getByRole('button', { name: m.nav.toResult, exact: true }).click();

      // 2 points × 6 items = 12: the band 10–12.
      await expect.poll(() => page.locator('main svg[role="img"]').count()).toBe(1);
      // The text as read, without the readings over it.
      const main = await page.locator('main').evaluate((el) => { const c = el.cloneNode(true) as Element; c.querySelectorAll('rt').forEach((rt) => rt.remove()); return c.textContent ?? ''; });
      expect(main).toContain(say(m.result.notDiagnosis).replace(/《[^》]+》/g, ''));
      expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
      await screenshot(page, `lang-${lang}-2-result`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await leftovers(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
      expect(requests.filter((u) => !u.startsWith(`${suite.service.url}/`))).toEqual([]);
      expect(errors).toEqual([]);
      // One view, one start and one completion, counted in this page's language and in no other.
      await expect
        .poll(async () => (await byLanguage())[lang], { timeout: 30_000 })
        .toEqual({ view: before[lang].view + 1, start: before[lang].start + 1, complete: before[lang].complete + 1 });
      const after = await byLanguage();
      for (const other of LANGS.filter((l) => l !== lang)) expect(after[other], other).toEqual(before[other]);
      await close();
    });
  }
  for (const lang of OTHER_LANGS) {
    const m = CATALOGUES[lang];
    it(`${lang}: in dark mode at 200 % zoom, the phone's Back mid-check returns to the previous question with its answer kept; axe clean, one column`, async () => {
      const context = await suite.browser.newContext({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', colorScheme: 'dark' });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const radios = page.locator('main input[type=radio]');
      const oneColumn = () => page.evaluate(() => document.documentElement.scrollWidth);
      await page.goto(`${suite.service.url}/t/matsudo/${lang}/`);
      // Hydrated: the page has put its first step into history.
      await expect.poll(() => page.evaluate(() => JSON.stringify(history.state)), { timeout: 15_000 }).toContain('kc');
      await screenshot(page, `lang-${lang}-dark-zoom-0-landing`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await oneColumn()).toBeLessThanOrEqual(195);
      await page.getByRole('button', { name: new RegExp(`^${m.landing.modes.self.label}`) }).click();
      await expect.poll(() => heading(page).textContent()).toContain(say(m.profile.heading));
      await page.getByRole('button', { name: m.nav.next, exact: true }).click();

      // The first item answered with its fourth choice, then on to the second.
      await expect.poll(() => radios.count()).toBeGreaterThan(3);
      const first = await heading(page).textContent();
      await radios.nth(3).check();
      await page.getByRole('button', { name: m.nav.next, exact: true }).click();
      await expect.poll(() => heading(page).textContent()).not.toBe(first);
      await screenshot(page, `lang-${lang}-dark-zoom-1-item`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await oneColumn()).toBeLessThanOrEqual(195);

      // The phone's Back: the first item again, its answer kept, focus on its heading, the page still in its language.
      await page.goBack();
      await expect.poll(() => heading(page).textContent()).toBe(first);
      expect(await radios.nth(3).isChecked()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.locator('html').getAttribute('lang')).toBe(LANGUAGES[lang].tag);
      expect(page.url()).toBe(`${suite.service.url}/t/matsudo/${lang}/`);
      // Forward, and on through the check to the result.
      await page.goForward();
      await expect.poll(() => heading(page).textContent()).not.toBe(first);
      for (let i = 1; i < K6.items.length; i++) {
        await radios.nth(1).check();
        await page.getByRole('button', { name: m.nav.next, exact: true }).click();
      }
      await expect.poll(() => heading(page).textContent()).toContain(say(m.safety.question));
      await page.getByRole('radio', { name: say(m.safety.answers.no), exact: true }).check();
      await page.getByRole('button', { name: m.nav.next, exact: true }).click();
      await page.getByRole('button', { name: m.nav.toResult, exact: true }).click();
      await expect.poll(() => page.locator('main svg[role="img"]').count()).toBe(1);
      await expect.poll(() => page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
      await screenshot(page, `lang-${lang}-dark-zoom-2-result`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await oneColumn()).toBeLessThanOrEqual(195);
      expect(await leftovers(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
