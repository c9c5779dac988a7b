/**
 * @module
 * The shape every benchmark returns, so `npm run bench` can print one table
 * and write bench/results.json. A row is one measured figure: the median of
 * several runs with min and max, and, where the figure has a hard budget
 * (issue 5), the limit and whether it passed. Ratios are measured in the same
 * run as the figures they compare.
 */
export interface BenchRow {
  /** Section: 'resident', 'lambda', 'counting', 'reports'. */
  group: string;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  budget?: { limit: number; comparison: '<=' | '>='; pass: boolean; label: string };
  note?: string;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export function row(
  group: string,
  name: string,
  unit: string,
  samples: readonly number[],
  budget?: { limit: number; comparison?: '<=' | '>='; label: string },
  note?: string,
): BenchRow {
  const m = median(samples);
  const comparison = budget?.comparison ?? '<=';
  return {
    group,
    name,
    unit,
    median: m,
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    ...(budget ? { budget: { limit: budget.limit, comparison, pass: comparison === '<=' ? m <= budget.limit : m >= budget.limit, label: budget.label } } : {}),
    ...(note ? { note } : {}),
  };
}
