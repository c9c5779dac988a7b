/**
 * @module
 * Builds the resident pages into dist/frontend: the first script (Preact, the
 * questions, the crisis panel and help list), the result chunk it fetches
 * after first paint (result screen, routing, holiday table), per tenant a
 * prerendered HTML page with the CSS and the crisis subset inlined and a
 * hashed JSON of every helpline, and a Brotli and gzip twin of each. The
 * first question needs two requests (HTML + first script) within one TCP
 * initial window. See frontend/README.md for the budget and the CSP hashes.
 */
import { defineConfig } from 'vite';
import { plainDynamicImports } from './frontend/build/dynamic-imports';
import { phoneInstruments } from './frontend/build/instruments';
import { bundleGuard, prerenderPages } from './frontend/build/plugins';

export default defineConfig({
  publicDir: false,
  // Classic JSX (`h(type, props, ...children)`) for the phone: the same vnodes as the automatic runtime the
  // type-checker, tests and prerender use, without a `children:` key per element or the runtime's dev fields —
  // about 110 compressed bytes of the first script. Names no source file uses, so no local `h` shadows them.
  oxc: {
    jsx: { runtime: 'classic', pragma: '__jsxH', pragmaFrag: '__JsxFragment' },
    jsxInject: "import { h as __jsxH, Fragment as __JsxFragment } from 'preact'",
  },
  build: {
    outDir: 'dist/frontend',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    target: 'es2022',
    reportCompressedSize: false,
    // later.css stays a file: the CSP allows style sheets from 'self', never from data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.css') ? false : undefined),
    rolldownOptions: {
      input: 'frontend/main.tsx',
      output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
  plugins: [phoneInstruments(), plainDynamicImports(), bundleGuard(), prerenderPages()],
});
