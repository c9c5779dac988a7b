/**
 * @module
 * The result chunk and the tenant's full helpline data, fetched together
 * after first paint so the result never waits on the network. If the fetch
 * fails (weak signal) nothing breaks: while a screen wants them, `keepTrying`
 * asks again with growing pauses and whenever the phone comes back online,
 * and the screens meanwhile show the inlined crisis subset.
 */
import type { FullTenant } from '../data/types';

export interface Later {
  mod: typeof import('./chunk');
  tenant: FullTenant;
}

export interface LaterSource {
  /** What has arrived so far. */
  current(): Later | undefined;
  /** Starts (or restarts after a failure) the fetch. */
  load(): Promise<Later>;
}

/**
 * Where the next import of the chunk asks: after a failed load, a new
 * address (`?<time>`), because Chromium keeps a failed import() for the
 * page's whole life and would never fetch that address again. The build
 * appends `+ chunkQuery.q` to the chunk's import (frontend/build/dynamic-imports.ts).
 */
const chunkQuery = { q: '' };

/** The browser's source: the chunk by dynamic import, the data by same-origin fetch. */
export function laterFrom(dataPath: string): LaterSource {
  let done: Later | undefined;
  let pending: Promise<Later> | undefined;
  const data = () =>
    fetch(dataPath, { credentials: 'omit' }).then((r) => (r.ok ? (r.json() as Promise<FullTenant>) : Promise.reject(new Error(`${r.status}`))));
  return {
    current: () => done,
    load: () =>
      (pending ??= Promise.all([import('./chunk'), data()]).then(
        ([mod, tenant]) => mod.styled.then(() => (done = { mod, tenant })),
        (error: unknown) => {
          pending = undefined;
          chunkQuery.q = `?${Date.now()}`;
          throw error;
        },
      )),
  };
}

/** Nothing arrives: the prerenderer, and tests of the offline screens. */
export const neverLater: LaterSource = { current: () => undefined, load: () => new Promise(() => undefined) };

const MAX_PAUSE_MS = 30_000;

/** Loads until it succeeds (pauses 2 s, 4 s … 30 s, and at once when back online); returns a stop function. */
export function keepTrying(source: LaterSource, arrived: (later: Later) => void): () => void {
  let live = true;
  let busy = false;
  let pause = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    if (busy || !live) return;
    busy = true;
    clearTimeout(timer);
    source.load().then(
      (l) => live && arrived(l),
      () => {
        busy = false;
        if (live) timer = setTimeout(attempt, (pause = Math.min(pause * 2, MAX_PAUSE_MS)));
      },
    );
  };
  attempt();
  addEventListener('online', attempt);
  return () => {
    live = false;
    clearTimeout(timer);
    removeEventListener('online', attempt);
  };
}
