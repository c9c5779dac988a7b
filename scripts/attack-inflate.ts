/**
 * `npm run attack:inflate [-- --target http://localhost:8787] [--seconds 10] [--concurrency 16]`
 *
 * Plays the one-machine inflation attack of issue 13, bounded and on this
 * machine only: one client posts valid `complete` events (10代, 非常に高い,
 * safety-flagged — the cells an attacker would pick) for the test-only
 * tenant sample-town as fast as it can, and the script prints how many were
 * counted per minute. Without --target it starts its own local server in
 * memory, so no data folder is touched. Then it prints what production's
 * limits would let the same client through. Figures are printed, never
 * asserted: they depend on the machine.
 */
import { TENANTS } from '../shared/tenants';
import { startLocalServer } from '../functions/local/start';
import { settingsSchema } from '../infra/lib/settings';
import { loopbackTarget } from './attack/loopback';

const TENANT = TENANTS.find((tenant) => tenant.testOnly)?.id ?? 'sample-town';
const MAX_SECONDS = 60;
const MAX_CONCURRENCY = 64;
const MAX_EVENTS = 200_000;

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const bounded = (name: string, fallback: number, max: number): number => {
  const raw = arg(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
  return value;
};

const seconds = bounded('seconds', 10, MAX_SECONDS);
const concurrency = bounded('concurrency', 16, MAX_CONCURRENCY);
const targetArg = arg('target');
// Refused before anything is sent: only this machine.
const target = targetArg ? loopbackTarget(targetArg) : undefined;

const own = target ? undefined : await startLocalServer({ port: 0, distDir: 'dist/frontend' });
const base = target ? target.origin : own!.url;
const url = `${base}/api/t/${TENANT}/events`;
const event = () => JSON.stringify({ type: 'complete', id: crypto.randomUUID(), mode: 'teen', ageBand: '10s', gender: 'na', band: 'veryHigh', safetyFlag: true, topics: [] });

const statuses = new Map<number | string, number>();
let sent = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
const worker = async () => {
  while (performance.now() < deadline && sent < MAX_EVENTS) {
    sent++;
    let status: number | string;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: event() });
      await res.arrayBuffer();
      status = res.status;
    } catch (error) {
      status = (error as Error).name;
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
};
console.log(`attack:inflate → ${url} for ${seconds} s with ${concurrency} concurrent requests (at most ${MAX_EVENTS} events)…`);
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
await own?.close();

const counted = statuses.get(202) ?? 0;
const perMinute = Math.round((counted / elapsed) * 60);
console.log(`\nLocally: ${sent} sent in ${elapsed.toFixed(1)} s; answers ${JSON.stringify(Object.fromEntries(statuses))}`);
console.log(`  counted: ${counted} → ${perMinute} counted completions per minute from one client (${Math.round(counted / elapsed)}/s)`);

const defaults = settingsSchema.parse({ stage: 'prod' });
const throttlePerMinute = defaults.eventsRateLimit * 60;
console.log('\nProduction limits (defaults of infra/lib/settings.ts):');
console.log(`  API Gateway route throttle: ${defaults.eventsRateLimit}/s steady, burst ${defaults.eventsBurstLimit} — shared by every tenant and client: ${throttlePerMinute}/min in all`);
const clientPerMinute = defaults.edgeWaf ? defaults.clientEventsPer5Min / 5 : throttlePerMinute;
const tenantPerMinute = defaults.edgeWaf ? defaults.tenantEventsPer5Min / 5 : throttlePerMinute;
console.log(
  `  Edge limits (AWS WAF, infra/lib/edge-waf.ts): ${defaults.clientEventsPer5Min} counting requests per client address and municipality in 5 minutes, ` +
    `${defaults.tenantEventsPer5Min} per municipality from everyone together; above either, 429 at the edge`,
);
console.log(`  → one client address gets at most ${Math.min(perMinute, clientPerMinute)}/min counted into one municipality (locally: ${perMinute}/min)`);
const yearly = 50_000;
console.log(
  `  → inflating a town of ${yearly.toLocaleString('en')} completions a year by 10 % takes one address ≥ ${Math.ceil(yearly / 10 / clientPerMinute)} min ` +
    `(was ${Math.ceil(yearly / 10 / throttlePerMinute)} min at the shared throttle alone), and many addresses together at most ${tenantPerMinute}/min for that town`,
);
console.log(
  `  → a flood into one town takes at most ${tenantPerMinute}/min of the shared ${throttlePerMinute}/min, so the other towns keep ${throttlePerMinute - tenantPerMinute}/min`,
);
console.log('  Cross-site pages: refused (403) — a visitor’s browser cannot be used; a script sends from its own address.');
