/**
 * @module
 * What a function package makes a cold start load. `index.mjs` and every
 * chunk it imports statically (transitively) are read and evaluated before
 * the handler exists, on every cold start: that sum is the bundle size the
 * 150 KB budget is about. Chunks reached only through `import()` are read the
 * first time a request needs them (the QR encoder, the CSV writer, the
 * channel importer) and are listed apart, each with the chunks it adds.
 * The import graph is read from the package as built, by esbuild's own
 * parser, so the split is measured rather than assumed; sizes are the files'
 * bytes on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export interface PackageFile {
  /** Relative to the package root, e.g. `index.mjs`, `chunks/svg-5UP3BRKE.mjs`. */
  file: string;
  bytes: number;
}

export interface LazyChunk extends PackageFile {
  /** The chunk and whatever it imports statically that the cold start has not loaded already. */
  loadBytes: number;
}

export interface BundleLayout {
  /** `index.mjs` and the chunks it imports statically: read on every cold start. */
  startup: PackageFile[];
  startupBytes: number;
  /** Chunks loaded by `import()` on first use, by file name. */
  lazy: LazyChunk[];
}

interface Graph {
  staticImports: Map<string, string[]>;
  dynamicImports: Map<string, string[]>;
}

const importGraph = (packageDir: string, entry: string): Graph => {
  // Bundling the package again, writing nothing, only to get esbuild's metafile: its inputs are our output files.
  const { metafile } = buildSync({ absWorkingDir: packageDir, entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', outdir: 'unused' });
  const staticImports = new Map<string, string[]>();
  const dynamicImports = new Map<string, string[]>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    const local = input.imports.filter((i) => !i.external);
    staticImports.set(file, local.filter((i) => i.kind === 'import-statement').map((i) => i.path));
    dynamicImports.set(file, local.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
  }
  return { staticImports, dynamicImports };
};

const closure = (graph: Graph, from: string, known: ReadonlySet<string> = new Set()): Set<string> => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || known.has(file)) return;
    seen.add(file);
    for (const next of graph.staticImports.get(file) ?? []) visit(next);
  };
  visit(from);
  return seen;
};

export const bundleLayout = (packageDir: string, entry = 'index.mjs'): BundleLayout => {
  const graph = importGraph(packageDir, entry);
  const sizeOf = (file: string): PackageFile => ({ file, bytes: readFileSync(join(packageDir, file)).length });
  const startupFiles = closure(graph, entry);
  const startup = [...startupFiles].map(sizeOf);
  const lazyEntries = new Set([...graph.dynamicImports.values()].flat().filter((file) => !startupFiles.has(file)));
  const lazy = [...lazyEntries].sort().map((file) => ({
    ...sizeOf(file),
    loadBytes: [...closure(graph, file, startupFiles)].reduce((sum, f) => sum + sizeOf(f).bytes, 0),
  }));
  return { startup, startupBytes: startup.reduce((sum, f) => sum + f.bytes, 0), lazy };
};
