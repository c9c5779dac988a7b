/**
 * @module
 * What routing asks of one line, with no clock, that the page's first script
 * asks too (on the inlined subset, before the result chunk arrives): whom it
 * serves and whether it belongs in the crisis panel. Full routing (in the
 * result chunk) asks here as well, so each rule is written once. Whatever the
 * result chunk uses from a module the first script imports is bundled into
 * the first script, so keep this module to such rules (the rest are in
 * ./standing), and import nothing else here: never the opening-hours rules or the
 * holiday table. The mode registry it asks (../modes) is plain data too.
 */
import { modeSpec, type Mode } from '../modes';
import type { Channel, Helpline } from '../helplines/schema';

type Audiences = Pick<Helpline, 'audiences'>;

/** What both the full data and a line of the inlined subset say about a line. */
export type LineFacts = Audiences & { channels: readonly Channel[]; unverified?: boolean; crisis?: boolean };

/** A line outside the mode's audience is left out of its lists altogether: a teen is not offered job centres, nor an adult チャイルドライン. */
export const servesMode = (h: Audiences, mode: Mode): boolean => h.audiences.includes(modeSpec(mode).audience);

/**
 * A crisis line someone can use from where they are, by phone or chat. A chat
 * known by name only still counts: in a crisis its card says how to find it,
 * which is more than leaving it out.
 */
export const isRemoteCrisisLine = (h: LineFacts): boolean => h.crisis === true && h.channels.some((c) => c.type !== 'visit');

/** A local window that takes any topic. Lines of the inlined subset carry no topics: the subset holds only such windows. */
export const isGeneralLocal = (h: Partial<Pick<Helpline, 'scope'>> & { topics?: readonly unknown[] }): boolean =>
  h.scope === 'local' && !h.topics?.length;
