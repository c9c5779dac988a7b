/**
 * @module
 * What the CDK app reads from the working tree before it builds the stack:
 * the built front end and its inline hashes, the Lambda entry files, and
 * the tenant list. Each missing or malformed input stops the synth with a
 * sentence saying what to do, instead of a stack that deploys half a service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInlineHashes, type InlineHashes } from '../../functions/http/security';
import { NEUTRAL_PAGE_PATH, NOT_FOUND_FILE } from '../../shared/site';

export class AppInputError extends Error {
  override name = 'AppInputError';
}

export interface AppInputs {
  frontendDir: string;
  inlineHashes: InlineHashes;
  publicEntry: string;
  rollupEntry: string;
  staffEntry?: string;
}

function readInlineHashes(file: string): InlineHashes {
  if (!existsSync(file)) return {};
  try {
    return parseInlineHashes(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new AppInputError(`${file} does not hold the build's inline hashes: ${(error as Error).message}`, { cause: error });
  }
}

export function readAppInputs(root: string): AppInputs {
  const frontendDir = join(root, 'dist', 'frontend');
  // The viewer-request function rewrites to the last two: without them a mistyped address would meet S3's error.
  for (const required of ['index.html', 'assets', NOT_FOUND_FILE, join(NEUTRAL_PAGE_PATH, 'index.html')]) {
    if (!existsSync(join(frontendDir, required))) {
      throw new AppInputError(`${join(frontendDir, required)} is missing: run \`npm run build\` before synth (\`npm run synth\` does both)`);
    }
  }
  const publicEntry = join(root, 'functions', 'lambda', 'public.ts');
  if (!existsSync(publicEntry)) throw new AppInputError(`${publicEntry} is missing: the public API function has no entry file`);
  const rollupEntry = join(root, 'functions', 'lambda', 'rollup.ts');
  if (!existsSync(rollupEntry)) throw new AppInputError(`${rollupEntry} is missing: the rollup job has no entry file`);
  const staffEntry = join(root, 'functions', 'lambda', 'staff.ts');
  return {
    frontendDir,
    inlineHashes: readInlineHashes(join(frontendDir, 'csp-hashes.json')),
    publicEntry,
    rollupEntry,
    ...(existsSync(staffEntry) ? { staffEntry } : {}),
  };
}
