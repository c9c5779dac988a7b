/**
 * @module
 * Benchmark 1 of issue 5: what a resident on a cheap phone pays for the first
 * question and the result. The whole service runs in-process (as `npm start`,
 * compression on), Chromium opens `/t/matsudo/` at 390×844 under Lighthouse's
 * mobile throttling (150 ms RTT, 1.6 Mbps down, 750 Kbps up, CPU ×4) with the
 * cache off and a fresh context per run. Bytes are what Chrome received on the
 * wire (CDP `encodedDataLength`, headers included). Requests the page starts
 * by itself after the landing is interactive (the idle prefetch of the result
 * chunk) do not count toward the first question; a further run with every
 * such request refused proves the first question — and help on the result —
 * never needed them. Counting beacons (/api/) are fire-and-forget and left out.
 * The same runs again for every other mode of the registry give each mode's
 * first-question row (bytes and requests, same budgets), and so does every
 * mode of every other language's page (`/t/matsudo/<lang>/`).
 * One more set of runs taps 本人 the moment the prerendered landing shows,
 * before the page's script has run, to prove that tap is never lost.
 * Run alone with `npx tsx bench/first-screen.ts [distDir]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalServer } from '../functions/local/start';
import { instrumentFor } from '../shared/instruments';
import { offeredModes } from '../frontend/data/build';
import { DEFAULT_LANG, LANGS, LANGUAGES, type Lang } from '../shared/languages';
import { ja, type Worded } from '../shared/messages';
import { CATALOGUES } from '../shared/messages/catalogues';
import { tenantPath } from '../shared/site';
import { getTenant } from '../shared/tenants';
import { MODES, modeSpec, type Mode } from '../shared/modes';
import { row, type BenchRow } from './types';

/** The result's sky picture: on the full result only, in every wording (the teen heading carries readings). */
const RESULT = 'main svg[role="img"]';
const BUDGET_BYTES = 14_600;
const BUDGET_REQUESTS = 2;
/** A person takes a minute over the questions; the bench answers far quicker, one screen every 0.3 s. */
const ANSWER_PAUSE_MS = 300;

interface Marks {
  interactive: number;
  firstQuestion: number;
  resultClick: number;
  result: number;
  resources: { url: string; start: number; end: number }[];
}
interface RunFigures {
  firstBytes: number;
  firstBodies: number;
  firstRequests: number;
  backgroundBefore: number;
  firstMs: number;
  resultMs: number;
  clickToResultMs: number;
  waitedOn: number;
  encodings: string[];
}

/**
 * Runs in the page: notes when the first question and the result headings
 * appear (next frame ≈ painted) and when 結果を見る is clicked. A string, not
 * a function, so the TypeScript loader's helpers never leak into the page.
 */
const probe = (firstQuestion: string, result: string, toResult: string) => `(() => {
  const marks = (window.__marks = {});
  const note = (key) => marks[key] === undefined && requestAnimationFrame(() => (marks[key] ??= performance.now()));
  new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(`main input[name="${firstQuestion}"]`)})) note('firstQuestion');
    if (document.querySelector(${JSON.stringify(result)})) note('result');
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('click', (e) => {
    if (e.target?.closest?.('button')?.textContent === ${JSON.stringify(toResult)}) marks.resultClick ??= performance.now();
  }, true);
})();`;

const launch = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

/**
 * The name of the mode's first question's inputs (the teen wording puts readings inside the words): the
 * instrument's first item, or for a mode about someone else (家族) its profile's first question, who they are.
 */
const firstQuestionOf = (mode: Mode) => (modeSpec(mode).aboutOther ? 'relationship' : (instrumentFor(mode).items[0]?.id ?? ''));
/** A mode about someone else shows no picture: its result is there once its section is. */
const resultOf = (mode: Mode) => (modeSpec(mode).aboutOther ? 'main section.result h2' : RESULT);

/** 家族: who, the safety question about them (いいえ), two signs, 結果を見る. Its screens come with the result chunk. */
async function answerAboutOther(page: Page, mode: Mode, blockBackground: boolean) {
  const click = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  const pause = () => page.waitForTimeout(ANSWER_PAUSE_MS);
  await click(new RegExp(`^${ja.landing.modes[mode].label}`));
  if (blockBackground) {
    // Without the chunk its screens cannot show: the numbers to call must.
    await page.locator('main a[href="tel:119"]').waitFor();
    if ((await page.locator('main a[href^="tel:0"]').count()) === 0) throw new Error(`${mode}: no line to call while its screens are missing`);
    return;
  }
  await page.locator(`main input[name="${firstQuestionOf(mode)}"]`).first().waitFor();
  await pause();
  await click('次へ');
  await pause();
  await page.getByRole('radio', { name: ja.other.safety.answers.no ?? '', exact: true }).check();
  await click('次へ');
  await pause();
  await page.locator('main input[type=checkbox]').nth(0).check();
  await page.locator('main input[type=checkbox]').nth(1).check();
  await click('結果を見る');
  await page.locator(resultOf(mode)).first().waitFor();
}

/** A message as an adult reads it. */
const say = (w: Worded) => (typeof w === 'string' ? w : w.adult);

async function answerAll(page: Page, mode: Mode, blockBackground: boolean, lang: Lang) {
  if (modeSpec(mode).aboutOther) return answerAboutOther(page, mode, blockBackground);
  const m = CATALOGUES[lang];
  const click = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  const pause = () => page.waitForTimeout(ANSWER_PAUSE_MS);
  await click(new RegExp(`^${m.landing.modes[mode].label}`));
  await click(m.nav.next);
  await page.locator(`main input[name="${firstQuestionOf(mode)}"]`).first().waitFor();
  for (let i = 0; i < instrumentFor(mode).items.length; i++) {
    await pause();
    await page.locator('main input[type=radio]').nth(2).check();
    await click(m.nav.next);
  }
  await pause();
  await page.getByRole('radio', { name: say(m.safety.answers.no), exact: true }).check();
  await click(m.nav.next);
  // With the result chunk refused, the topics screen (its words come with the result's) waits, with numbers to call.
  if (!blockBackground) {
    await pause();
    await click(m.nav.toResult);
    return page.locator(RESULT).waitFor();
  }
  // With the result chunk refused, the result screen must still give numbers to call.
  await page.locator('main section.result').waitFor();
  if ((await page.locator('main a[href^="tel:"]').count()) === 0) throw new Error('result screen without a number to call');
}

async function oneRun(browser: Browser, url: string, mode: Mode = MODES[0], blockBackground = false, lang: Lang = DEFAULT_LANG): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const urlOf = new Map<string, string>();
  const bytes = new Map<string, number>();
  const headers = new Map<string, number>();
  const encodings: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urlOf.set(e.requestId, e.request.url));
  cdp.on('Network.responseReceived', (e) => {
    const enc = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    headers.set(e.response.url, e.response.encodedDataLength);
    if (!e.response.url.includes('/api/')) encodings.push(`${new URL(e.response.url).pathname.split('/').pop() || 'html'}:${enc ?? 'none'}`);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const u = urlOf.get(e.requestId);
    if (u !== undefined) bytes.set(u, (bytes.get(u) ?? 0) + e.encodedDataLength);
  });
  await page.addInitScript({ content: probe(firstQuestionOf(mode), resultOf(mode), CATALOGUES[lang].nav.toResult) });
  let interactive = false;
  page.on('domcontentloaded', () => void (interactive = true));
  if (blockBackground) await page.route('**/*', (r) => (interactive && !r.request().url().includes('/api/') ? r.abort('internetdisconnected') : r.continue()));

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await answerAll(page, mode, blockBackground, lang);
  const marks = await page.evaluate((): Marks => {
    const m = (window as unknown as { __marks: Record<string, number> }).__marks;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      interactive: nav.domContentLoadedEventEnd,
      firstQuestion: m['firstQuestion'] ?? NaN,
      resultClick: m['resultClick'] ?? NaN,
      result: m['result'] ?? NaN,
      resources: [{ url: nav.name, start: 0, end: nav.responseEnd }, ...res.map((r) => ({ url: r.name, start: r.startTime, end: r.responseEnd }))],
    };
  });
  await context.close();
  const page_ = marks.resources.filter((r) => !new URL(r.url).pathname.startsWith('/api/'));
  const beforeFirst = page_.filter((r) => r.start < marks.firstQuestion);
  const critical = beforeFirst.filter((r) => r.start <= marks.interactive);
  return {
    firstBytes: critical.reduce((n, r) => n + (bytes.get(r.url) ?? NaN), 0),
    firstBodies: critical.reduce((n, r) => n + (bytes.get(r.url) ?? NaN) - (headers.get(r.url) ?? NaN), 0),
    firstRequests: critical.length,
    backgroundBefore: beforeFirst.length - critical.length,
    firstMs: Math.round(marks.firstQuestion),
    resultMs: Math.round(marks.result),
    clickToResultMs: Math.round(marks.result - marks.resultClick),
    waitedOn: page_.filter((r) => r.start < marks.result && (r.end === 0 || r.end > marks.resultClick)).length,
    encodings,
  };
}

interface EarlyTap {
  /** The tap landed before the page's own script had taken over (the inline keeper held it). */
  beforeScript: number;
  /** The profile screen followed. */
  carriedOut: number;
  /** From the tap to the profile screen. */
  ms: number;
}

/** The slow network of the resident walkthrough (400 kbps down), where a first tap used to be lost. */
const SLOW_DOWN_BYTES_PER_S = 50_000;

/**
 * Runs in the page: taps 本人 the moment the prerendered button is parsed —
 * before any module script can have run — and notes when the profile screen
 * appears. A string, like PROBE.
 */
const EARLY_TAP = `(() => {
  const marks = (window.__tap = {});
  new MutationObserver(() => {
    const button = document.querySelector('[data-tap="self"]');
    if (button && marks.at === undefined) { marks.at = performance.now(); button.click(); }
    if ((document.querySelector('main h1')?.textContent ?? '').includes('あなたについて')) marks.profile ??= performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Taps 本人 at first paint, on a 400 kbps network with the same latency and CPU. */
async function earlyTapRun(browser: Browser, url: string): Promise<EarlyTap> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: SLOW_DOWN_BYTES_PER_S, uploadThroughput: 93_750 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript({ content: EARLY_TAP });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const carriedOut = await page
      .locator('main h1', { hasText: 'あなたについて' })
      .waitFor({ timeout: 30_000 })
      .then(() => 1, () => 0);
    // The inline keeper (window.kt) noted the tap only if it came before the page's script took over.
    const { kept, ms } = await page.evaluate(() => {
      const w = window as unknown as { kt?: { t?: string }; __tap: { at?: number; profile?: number } };
      return { kept: w.kt?.t === 'self', ms: (w.__tap.profile ?? NaN) - (w.__tap.at ?? NaN) };
    });
    return { beforeScript: kept ? 1 : 0, carriedOut, ms: Math.round(ms) };
  } finally {
    await context.close();
  }
}

/** `distDir` lets a before/after comparison serve another build (default: this one, `npm run build`). */
export async function benchFirstScreen(opts: { runs?: number; distDir?: string } = {}): Promise<BenchRow[]> {
  const runs = Math.max(5, opts.runs ?? 5);
  const dataDir = await mkdtemp(join(tmpdir(), 'kokoro-bench-'));
  const server = await startLocalServer({ port: 0, dataDir, distDir: opts.distDir ?? 'dist/frontend' });
  const browser = await launch();
  try {
    const url = `${server.url}/t/matsudo/?src=bench`;
    await oneRun(browser, url); // warm the server's file reads, not the browser (each run has a fresh context)
    const all: RunFigures[] = [];
    for (let i = 0; i < runs; i++) all.push(await oneRun(browser, url));
    // 本人 to its result, and every mode whose screens ride in the result chunk to its numbers to call.
    const offlineModes = [MODES[0], ...MODES.filter((m) => modeSpec(m).aboutOther)];
    let offline = 1;
    for (const m of offlineModes) {
      await oneRun(browser, url, m, true).catch((error: Error) => {
        console.error(`[bench] ${m} with background requests refused: ${error.message}`);
        offline = 0;
      });
    }
    // Every other mode: its own first question, from the same two responses.
    const byMode = new Map<Mode, RunFigures[]>([[MODES[0], all]]);
    for (const mode of MODES.slice(1)) {
      const runsOfMode: RunFigures[] = [];
      for (let i = 0; i < runs; i++) runsOfMode.push(await oneRun(browser, url, mode));
      byMode.set(mode, runsOfMode);
    }
    // Every other language (shared/languages): each mode its page offers, from its own two responses.
    const byLang = new Map<string, RunFigures[]>();
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG))
      for (const mode of offeredModes(getTenant('matsudo')!, lang)) {
        const runsOf: RunFigures[] = [];
        for (let i = 0; i < runs; i++) runsOf.push(await oneRun(browser, `${server.url}${tenantPath('matsudo', lang)}?src=bench`, mode, false, lang));
        byLang.set(`${lang} ${mode}`, runsOf);
      }
    const taps: EarlyTap[] = [];
    for (let i = 0; i < runs; i++) taps.push(await earlyTapRun(browser, url));
    const take = (k: keyof Omit<RunFigures, 'encodings'>) => all.map((r) => r[k]);
    const g = 'resident';
    const encodings = [...new Set(all.flatMap((r) => r.encodings))].join(' ');
    return [
      // The rows without a mode are 本人モード's (the registry's first).
      row(g, 'first question: compressed bytes (response bodies)', 'B', take('firstBodies'), { limit: BUDGET_BYTES, label: '≤ 14,600 B' }, `encodings ${encodings}`),
      row(g, 'first question: bytes on the wire (bodies + HTTP/1.1 headers)', 'B', take('firstBytes'), { limit: BUDGET_BYTES, label: '≤ 14,600 B' }),
      row(g, 'first question: requests', 'n', take('firstRequests'), { limit: BUDGET_REQUESTS, label: `≤ ${BUDGET_REQUESTS}` }),
      row(g, 'first question: background requests already started', 'n', take('backgroundBefore'), undefined, 'idle prefetch, not waited on'),
      row(g, 'background requests refused: first question and result with numbers still shown (家族: its numbers to call)', 'yes=1', [offline], { limit: 1, comparison: '>=', label: 'must' }),
      row(g, 'first question visible (from navigation start)', 'ms', take('firstMs')),
      row(g, 'result visible (from navigation start, answering 0.3 s/screen)', 'ms', take('resultMs')),
      row(g, 'result visible after 結果を見る', 'ms', take('clickToResultMs')),
      row(g, 'result: requests it waited on', 'n', take('waitedOn'), { limit: 0, label: '0' }),
      ...MODES.flatMap((mode) => {
        const label = `${ja.landing.modes[mode].label}モード`;
        const of = (k: 'firstBytes' | 'firstRequests') => (byMode.get(mode) ?? []).map((r) => r[k]);
        return [
          row(g, `first question, ${label}: bytes on the wire`, 'B', of('firstBytes'), { limit: BUDGET_BYTES, label: '≤ 14,600 B' }),
          row(g, `first question, ${label}: requests`, 'n', of('firstRequests'), { limit: BUDGET_REQUESTS, label: `≤ ${BUDGET_REQUESTS}` }),
        ];
      }),
      ...[...byLang].flatMap(([key, figures]) => {
        const [lang, mode] = key.split(' ') as [Lang, Mode];
        const label = `${LANGUAGES[lang].name}, ${ja.landing.modes[mode].label}モード`;
        return [
          row(g, `first question, ${label}: bytes on the wire`, 'B', figures.map((r) => r.firstBytes), { limit: BUDGET_BYTES, label: '≤ 14,600 B' }),
          row(g, `first question, ${label}: requests`, 'n', figures.map((r) => r.firstRequests), { limit: BUDGET_REQUESTS, label: `≤ ${BUDGET_REQUESTS}` }),
        ];
      }),
      row(g, 'tap on 本人 at first paint (400 kbps): runs where it came before the page script', 'n', [taps.reduce((n, t) => n + t.beforeScript, 0)], undefined, `of ${taps.length}`),
      row(g, 'tap on 本人 at first paint (400 kbps): carried out (every run)', 'yes=1', [taps.every((t) => t.carriedOut === 1) ? 1 : 0], { limit: 1, comparison: '>=', label: 'must' }),
      row(g, 'tap on 本人 at first paint (400 kbps) → profile visible', 'ms', taps.map((t) => t.ms)),
    ];
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2];
  const rows = await benchFirstScreen({ runs: Number(process.env['RUNS'] ?? 5), ...(distDir ? { distDir } : {}) });
  for (const r of rows) {
    const verdict = r.budget ? `${r.budget.pass ? 'PASS' : 'FAIL'} (${r.budget.label})` : '';
    console.log(`${r.name.padEnd(64)} ${String(r.median).padStart(8)} ${r.unit.padEnd(5)} [${r.min}–${r.max}] ${verdict} ${r.note ?? ''}`);
  }
}
