/**
 * The tests and `npm start` run on the Node.js major the Lambda functions run on. `npm ci`
 * installs it from the `node` devDependency (its install script, approved in package.json's
 * `allowScripts`, fetches the platform binary from the npm registry), and every npm script finds
 * it first on PATH in node_modules/.bin — so a machine whose own Node is older needs no manual step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTION_RUNTIME } from './function';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string>; allowScripts: Record<string, boolean> };
const lambdaMajor = /^nodejs(\d+)\.x$/.exec(FUNCTION_RUNTIME.name)?.[1];

describe('Node.js version', () => {
  it('installs and declares the major version Lambda runs', () => {
    expect(lambdaMajor).toBeDefined();
    expect(pkg.devDependencies['node']).toMatch(new RegExp(`^\\^${lambdaMajor}\\.`));
    expect(pkg.engines.node).toMatch(new RegExp(`^\\^${lambdaMajor}\\.`));
    // npm 11 skips dependency install scripts that package.json does not approve: without this, no binary.
    expect(pkg.allowScripts['node']).toBe(true);
  });

  it('runs the tests on it', () => {
    expect(process.versions.node.split('.')[0], `Node ${process.versions.node}: run the tests through npm (npm test, npm run test:unit) after npm ci`).toBe(lambdaMajor);
  });
});
