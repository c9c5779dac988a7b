/**
 * @module
 * Vite plugin: the phone gets an instrument's questions, not its paperwork.
 * Each instrument module (shared/instruments/<name>.ts) is loaded at build
 * time as written — the exact item wording, options and lead-in — and handed
 * to the bundle with only the fields the questions show. How a total becomes
 * a band (`result`) rides in the tenant's full data instead (data/build.ts),
 * after first paint, with the result chunk that reads it. Licence, citations and
 * source URLs stay in the repository, where `INSTRUMENTS` validates them and
 * the build refuses an instrument without them (see prerender).
 */
import type { Plugin } from 'vite';
import type { Instrument } from '../../shared/instruments/schema';

const INSTRUMENT_MODULE = /[\\/]shared[\\/]instruments[\\/](?!index\.ts$|schema\.ts$|for-mode\.ts$|asked\.ts$)[\w-]+\.ts$/;
const SHOWN = ['items', 'options', 'recallLeadIn'] as const;

const isInstrument = (v: unknown): v is Instrument => typeof v === 'object' && v !== null && 'items' in v && 'licence' in v;

export function phoneInstruments(): Plugin {
  return {
    name: 'kokoro:phone-instruments',
    apply: 'build',
    async load(id) {
      if (!INSTRUMENT_MODULE.test(id)) return null;
      const { tsImport } = await import('tsx/esm/api');
      const mod = (await tsImport(id, import.meta.url)) as Record<string, unknown>;
      const lines = Object.entries(mod)
        .filter((entry): entry is [string, Instrument] => isInstrument(entry[1]))
        .map(([name, inst]) => `export const ${name} = ${JSON.stringify(Object.fromEntries(SHOWN.map((k) => [k, inst[k]])))};`);
      if (lines.length === 0) this.error(`${id} exports no instrument`);
      return lines.join('\n');
    },
  };
}
