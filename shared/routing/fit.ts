/**
 * @module
 * The help list fitted to the moment: a ranked list split into what the
 * person can use now, what is closed right now (with when it opens), and
 * everything whose details are not confirmed or that the page cannot
 * connect to. A person in distress should meet a line they can use this
 * minute before any card that asks them to wait or to look something up;
 * nothing is dropped, only placed. Rank order is kept inside each group.
 */
import type { RankedHelpline } from './rank';
import { nextOpeningAt } from './open';
import { helpGroupOf } from './standing';

export interface ClosedHelpline extends RankedHelpline {
  /** When it next opens; `null` when that cannot be said. */
  opensAt: Date | null;
}

export interface FittedHelpList {
  /** Open now, then those whose hours we cannot read (worth a try now). */
  now: RankedHelpline[];
  closed: ClosedHelpline[];
  other: RankedHelpline[];
}

/** `ranked` must have been ranked at the same `now`: its open states are read, not recomputed. */
export function fitHelpList(ranked: readonly RankedHelpline[], now: Date): FittedHelpList {
  const fitted: FittedHelpList = { now: [], closed: [], other: [] };
  const unknownHours: RankedHelpline[] = [];
  for (const r of ranked) {
    const group = helpGroupOf(r.helpline, r.openNow);
    if (group === 'closed') fitted.closed.push({ ...r, opensAt: nextOpeningAt(r.helpline.hours, now) });
    else if (group === 'other') fitted.other.push(r);
    else (r.openNow === true ? fitted.now : unknownHours).push(r);
  }
  fitted.now.push(...unknownHours);
  return fitted;
}
