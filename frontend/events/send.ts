/**
 * @module
 * Counting that the resident's flow never waits for, and that does not lose
 * a count to one failed request. Each event gets its random id once and sits
 * in a small in-memory outbox (never device storage: nothing of the check
 * may stay on a shared phone) until the server answers: 2xx (counted or
 * duplicate) or any other 4xx (refused: sending it again cannot help) ends
 * it; a network error, 429 or 5xx sends the same body again later. The
 * server counts an id once, so a repeat is always safe. When the page is
 * hidden for good or put in the back-forward cache, whatever is still
 * waiting goes out by sendBeacon, which survives the unload (quick exit).
 * `send` is synchronous and swallows every failure. Events carry nothing
 * about the person — see shared/events for the contract.
 */
import type { CountingEvent } from '../../shared/events';
import { SRC_PATTERN } from '../../shared/domain';

/** Distributes `Omit` over the event union so each event keeps its own fields. */
type WithoutId<E> = E extends unknown ? Omit<E, 'id'> : never;
export type EventBody = WithoutId<CountingEvent>;

export interface EventSender {
  send(event: EventBody): void;
}

/** The outreach tag from `?src=`, if it is a valid tag; anything else counts as direct. */
export function srcFrom(search: string): string | undefined {
  const src = new URLSearchParams(search).get('src');
  return src !== null && SRC_PATTERN.test(src) ? src : undefined;
}

/** `url` is where the events go: shared/site's `tenantEventsPath` for the check, `prefectureEventsPath` for a prefecture's entry page. */
export function createEventSender(url: string): EventSender {
  /** Bodies (each with its id) not yet answered, oldest first; beyond 50 (a long outage) the oldest is given up. */
  const waiting = new Set<string>();
  /**
   * Try `tries` of 12. Between tries a full-jitter wait of at most 1, 2, 4 …
   * 30 s, or the server's Retry-After (seconds) if longer: all tries fit in a
   * few minutes, inside DynamoDB's 10-minute idempotency window, and a later
   * one would still count once, by the server's 3-day marker. The numbers are
   * literals: this is the first script, where every byte is paid for.
   */
  const attempt = (body: string, tries: number): void => {
    const retry = (after?: string | null) =>
      tries < 12
        ? setTimeout(() => waiting.has(body) && attempt(body, tries + 1), Math.max(+after! * 1000 || 0, Math.random() * Math.min(30_000, 1000 << (tries - 1))))
        : waiting.delete(body);
    // The Promise turns a fetch that throws at once (missing, blocked) into a rejection like any network error.
    void new Promise<Response>((ok) =>
      ok(fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true, credentials: 'omit' })),
    ).then(
      (r) => (r.status == 429 || r.status > 499 ? retry(r.headers.get('retry-after')) : waiting.delete(body)),
      () => retry(),
    );
  };
  // Not `once`: a page back from the back-forward cache counts and retries as before.
  addEventListener('pagehide', () => {
    for (const body of waiting)
      try {
        // A string goes as text/plain, which the server accepts like JSON.
        if (!navigator.sendBeacon(url, body)) throw 0;
      } catch {
        // No beacon, or it was refused: one last keepalive fetch, which may outlive the page too.
        attempt(body, 12);
      }
    waiting.clear();
  });
  return {
    send(event) {
      try {
        const body = JSON.stringify({ ...event, id: crypto.randomUUID() });
        waiting.add(body);
        if (waiting.size > 50) waiting.delete([...waiting][0] as string);
        attempt(body, 1);
      } catch {
        // Counting is best effort; the check goes on regardless.
      }
    },
  };
}
