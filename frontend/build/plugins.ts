/**
 * @module
 * Vite plugins that keep the resident bundle honest: refuse a bundle that pulls
 * in tenant data, helpline data, zod or the full holiday database, and
 * prerender every tenant's page once the bundle is written, then precompress
 * everything the browser fetches.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { precompress, type Compressed } from './precompress';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Modules that must never reach the phone: they are big or carry other tenants' data. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/[\\/]node_modules[\\/]zod[\\/]/, 'zod (validate at build time instead)'],
  [/[\\/]node_modules[\\/]@holiday-jp[\\/]/, '@holiday-jp/holiday_jp (use the compact generated table)'],
  [/[\\/]shared[\\/]tenants[\\/]/, 'tenant registry (the page reads its own tenant from the inlined data block)'],
  [/[\\/]shared[\\/]helplines[\\/](?!schema\.ts$)/, 'helpline data (inlined per tenant, never bundled)'],
];

export function bundleGuard(): Plugin {
  return {
    name: 'kokoro:bundle-guard',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const hit = FORBIDDEN.find(([re]) => re.test(id));
          if (hit) this.error(`${chunk.fileName} must not include ${hit[1]}: ${id}`);
        }
      }
    },
  };
}

export function prerenderPages(): Plugin {
  return {
    name: 'kokoro:prerender',
    apply: 'build',
    async writeBundle(options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (entry === undefined || options.dir === undefined) this.error('no entry chunk to prerender with');
      const later = Object.values(bundle).find((a) => a.type === 'asset' && /^assets\/later-[\w-]+\.css$/.test(a.fileName));
      if (later === undefined) this.error('no later.css in the bundle (the result chunk links it)');
      // tsx runs the prerenderer with the real (validating) shared modules and JSX for preact.
      const { tsImport } = await import('tsx/esm/api');
      const mod = (await tsImport(here('../prerender/index.ts'), import.meta.url)) as typeof import('../prerender');
      const report = await mod.prerender({ outDir: options.dir, scriptPath: `/${entry.fileName}`, laterStylePath: `/${later.fileName}` });
      const sizes = await precompress(options.dir);
      const line = (s: Compressed) => `${s.file}: ${s.raw} B, gzip -9 ${s.gzip} B, brotli ${s.brotli} B`;
      this.info([report, ...sizes.map(line)].join('\n'));
    },
  };
}
