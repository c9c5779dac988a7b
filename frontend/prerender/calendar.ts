/**
 * @module
 * Writes the plain calendar page quick exit lands on, at the shared
 * `NEUTRAL_PAGE_PATH`, with its own small script and stylesheet as hashed
 * files under /assets. It is bundled here by esbuild rather than by the
 * resident build, so nothing of it can ever end up in, or share a chunk
 * with, the check's first script.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import type { Messages } from '../../shared/messages';
import { NEUTRAL_PAGE_PATH } from '../../shared/site';
import { calendarPage, contentHash } from './html';

const source = (name: string) => fileURLToPath(new URL(`../calendar/${name}`, import.meta.url));

/** Writes the page and its two files; returns a line for the build report. */
export async function writeCalendarPage(outDir: string, m: Messages): Promise<string> {
  const [bundled, styled] = await Promise.all([
    build({ entryPoints: [source('main.ts')], bundle: true, write: false, minify: true, format: 'esm', target: 'es2022', logLevel: 'silent' }),
    readFile(source('calendar.css'), 'utf8').then((css) => transform(css, { loader: 'css', minify: true })),
  ]);
  const script = bundled.outputFiles[0]?.text ?? '';
  if (script === '') throw new Error('the calendar script bundled to nothing');
  const scriptPath = `/assets/calendar-${contentHash(script)}.js`;
  const stylePath = `/assets/calendar-${contentHash(styled.code)}.css`;
  const { calendar } = m.site;
  const html = calendarPage({ lang: m.lang, title: calendar.title, heading: calendar.title, weekdays: calendar.weekdays, previous: calendar.previous, next: calendar.next, stylePath, scriptPath });
  const dir = join(outDir, NEUTRAL_PAGE_PATH);
  await mkdir(dir, { recursive: true });
  await Promise.all([writeFile(join(outDir, scriptPath), script), writeFile(join(outDir, stylePath), styled.code), writeFile(join(dir, 'index.html'), html)]);
  return `${NEUTRAL_PAGE_PATH.slice(1)}index.html with ${scriptPath} and ${stylePath}`;
}
