/**
 * @module
 * One report line — a figure for the period, the same figure for the same
 * period last year, and the change — and the small-cell suppression applied
 * before figures are published: any count below 5 becomes 「5未満」 and the
 * change that would give it away is withheld. complement.ts then hides the
 * cells a published total would give back; those are large, so they carry
 * their own mark 「秘匿」 — a reader must never take a hidden 290 for "under 5".
 */

export const SUPPRESSION_THRESHOLD = 5;
/** A count below the threshold (0 included). */
export const SUPPRESSED = '5未満';
/** A count at or above the threshold, hidden only so that a 「5未満」 cell cannot be worked out from a total. */
export const COMPLEMENT_SUPPRESSED = '秘匿';

export type HiddenMark = typeof SUPPRESSED | typeof COMPLEMENT_SUPPRESSED;
export type Cell = number | HiddenMark;

export const isHidden = (cell: Cell): cell is HiddenMark => typeof cell !== 'number';

/** What each mark means, for the published file's footnotes. */
export const MARK_NOTES: Record<HiddenMark, string> = {
  [SUPPRESSED]: `「${SUPPRESSED}」：0～${SUPPRESSION_THRESHOLD - 1}件。人数が少なく個人が特定されるおそれがあるため、数を伏せています。`,
  [COMPLEMENT_SUPPRESSED]: `「${COMPLEMENT_SUPPRESSED}」：合計などから「${SUPPRESSED}」の数が逆算できないよう、あわせて伏せた数（${SUPPRESSION_THRESHOLD}件以上）や率です。少ない数という意味ではありません。`,
};

export interface ReportLine {
  /** Stable machine key within its section (`teen|10s`, `sticker-cityhall-1f`, `7`). */
  key: string;
  label: string;
  current: Cell;
  previous: Cell;
  /** current − previous; null when either side is suppressed. */
  change: number | null;
  /** Change in percent of the previous figure, one decimal; null when previous is 0 or suppressed. */
  changeRate: number | null;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export const countLine = (key: string, label: string, current: number, previous: number, suppress: boolean): ReportLine => {
  if (suppress && (current < SUPPRESSION_THRESHOLD || previous < SUPPRESSION_THRESHOLD)) {
    return {
      key,
      label,
      current: current < SUPPRESSION_THRESHOLD ? SUPPRESSED : current,
      previous: previous < SUPPRESSION_THRESHOLD ? SUPPRESSED : previous,
      change: null,
      changeRate: null,
    };
  }
  return { key, label, current, previous, change: current - previous, changeRate: previous > 0 ? round1(((current - previous) / previous) * 100) : null };
};

/**
 * A ratio line (taps per completed check, in percent). With suppression on,
 * a ratio over a small count is withheld too, since it would reveal it; it
 * reads 「秘匿」, because the rate itself (25 %) is not "under 5".
 */
export const ratioLine = (
  key: string,
  label: string,
  current: { part: number; whole: number },
  previous: { part: number; whole: number },
  suppress: boolean,
): ReportLine => {
  const small = (r: { part: number; whole: number }) => suppress && (r.part < SUPPRESSION_THRESHOLD || r.whole < SUPPRESSION_THRESHOLD);
  const pct = (r: { part: number; whole: number }): Cell => (small(r) ? COMPLEMENT_SUPPRESSED : r.whole > 0 ? round1((r.part / r.whole) * 100) : 0);
  const c = pct(current);
  const p = pct(previous);
  return { key, label, current: c, previous: p, change: typeof c === 'number' && typeof p === 'number' ? round1(c - p) : null, changeRate: null };
};
