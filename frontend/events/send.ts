/**
 * @module
 * Fire-and-forget counting. The resident's flow must never wait for or break
 * on the counter: sendBeacon queues the event even while the page unloads
 * (quick exit), fetch keepalive stands in where beacons are missing, and every
 * failure is swallowed. Events carry a fresh random id so a retry counts once,
 * and never anything about the person — see shared/events for the contract.
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

export function createEventSender(tenantId: string): EventSender {
  const url = `/api/t/${encodeURIComponent(tenantId)}/events`;
  return {
    send(event) {
      try {
        const body = JSON.stringify({ ...event, id: crypto.randomUUID() });
        const blob = new Blob([body], { type: 'application/json' });
        if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, blob)) return;
        fetch(url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
          keepalive: true,
          credentials: 'omit',
        }).catch(() => undefined);
      } catch {
        // Counting is best effort; the check goes on regardless.
      }
    },
  };
}
