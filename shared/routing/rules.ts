/**
 * @module
 * What routing asks of one line, with no clock: whom it serves, whether it
 * belongs in the crisis panel and the inlined crisis subset, and which group
 * of the fitted help list a known open state puts it in. Full routing (in the
 * result chunk), the page's first script (on the inlined subset, before the
 * chunk arrives) and the prerender (choosing that subset) all ask here, so
 * each rule is written once. Whatever the result chunk uses from a module
 * the first script imports is bundled into the first script, so keep this
 * module to such rules, and import nothing here but ./reach: never the
 * opening-hours rules or the holiday table.
 */
import type { Audience, Mode } from '../domain';
import type { Channel, Helpline } from '../helplines/schema';
import { isReachable } from './reach';

type Audiences = Pick<Helpline, 'audiences'>;

/** What both the full data and a line of the inlined subset say about a line. */
export type LineFacts = Audiences & { channels: readonly Channel[]; unverified?: boolean; crisis?: boolean };

/** The one place a mode becomes an audience: a new mode is a new entry here. */
const AUDIENCE_OF: Record<Mode, Audience> = { self: 'adult', teen: 'teen' };

/** A line outside the mode's audience is left out of its lists altogether: a teen is not offered job centres, nor an adult チャイルドライン. */
export const servesMode = (h: Audiences, mode: Mode): boolean => h.audiences.includes(AUDIENCE_OF[mode]);

/** Made for this mode's audience alone, as opposed to a line for every age: such lines lead their tier. */
export const isOwnLine = (h: Audiences, mode: Mode): boolean => servesMode(h, mode) && !(servesMode(h, 'self') && servesMode(h, 'teen'));

export const isTeenLine = (h: Audiences): boolean => isOwnLine(h, 'teen');

/**
 * A crisis line someone can use from where they are, by phone or chat. A chat
 * known by name only still counts: in a crisis its card says how to find it,
 * which is more than leaving it out.
 */
export const isRemoteCrisisLine = (h: LineFacts): boolean => h.crisis === true && h.channels.some((c) => c.type !== 'visit');

/** A local window that takes any topic. Lines of the inlined subset carry no topics: the subset holds only such windows. */
export const isGeneralLocal = (h: Pick<Helpline, 'scope'> & { topics?: readonly unknown[] }): boolean =>
  h.scope === 'local' && !h.topics?.length;

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
