/**
 * @module
 * `npm start`: the whole service on http://localhost:8787 (or PORT), data
 * persisted under .data/dynalite, the front end from dist/frontend. The only
 * file besides the Lambda entry that knows where it runs.
 */
import { resolve } from 'node:path';
import { TENANTS } from '../../shared/tenants';
import { optionalEnv, portEnv } from '../config/env';
import { mountStaffWithDashboard } from './staff-site';
import { startLocalServer } from './start';
import { servedPrefectures } from '../../shared/regions';
import { prefecturePath } from '../../shared/site';

const distDir = resolve(optionalEnv('DIST_DIR', 'dist/frontend'));
const server = await startLocalServer({
  port: portEnv('PORT', 8787),
  dataDir: resolve(optionalEnv('DATA_DIR', '.data/dynalite')),
  distDir,
  backgroundRollups: true,
  // Staff reports, the development issuer and the dashboard (issue 3); never part of the Lambda build.
  extend: mountStaffWithDashboard(distDir),
});

const example = Object.values(TENANTS).find((tenant) => !tenant.testOnly)?.id ?? 'matsudo';
console.log(`kokoro-check is running: ${server.url}/t/${example}/?src=sticker-cityhall`);
for (const prefecture of servedPrefectures(TENANTS)) console.log(`Prefecture entry page (${prefecture.name}): ${server.url}${prefecturePath(prefecture.id)}`);
console.log(`Staff dashboard: ${server.url}/staff/`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping…`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
