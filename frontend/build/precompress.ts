/**
 * @module
 * Compresses every text file of the build once, at the highest settings
 * (Brotli quality 11, gzip -9), beside the original as `.br` and `.gz`. The
 * servers then send what a phone would get from CloudFront without spending
 * CPU per request, and the budget is measured on exactly these bytes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text the browser fetches; build metadata for servers (csp-hashes.json) is never served. */
const COMPRESSIBLE = /\.(html|js|json|css|svg|txt)$/;
const SERVER_ONLY = new Set(['csp-hashes.json']);

export const brotli = (data: Buffer): Buffer =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
export const gzip = (data: Buffer): Buffer => gzipSync(data, { level: 9 });

export interface Compressed {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`; returns the sizes. */
export async function precompress(dir: string): Promise<Compressed[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Compressed[] = [];
  for (const e of entries) {
    if (!e.isFile() || !COMPRESSIBLE.test(e.name) || SERVER_ONLY.has(e.name)) continue;
    const path = join(e.parentPath, e.name);
    const data = await readFile(path);
    const [br, gz] = [brotli(data), gzip(data)];
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    out.push({ file: path.slice(dir.length + 1), raw: data.length, gzip: gz.length, brotli: br.length });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
