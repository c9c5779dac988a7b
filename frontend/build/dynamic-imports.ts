/**
 * @module
 * Vite plugin: the result chunk is loaded with a plain `import()`. Vite wraps
 * every dynamic import in its preload helper, even with `modulePreload: false`,
 * because the helper also injects the CSS a lazy chunk imports
 * (vitejs/vite#13952, #18551). That helper is about 600 compressed bytes of the
 * first script, inside the one-round-trip budget, and does nothing here: our
 * styles are inlined in the page, and the result chunk links its own sheet
 * (later.css) rather than importing it, so no chunk imports CSS — the build
 * fails if one ever does, and fails if the helper survives, rather than ship
 * either.
 */
import type { Plugin } from 'vite';

/** `__vitePreload(() => import("./x.js"), <deps>)` as Vite renders it before its marker is filled in. */
const WRAPPED_IMPORT = /__vitePreload\(\s*\(\)\s*=>\s*(import\((["'`])[^"'`]+\2\))\s*,\s*(?:__VITE_PRELOAD__|\[\]|void 0)\s*\)/g;
const HELPER = '__vitePreload';
/** The result chunk's import, once unwrapped: `import("./chunk-<hash>.js")`. */
const CHUNK_IMPORT = /import\((["'`])(\.\/chunk-[^"'`]+\.js)\1\)/;
/** later.ts's retry address (see there): a failed import() is never fetched again at the same address. */
const RETRY = 'chunkQuery.q';

export function plainDynamicImports(): Plugin {
  return {
    name: 'kokoro:plain-dynamic-imports',
    apply: 'build',
    renderChunk: {
      order: 'post',
      handler(code) {
        if (!code.includes(HELPER)) return null;
        // The helper's own definition stays; the minifier drops it once nothing calls it.
        let out = code.replace(WRAPPED_IMPORT, '$1');
        if (CHUNK_IMPORT.test(out)) {
          if (!out.includes(RETRY.split('.')[0]!)) this.error(`the result chunk's import is here, but not later.ts's ${RETRY}`);
          out = out.replace(CHUNK_IMPORT, `import($1$2$1 + ${RETRY})`);
        }
        return { code: out, map: null };
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        // A style sheet a chunk links itself (chunk.ts: later.css by `new URL`) is only an asset; one it imports needs the helper.
        if (file.type === 'chunk' && (file.viteMetadata?.importedCss.size ?? 0) > 0) this.error(`${file.fileName}: imports CSS, which needs Vite's preload helper`);
        if (file.type === 'chunk' && file.code.includes('vite:preloadError')) this.error(`${file.fileName} still carries Vite's preload helper`);
      }
    },
  };
}
