/**
 * @module
 * The whole service on one local origin: dynalite in-process, the counter
 * table ensured, the same public API app as on Lambda, and the built front
 * end served like CloudFront would. Browser tests and benchmarks call
 * `startLocalServer` on a free port with a temporary data folder; `npm start`
 * calls it through server.ts.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getTenant, TENANTS, type Tenant } from '../../shared/tenants';
import { servedPrefectures } from '../../shared/regions';
import { runRollups } from '../lambda/rollup-job';
import { createDynamoPlausibilityStore, type PlausibilityStore } from '../plausibility';
import { jsonErrorHandler, jsonNotFound, parseInlineHashes, securityHeaders, type InlineHashes } from '../http';
import { createPublicApp } from '../public';
import { createDynamoCounterStore, createRegisteredTags, type CounterStore } from '../store';
import { ensureTables } from '../store/tables';
import { createDynamoChannelStore } from '../staff/channels/store';
import type { Dynamo } from '../dynamo';
import { startDynalite } from './dynalite';
import { createStaticApp, notFoundPage } from './static';

export const LOCAL_TABLE_NAME = 'kokoro-check-counters';
/** Stands in for the monthly scheduled rollup job in AWS. */
const ROLLUP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** The prefectures with an entry page, once: the router asks on every request under /p/. */
const servedPrefectureIds: ReadonlySet<string> = new Set(servedPrefectures(TENANTS).map((p) => p.id));

/**
/**
 * The scheduled job's run (functions/lambda/rollup-job.ts) over every tenant's id: its registered-tags item brought
 * in step with its channels, closed months and days, then the nightly plausibility check. A failed tenant is logged
 * and the others go on; reads fall back to raw counters, so a failed rollup only costs speed.
 */
export const rollupAllTenants = async (
  store: CounterStore,
  now: Date,
  tenants: readonly Tenant[] = TENANTS,
  refreshRegisteredTags?: (tenant: string) => Promise<void>,
  plausibility?: PlausibilityStore,
) => {
  const log = (line: string) => {
    if (!line.startsWith('rollup run:')) console.log(`[local] ${line}`);
  };
  await runRollups({ store, tenants, now, ...(refreshRegisteredTags ? { refreshRegisteredTags } : {}), ...(plausibility ? { plausibility } : {}), log }).catch(
    (error: Error) => console.error(`[local] ${error.message}`),
  );
};

/** What an extension (e.g. the staff API and dev issuer) gets to mount its routes. */
export interface LocalServices {
  dynamo: Dynamo;
  tableName: string;
  store: CounterStore;
  origin: string;
}

export interface LocalServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for dynalite's files; omit to keep everything in memory. */
  dataDir?: string;
  distDir: string;
  hostname?: string;
  clock?: () => Date;
  /** Roll up closed months now and every 6 hours, as the scheduled job does in AWS (`npm start`); off for tests. */
  backgroundRollups?: boolean;
  /** How long an event's body may take to arrive before a 408 (default 10 s): a client sending less than its Content-Length cannot hold a request open. */
  bodyTimeoutMs?: number;
  /** Mounts further routes before the static fallbacks. */
  extend?: (app: Hono, services: LocalServices) => void | Promise<void>;
}

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/** The inline hashes the front-end build wrote, so pages get a strict CSP that still allows their inline style and script. */
const readInlineHashes = async (distDir: string): Promise<InlineHashes> => {
  let raw: string;
  try {
    raw = await readFile(join(distDir, 'csp-hashes.json'), 'utf8');
  } catch {
    return {};
  }
  return parseInlineHashes(JSON.parse(raw));
};

export const startLocalServer = async (options: LocalServerOptions): Promise<LocalServer> => {
  const hostname = options.hostname ?? '127.0.0.1';
  const dynamo = await startDynalite(options.dataDir ? { path: options.dataDir } : {});
  let rollupTimer: NodeJS.Timeout | undefined;
  let rollupRunning: Promise<void> | undefined;
  try {
    await ensureTables(dynamo.client, LOCAL_TABLE_NAME);
    const store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME });
    const plausibility = createDynamoPlausibilityStore({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME, counters: store });
    const clock = options.clock ?? (() => new Date());
    if (options.backgroundRollups) {
      const channels = createDynamoChannelStore({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME });
      // One run at a time; close() waits for the running one, so stopping never cuts a rollup off mid-way.
      const runRollups = () => {
        if (!rollupRunning) {
          rollupRunning = rollupAllTenants(store, clock(), TENANTS, (tenant) => channels.refreshRegisteredTags(tenant), plausibility).finally(() => (rollupRunning = undefined));
        }
      };
      runRollups();
      rollupTimer = setInterval(runRollups, ROLLUP_INTERVAL_MS);
      rollupTimer.unref();
    }

    const app = new Hono();
    app.use(securityHeaders({ hashes: await readInlineHashes(options.distDir) }));
    app.use(compress());
    // The same one-item read as on Lambda; the local staff API keeps the item up to date (functions/staff/channels/store.ts).
    const registeredTags = createRegisteredTags({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME });
    app.route('/', createPublicApp({ store, registeredTags, clock, ...(options.bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs: options.bodyTimeoutMs }) }));

    // Plain HTTP/1.1 (no TLS, no HTTP/2 options), so this is a node:http Server.
    const server = serve({ fetch: app.fetch, port: options.port, hostname }) as Server;
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const origin = `http://${hostname === '127.0.0.1' || hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;

    await options.extend?.(app, { dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME, store, origin });
    app.route('/', createStaticApp({
        distDir: options.distDir,
        isTenant: (id) => getTenant(id) !== undefined,
        isPrefecture: (id) => servedPrefectureIds.has(id),
      }));
    app.notFound((c) => (c.req.path.startsWith('/api/') ? jsonNotFound(c) : notFoundPage(options.distDir, c.req.header('Accept-Encoding'))));
    app.onError(jsonErrorHandler);

    return {
      url: origin,
      close: async () => {
        clearInterval(rollupTimer);
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await rollupRunning;
        await dynamo.close();
      },
    };
  } catch (error) {
    clearInterval(rollupTimer);
    await dynamo.close();
    throw error;
  }
};
