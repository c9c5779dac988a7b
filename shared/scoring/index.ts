/**
 * @module
 * K6 scoring and banding, pure. Cutoffs from content/k6-ja.md: 0–4 low,
 * 5–9 some distress, 10–12 high (健康日本21 ≥10), 13–24 very high (Kessler ≥13).
 * The national survey's 0–4 / 5–9 / 10–14 / 15+ grouping is `nationalGroupOf`,
 * so staff can read figures against 国民生活基礎調査.
 */
import type { Band } from '../domain';
import { K6 } from '../instruments/k6';

export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
}

/** Sum of six item scores, each 0–4. Refuses anything else rather than guessing. */
export function scoreK6(answers: readonly number[]): number {
  if (answers.length !== K6.items.length) {
    throw new InvalidAnswersError(`K6 needs ${K6.items.length} answers, got ${answers.length}`);
  }
  const allowed = new Set(K6.options.map((o) => o.score));
  let total = 0;
  for (const a of answers) {
    if (!Number.isInteger(a) || !allowed.has(a)) throw new InvalidAnswersError(`K6 answer out of range: ${a}`);
    total += a;
  }
  return total;
}

export function bandOf(total: number): Band {
  if (!Number.isInteger(total) || total < 0 || total > 24) throw new InvalidAnswersError(`K6 total out of range: ${total}`);
  if (total <= 4) return 'low';
  if (total <= 9) return 'some';
  if (total <= 12) return 'high';
  return 'veryHigh';
}

export type NationalGroup = '0-4' | '5-9' | '10-14' | '15+';
export function nationalGroupOf(total: number): NationalGroup {
  bandOf(total); // same range check
  if (total <= 4) return '0-4';
  if (total <= 9) return '5-9';
  if (total <= 14) return '10-14';
  return '15+';
}
