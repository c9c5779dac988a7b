/**
 * @module
 * The line rules that only full routing (in the result chunk) and the build
 * ask, with no clock: whether a line is made for one audience alone, whether
 * a resident can act on it as shown, which group of the fitted help list a
 * known open state puts it in, and whether it rides in the inlined crisis
 * subset. Apart from ./rules, which the page's first script imports, so that
 * none of this is bundled into the first script.
 */
import type { Mode } from '../domain';
import { modeSpec } from '../modes';
import type { Helpline } from '../helplines/schema';
import { isReachable } from './reach';
import { isGeneralLocal, isRemoteCrisisLine, servesMode, type LineFacts } from './rules';

type Audiences = Pick<Helpline, 'audiences'>;

/** A line for every age: it takes adults and teenagers alike. */
const forEveryAge = (h: Audiences): boolean => h.audiences.includes('adult') && h.audiences.includes('teen');

/**
 * Made for this mode's audience, as opposed to a line for every age: such lines lead their tier.
 * For a mode about someone else (家族), a line that also takes adults or teenagers themselves is not
 * its own: 24時間子供SOSダイヤル takes parents too, but must not lead for someone worried about their husband.
 */
export const isOwnLine = (h: Audiences, mode: Mode): boolean =>
  servesMode(h, mode) && (modeSpec(mode).aboutOther ? !h.audiences.some((a) => a === 'adult' || a === 'teen') : !forEveryAge(h));

/** Confirmed and connectable from the page: a resident can act on it as shown. */
export const isConfirmed = (h: LineFacts): boolean => !h.unverified && isReachable(h);

/**
 * The inlined crisis subset, for the one-tap buttons the page shows before the
 * full data arrives: 119/110, and the confirmed lines among the crisis lines
 * open 24 h by phone or chat (no clock needed to call them open) and the
 * general local windows. A button cannot carry "still being confirmed", so
 * nothing unconfirmed rides here; the full panel lists it with its notice.
 */
export const inCrisisSubset = (h: Helpline): boolean =>
  h.emergency || (isConfirmed(h) && ((isRemoteCrisisLine(h) && h.hours.kind === 'always') || isGeneralLocal(h)));

export type HelpGroup = 'now' | 'closed' | 'other';

/**
 * The help-list group for a line. `other` holds what a resident cannot act on
 * as shown — anything unverified, anything the page cannot connect to — so
 * what comes first can be used as it stands; `openNow` null (cannot say)
 * still puts a line in `now`: it is worth trying this minute.
 */
export const helpGroupOf = (h: LineFacts, openNow: boolean | null): HelpGroup =>
  !isConfirmed(h) ? 'other' : openNow === false ? 'closed' : 'now';
