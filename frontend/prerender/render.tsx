/**
 * @module
 * Build-time prerender (Node, run by the Vite plugin after the bundle is
 * written): one page per tenant with the landing screen already rendered, the
 * CSS minified and inlined, and that tenant's validated data inlined. Importing
 * the real shared modules here also means an invalid instrument, tenant or
 * helpline fails the build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { renderToString } from 'preact-render-to-string';
import { INSTRUMENTS } from '../../shared/instruments';
import { ja } from '../../shared/messages';
import { TENANTS, type Tenant } from '../../shared/tenants';
import { App } from '../app/App';
import { cspHash, neutralPage, residentPage } from './html';

export interface PrerenderOptions {
  outDir: string;
  /** Absolute URL path of the entry bundle, e.g. `/assets/main-abc123.js`. */
  scriptPath: string;
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/**
 * The tenant as the page needs it. Sources and reasons for "unverified" stay
 * in the repository (the page never shows them) to keep the first round trip small.
 */
export const pageData = (tenant: Tenant): Tenant => ({
  ...tenant,
  helplines: tenant.helplines.map(({ sourceUrl: _source, unverifiedReason: _reason, ...shown }) => shown),
});

export async function prerender({ outDir, scriptPath }: PrerenderOptions): Promise<string> {
  // Importing INSTRUMENTS validated each one (licence, citations, source): the build stops here if one is not shippable.
  if (INSTRUMENTS.length === 0) throw new Error('no instruments to ship');
  const source = await readFile(fileURLToPath(new URL('../styles.css', import.meta.url)), 'utf8');
  const css = (await transform(source, { loader: 'css', minify: true })).code.trim();
  const js = await readFile(join(outDir, scriptPath));
  const lines = [`JS ${scriptPath}: ${js.length} B, gzip -9 ${gz(js)} B`];
  for (const tenant of TENANTS) {
    const body = renderToString(
      <App env={{ tenant, messages: ja, events: { send: () => undefined }, now: () => new Date(0), exit: () => undefined }} />,
    );
    const html = residentPage({ lang: ja.lang, title: ja.pageTitle(tenant.serviceName), css, scriptPath, body, data: pageData(tenant) });
    const dir = join(outDir, 't', tenant.id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), html);
    lines.push(`t/${tenant.id}/index.html: ${Buffer.byteLength(html)} B, gzip -9 ${gz(html)} B (+JS = ${gz(html) + gz(js)} B)`);
  }
  await writeFile(join(outDir, 'index.html'), neutralPage(ja.lang));
  await writeFile(join(outDir, 'csp-hashes.json'), `${JSON.stringify({ 'style-src': [cspHash(css)] }, null, 2)}\n`);
  return lines.join('\n');
}
