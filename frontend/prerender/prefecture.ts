/**
 * @module
 * Writes one entry page per prefecture with a town served (`/p/<id>/`,
 * prefecture-page.tsx) and the one small script they share, bundled here by
 * esbuild like the calendar's, so nothing of it shares a chunk with the
 * check's first script.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Messages } from '../../shared/messages';
import { servedPrefectures } from '../../shared/regions';
import { prefecturePath } from '../../shared/site';
import type { Tenant } from '../../shared/tenants';
import { contentHash, sitePage } from './html';
import { prefectureBody, prefecturePageData } from './prefecture-page';
import { fill } from '../../shared/messages/fill';

/** Writes the pages and their script; returns a line for the build report. */
export async function writePrefecturePages(outDir: string, m: Messages, tenants: readonly Tenant[], css: string, stylePath: string): Promise<string> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('../prefecture/main.ts', import.meta.url))],
    bundle: true, write: false, minify: true, format: 'esm', target: 'es2022', logLevel: 'silent',
  });
  const script = bundled.outputFiles[0]?.text ?? '';
  if (script === '') throw new Error('the prefecture page script bundled to nothing');
  const scriptPath = `/assets/prefecture-${contentHash(script)}.js`;
  await writeFile(join(outDir, scriptPath), script);
  const written: string[] = [];
  for (const prefecture of servedPrefectures(tenants)) {
    const data = prefecturePageData(prefecture.id, tenants);
    const dir = join(outDir, prefecturePath(prefecture.id));
    await mkdir(dir, { recursive: true });
    const title = fill(m.site.prefecture.title, { prefecture: prefecture.name });
    await writeFile(join(dir, 'index.html'), sitePage({ lang: m.lang, title, css, stylePath, scriptPath, body: prefectureBody(data, m) }));
    written.push(`${prefecturePath(prefecture.id).slice(1)}index.html with ${data.towns.length} towns, ${data.prefectureLines.length} prefecture lines`);
  }
  return [...written, `${scriptPath} for the prefecture pages`].join('\n');
}
