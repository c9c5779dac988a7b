/**
 * @module
 * Builds the resident pages into dist/frontend: one hashed JS bundle (Preact,
 * questions, scoring, routing, holiday table) and, per tenant, a prerendered
 * HTML page with the CSS and the tenant's data inlined, so the first question
 * needs two requests (HTML + JS) and fits one TCP round trip. See
 * frontend/README.md for the budget and the CSP hash hand-off.
 */
import { defineConfig } from 'vite';
import { bundleGuard, prerenderPages } from './frontend/build/plugins';

export default defineConfig({
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist/frontend',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      input: 'frontend/main.tsx',
      output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
  plugins: [bundleGuard(), prerenderPages()],
});
