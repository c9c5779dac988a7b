/**
 * @module
 * Four vitest projects, each with time limits fitted to its work — generous
 * where the work is heavy, so a busy 2-core machine (load average 8 and more)
 * makes the suite slower, never red. No test asserts how long something took.
 *
 * - `unit`: tests beside the code (shared/, functions/, infra/, frontend/,
 *   scripts/) that neither start a server nor spawn a process. Fast; short
 *   limits so a hang shows at once. `npm run test:unit` runs only these, no build.
 * - `integration`: test/integration and the fault suite test/faults, against real
 *   dynalite and DynamoDB Local servers, plus the few tests beside code that
 *   start a server or run a command (listed below).
 * - `browser`: test/browser, the whole service in Debian's Chromium. Needs
 *   `npm run build` first; `npm test` does that.
 * - `infra`: test/infra — cdk synth, cdk-nag, the Lambda bundles built and run —
 *   plus the staff entry's bundle check beside the code.
 *
 * `npm test` builds, then runs all four; `vitest run --project <name>` runs one.
 */
import { defineConfig } from 'vitest/config';

/** Tests beside the code that do what integration tests do: start a server or run a command. */
const SERVERS_BESIDE_CODE = [
  // A scripted HTTP server playing DynamoDB's failures, with 300 ms client timeouts.
  'functions/dynamo/http.test.ts',
  // Serves the built-pages app on a real socket to check keep-alive.
  'functions/local/static.test.ts',
  // Runs `node --import tsx scripts/check-helplines.ts` as a child process.
  'scripts/check-helplines.test.ts',
];
/** Tests beside the code that bundle a Lambda entry with esbuild, as test/infra does. */
const BUNDLES_BESIDE_CODE = ['functions/lambda/staff.test.ts'];

const BESIDE_CODE = ['shared', 'functions', 'infra', 'frontend', 'scripts'].flatMap((dir) => [`${dir}/**/*.test.ts`, `${dir}/**/*.test.tsx`]);

export default defineConfig({
  test: {
    // 2 cores: two test files at a time across all projects keeps browser and DynamoDB tests honest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: BESIDE_CODE,
          exclude: [...SERVERS_BESIDE_CODE, ...BUNDLES_BESIDE_CODE],
          testTimeout: 15_000,
          hookTimeout: 15_000,
          expect: { poll: { timeout: 5_000, interval: 50 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/faults/**/*.test.ts', ...SERVERS_BESIDE_CODE],
          // DynamoDB Local is a JVM: starting it on a busy machine takes tens of seconds. A fault
          // scenario sends hundreds of events through a proxy that holds and delays answers.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // A whole resident walk is dozens of page steps; at load 8 one took over 60 s.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts', ...BUNDLES_BESIDE_CODE],
          // cdk synth + cdk-nag and bundling every Lambda are minutes of CPU on a busy 2-core machine.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 60_000, interval: 200 } },
        },
      },
    ],
  },
});
