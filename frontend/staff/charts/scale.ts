/**
 * @module
 * Axis maths for the hand-drawn charts: a round top value a little above the
 * largest figure, and evenly spaced ticks up to it, so gridlines read as
 * 0, 250, 500, 750, 1,000 rather than as arbitrary numbers.
 */

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `max` (and at least 1). */
export const niceMax = (max: number): number => {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= max) ?? 10;
  return step * power;
};

export const ticks = (top: number, count = 4): number[] => Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
