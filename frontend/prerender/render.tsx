/**
 * @module
 * Build-time prerender (Node, run by the Vite plugin after the bundle is
 * written): one page per tenant with the landing screen already rendered, the
 * CSS (palette written in place, see css.ts) minified and inlined, and that
 * tenant's first-screen data inlined (the crisis subset); the full helpline
 * data goes to a content-hashed JSON file
 * the page fetches after first paint. Around them, the site's root and the
 * page for unknown addresses (site-pages.tsx) and the calendar quick exit
 * lands on (calendar.ts). Importing the real shared modules here
 * also means an invalid instrument, tenant or helpline fails the build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { renderToString } from 'preact-render-to-string';
import { INSTRUMENTS, INSTRUMENTS_BY_ID } from '../../shared/instruments';
import { MODE_SPECS } from '../../shared/modes';
import { checkModes } from '../../shared/modes/schema';
import { ja } from '../../shared/messages';
import { LANGS } from '../../shared/languages';
import { CATALOGUES } from '../../shared/messages/catalogues';
import { NOT_FOUND_FILE, tenantPath } from '../../shared/site';
import { TENANTS } from '../../shared/tenants';
import { validateTenants } from '../../shared/tenants/validate';
import { App } from '../app/App';
import { landingFrom } from '../app/screens/Landing';
import { neverLater } from '../app/later';
import { fullData, offeredModes, pageData } from '../data';
import { exitUrlOf } from '../data/exit';
import { inlineCustomProperties } from './css';
import { writeCalendarPage } from './calendar';
import { writePrefecturePages } from './prefecture';
import { contentHash, cspHash, EARLY_TAP_SCRIPT, residentPage, sitePage } from './html';
import { directoryBody, notFoundBody, sitePageData } from './site-pages';
import { fill } from '../../shared/messages/fill';

export interface PrerenderOptions {
  outDir: string;
  /** Absolute URL path of the entry bundle, e.g. `/assets/main-abc123.js`. */
  scriptPath: string;
  /** Absolute URL path of the built later.css, which the pages around the check link for their helpline cards. */
  laterStylePath: string;
}

export async function prerender({ outDir, scriptPath, laterStylePath }: PrerenderOptions): Promise<string> {
  // Importing INSTRUMENTS validated each one (licence, citations, source): the build stops here if one is not shippable.
  if (INSTRUMENTS.length === 0) throw new Error('no instruments to ship');
  // Every mode against its schema, running an instrument that ships, with all its words.
  checkModes(MODE_SPECS, INSTRUMENTS_BY_ID, ja);
  // Every tenant and helpline against its schema: no page is written from data that fails it.
  validateTenants(TENANTS);
  const source = await readFile(fileURLToPath(new URL('../styles.css', import.meta.url)), 'utf8');
  const css = (await transform(inlineCustomProperties(source), { loader: 'css', minify: true })).code.trim();
  const lines: string[] = [];
  // One page per tenant × language (shared/languages): /t/<id>/ in Japanese, /t/<id>/<lang>/ for the others.
  for (const tenant of TENANTS) {
    for (const lang of LANGS) {
      const words = CATALOGUES[lang];
      const full = JSON.stringify(fullData(tenant, lang));
      const dataPath = `/assets/${tenant.id}-${lang}-${contentHash(full)}.json`;
      await writeFile(join(outDir, dataPath), full);
      const data = pageData(tenant, dataPath, lang);
      const modes = offeredModes(tenant, lang);
      const env = { tenant: data, messages: data.words, Landing: landingFrom(words.landing, modes, lang), later: neverLater, events: { send: () => undefined }, now: () => new Date(0), exitUrl: exitUrlOf(data), exit: () => undefined };
      const body = renderToString(<App env={env} />);
      const html = residentPage({ lang: words.lang, title: fill(words.pageTitle, { service: data.serviceName }), css, scriptPath, body, data });
      const page = tenantPath(tenant.id, lang).slice(1);
      await mkdir(join(outDir, page), { recursive: true });
      await writeFile(join(outDir, page, 'index.html'), html);
      lines.push(`${page}index.html (${modes.join(', ')}) with ${data.crisis.length} crisis lines inlined, ${tenant.helplines.length} lines in ${dataPath}`);
    }
  }
  // The check's CSS, so the pages around it need no CSP hash of their own.
  const site = sitePageData(TENANTS);
  await writeFile(join(outDir, 'index.html'), sitePage({ lang: ja.lang, title: ja.site.directory.title, css, stylePath: laterStylePath, body: directoryBody(site, ja) }));
  await writeFile(join(outDir, NOT_FOUND_FILE), sitePage({ lang: ja.lang, title: ja.site.notFound.title, css, stylePath: laterStylePath, body: notFoundBody(site, ja) }));
  lines.push(`index.html and ${NOT_FOUND_FILE} with ${site.emergency.length} emergency and ${site.alwaysOpen.length} 24 h lines, ${site.tenants.length} municipalities`);
  lines.push(await writeCalendarPage(outDir, ja));
  lines.push(await writePrefecturePages(outDir, ja, TENANTS, css, laterStylePath));
  await writeFile(join(outDir, 'csp-hashes.json'), `${JSON.stringify({ 'style-src': [cspHash(css)], 'script-src': [cspHash(EARLY_TAP_SCRIPT)] }, null, 2)}\n`);
  return lines.join('\n');
}
