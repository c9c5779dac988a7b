/**
 * @module
 * Which helplines to show first, for one resident at one instant (product.md,
 * "Results and routing"). Tiers, in order: crisis lines when the safety flag
 * is raised; in teen mode the lines made for young people; local windows
 * that serve a chosen topic; lines open now; the rest. A topic-matched local
 * window that the page cannot connect to (its number is not yet confirmed)
 * still keeps its reason but follows the lines open now: the resident's first
 * screenful should hold a line they can reach this minute. Lines not meant for
 * the mode's audience (チャイルドライン for an adult, an adults-only window
 * for a teen) are kept, last, so nothing is hidden from an older teen or a
 * parent. Within a tier: open now, then unknown hours, then closed; lines the
 * page can connect to before those it cannot; in teen mode teen lines before
 * lines for everyone; then the tenant's data order.
 * Emergency numbers (119/110) are never ranked: `crisisPanel` shows them apart.
 * Only types are imported here, so the page's bundle carries no schema code.
 */
import type { Band, Mode, Topic } from '../domain';
import type { Helpline } from '../helplines/schema';
import type { Tenant } from '../tenants/schema';
import { isOpenAt } from './open';
import { isReachable } from './reach';

export type RankReason = 'crisis' | 'teen' | 'local-topic' | 'open-now' | 'other';
export interface RankedHelpline {
  helpline: Helpline;
  openNow: boolean | null;
  reason: RankReason;
}
export interface RankInput {
  mode: Mode;
  safetyFlag: boolean;
  topics: readonly Topic[];
  /** Accepted so callers pass the whole result; the order does not depend on it (product.md ranks by flag and topics). */
  band?: Band;
}

export const servesMode = (h: Helpline, mode: Mode): boolean => h.audiences.includes(mode === 'teen' ? 'teen' : 'adult');
/** Made for young people, as opposed to a line for everyone. */
export const isTeenLine = (h: Helpline): boolean => h.audiences.includes('teen') && !h.audiences.includes('adult');
/** A local window with no topics serves any topic; choosing none matches none. */
const servesTopics = (h: Helpline, topics: readonly Topic[]): boolean =>
  h.scope === 'local' && topics.length > 0 && (h.topics.length === 0 || h.topics.some((t) => topics.includes(t)));

const TIER_OF: Record<RankReason, number> = { crisis: 0, teen: 1, 'local-topic': 2, 'open-now': 3, other: 4 };
const UNREACHABLE_LOCAL_TIER = 3.5;
const OUT_OF_AUDIENCE_TIER = 5;
const openRank = (open: boolean | null): number => (open === true ? 0 : open === null ? 1 : 2);

function reasonFor(h: Helpline, openNow: boolean | null, input: RankInput): RankReason {
  if (input.safetyFlag && h.crisis) return 'crisis';
  if (input.mode === 'teen' && isTeenLine(h)) return 'teen';
  if (servesTopics(h, input.topics)) return 'local-topic';
  return openNow === true ? 'open-now' : 'other';
}

export function rankHelplines(input: RankInput, tenant: Tenant, now: Date): RankedHelpline[] {
  const keyed = tenant.helplines
    .filter((h) => !h.emergency)
    .map((helpline, index) => {
      const openNow = isOpenAt(helpline.hours, now);
      const fits = servesMode(helpline, input.mode);
      const reason: RankReason = fits ? reasonFor(helpline, openNow, input) : 'other';
      const tier = !fits ? OUT_OF_AUDIENCE_TIER : reason === 'local-topic' && !isReachable(helpline) ? UNREACHABLE_LOCAL_TIER : TIER_OF[reason];
      const key = [
        tier,
        openRank(openNow),
        isReachable(helpline) ? 0 : 1,
        input.mode === 'teen' && !isTeenLine(helpline) ? 1 : 0,
        index,
      ];
      return { ranked: { helpline, openNow, reason }, key };
    });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.ranked);
}
