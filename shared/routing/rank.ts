/**
 * @module
 * Which helplines to show first, for one resident at one instant. Tiers, in
 * order: crisis lines when the safety flag is raised; local windows that
 * serve a chosen topic; lines open now; the rest. Within a tier: on a page in
 * another language than Japanese, lines whose `languages` list that language
 * first (after the tier, so crisis lines still lead when the safety flag is
 * raised, and a line that speaks the resident's language leads only among
 * lines of the same standing); then open now, then unknown hours, then
 * closed; lines the page can connect to before those it cannot; the
 * audience's own lines before lines for every age; then the tenant's data
 * order. やさしい日本語 is Japanese: its page keeps the Japanese order. Lines not meant for the mode's audience are not in the
 * list at all — a long list of lines that do not fit buries the one that does.
 * Emergency numbers (119/110) are never ranked: `crisisPanel` shows them apart.
 * Only types are imported from the data, so the page's bundle carries no schema code.
 */
import { MODES, type Band, type Mode, type Topic } from '../domain';
import type { Helpline } from '../helplines/schema';
import { LANGUAGES, type Lang } from '../languages';
import type { Tenant } from '../tenants/schema';
import { isOpenAt } from './open';
import { isReachable } from './reach';
import { servesMode } from './rules';
import { isOwnLine } from './standing';

export type RankReason = 'crisis' | 'local-topic' | 'open-now' | 'other';
export interface RankedHelpline {
  helpline: Helpline;
  openNow: boolean | null;
  reason: RankReason;
}
export interface RankInput {
  mode: Mode;
  safetyFlag: boolean;
  topics: readonly Topic[];
  /** Accepted so callers pass the whole result; the order does not depend on it. */
  band?: Band;
  /** The page's language (shared/languages); absent or Japanese, no line is moved for its languages. */
  lang?: Lang;
}

/** A local window with no topics serves any topic; choosing none matches none. */
const servesTopics = (h: Helpline, topics: readonly Topic[]): boolean =>
  h.scope === 'local' && topics.length > 0 && (h.topics.length === 0 || h.topics.some((t) => topics.includes(t)));

const TIER: Record<RankReason, number> = { crisis: 0, 'local-topic': 1, 'open-now': 2, other: 3 };
const openRank = (open: boolean | null): number => (open === true ? 0 : open === null ? 1 : 2);
/** 0 for a line that answers in the page's language when that is not Japanese; every line is 1 on a Japanese page. */
function languageRank(h: Helpline, lang: Lang | undefined): number {
  const speaks = lang === undefined ? 'ja' : LANGUAGES[lang].speaks;
  return speaks !== 'ja' && (h.languages ?? []).includes(speaks) ? 0 : 1;
}

function reasonFor(h: Helpline, openNow: boolean | null, input: RankInput): RankReason {
  if (input.safetyFlag && h.crisis) return 'crisis';
  if (servesTopics(h, input.topics)) return 'local-topic';
  return openNow === true ? 'open-now' : 'other';
}

type Keyed<T> = { item: T; key: number[] };
const keyOf = (h: Helpline, openNow: boolean | null, input: RankInput, index: number): number[] => [
  TIER[reasonFor(h, openNow, input)],
  languageRank(h, input.lang),
  openRank(openNow),
  isReachable(h) ? 0 : 1,
  isOwnLine(h, input.mode) ? 0 : 1,
  index,
];
function sortByKey<T>(keyed: Keyed<T>[]): T[] {
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

export function rankHelplines(input: RankInput, tenant: Tenant, now: Date): RankedHelpline[] {
  return sortByKey(
    tenant.helplines
      .filter((h) => !h.emergency && servesMode(h, input.mode))
      .map((helpline, index) => {
        const openNow = isOpenAt(helpline.hours, now);
        const item = { helpline, openNow, reason: reasonFor(helpline, openNow, input) };
        return { item, key: keyOf(helpline, openNow, input, index) };
      }),
  );
}

/**
 * The crisis subset in the order routing gives it with the flag raised at an
 * hour when only lines open 24 h are open — the page's first script has no
 * clock, so it shows the subset as stored. One order serves every mode: a
 * mode's list only leaves lines out, and among the lines a mode serves its
 * own are exactly those not meant for every age. Emergency numbers stay first.
 */
export function crisisSubsetOrder(lines: readonly Helpline[]): Helpline[] {
  const ranked = sortByKey(
    lines
      .filter((h) => !h.emergency)
      .map((h, index) => {
        const mode = MODES.find((m) => servesMode(h, m)) ?? MODES[0];
        return { item: h, key: keyOf(h, h.hours.kind === 'always' ? true : null, { mode, safetyFlag: true, topics: [] }, index) };
      }),
  );
  return [...lines.filter((h) => h.emergency), ...ranked];
}
