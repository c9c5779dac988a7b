/**
 * @module
 * `npm run bench [-- part…]`: runs the benchmarks of issue 5 — resident
 * first screen (perf-frontend's bench/first-screen.ts, when present),
 * Lambda start-up, counting, reports — prints one table with PASS/FAIL
 * beside each budget and writes bench/results.json. Parts can be picked by
 * name (`npm run bench -- lambda counting`). It is a report, not a gate:
 * the exit code is 0 even when a budget fails, which it says loudly.
 * Everything runs on loopback; nothing leaves the machine.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BenchRow } from './types';

const PARTS: Record<string, () => Promise<BenchRow[]>> = {
  resident: async () => {
    const file = new URL('./first-screen.ts', import.meta.url);
    if (!existsSync(file)) return [{ group: 'resident', name: 'first screen', unit: '', median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0, note: 'not measured: bench/first-screen.ts is absent' }];
    const { benchFirstScreen } = (await import(file.href)) as { benchFirstScreen: () => Promise<BenchRow[]> };
    return benchFirstScreen();
  },
  lambda: async () => (await import('./lambda')).benchLambda(),
  counting: async () => (await import('./counting')).benchCounting(),
  reports: async () => (await import('./reports')).benchReports(),
  prefecture: async () => (await import('./prefecture')).benchPrefecture(),
};

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = asked.filter((part) => !(part in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
const parts = asked.length > 0 ? asked : Object.keys(PARTS);

const rows: BenchRow[] = [];
const started = Date.now();
for (const part of parts) {
  const t0 = Date.now();
  console.error(`[bench] ${part}…`);
  try {
    rows.push(...(await (PARTS[part] as () => Promise<BenchRow[]>)()));
  } catch (error) {
    // One broken part must not hide the others' figures.
    console.error(`[bench] ${part} failed:`, error);
    rows.push({ group: part, name: 'part failed to run', unit: '', median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0, budget: { limit: 0, comparison: '<=', pass: false, label: 'runs' }, note: String((error as Error).message).slice(0, 120) });
  }
  console.error(`[bench] ${part} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const fmt = (n: number) => (Number.isNaN(n) ? '–' : Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en') : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const table = rows.map((r) => ({
  group: r.group,
  figure: r.name,
  median: `${fmt(r.median)} ${r.unit}`.trim(),
  min: fmt(r.min),
  max: fmt(r.max),
  runs: String(r.runs),
  budget: r.budget?.label ?? '',
  result: r.budget ? (r.budget.pass ? 'PASS' : 'FAIL') : '',
  note: r.note ?? '',
}));
const headers = { group: 'group', figure: 'figure', median: 'median', min: 'min', max: 'max', runs: 'runs', budget: 'budget', result: 'PASS/FAIL', note: 'note' };
const columns = Object.keys(headers) as (keyof typeof headers)[];
const widths = columns.map((c) => Math.max(headers[c].length, ...table.map((t) => t[c].length)));
const line = (cells: Record<string, string>) => columns.map((c, i) => (c === 'note' ? cells[c] : (cells[c] ?? '').padEnd(widths[i] ?? 0))).join(' | ');
console.log(line(headers));
console.log(widths.map((w, i) => '-'.repeat(columns[i] === 'note' ? 4 : w)).join('-|-'));
for (const t of table) console.log(line(t));

const failed = rows.filter((r) => r.budget && !r.budget.pass);
const machine = { node: process.version, loadAverage1m: Number(loadavg()[0]?.toFixed(2)), seconds: Math.round((Date.now() - started) / 1000) };
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, parts, rows }, null, 2)}\n`);
console.log(`\n${rows.length} figures in ${machine.seconds} s (load average ${machine.loadAverage1m} on this machine); bench/results.json written.`);
if (failed.length > 0) {
  console.log(`\n!!!!!!!! FAIL: ${failed.length} budget(s) not met !!!!!!!!`);
  for (const r of failed) console.log(`  FAIL  ${r.group} / ${r.name}: ${fmt(r.median)} ${r.unit} (budget ${r.budget?.label})`);
} else console.log('\nAll budgets met.');
