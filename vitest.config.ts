/**
 * @module
 * One `vitest run` covers every suite: unit tests beside the code
 * (shared/, functions/, infra/), API and integration tests against a real
 * dynalite server (test/integration), and browser tests with Debian's
 * Chromium (test/browser). Browser tests need `npm run build` first; `npm test` does that.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'functions/**/*.test.ts', 'infra/**/*.test.ts', 'test/**/*.test.ts', 'frontend/**/*.test.ts', 'frontend/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2-core machines: a few files at a time keeps browser and DynamoDB tests honest.
    maxWorkers: 2,
  },
});
