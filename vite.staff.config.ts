/**
 * @module
 * Builds the staff dashboard (frontend/staff) into dist/frontend/staff: its
 * own HTML, its own hashed JS and an external CSS file, so residents' pages
 * never reference or download any of it and the strict CSP needs no hash.
 * Runs after the resident build (`vite build && vite build -c
 * vite.staff.config.ts`); that one empties dist/frontend, this one must not.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'frontend/staff',
  base: '/staff/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/frontend/staff',
    emptyOutDir: false,
    sourcemap: false,
    modulePreload: false,
    target: 'es2022',
    reportCompressedSize: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
