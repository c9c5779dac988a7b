/**
 * @module
 * Scoring and banding for any instrument, pure: the cutoffs are the
 * instrument's own data (its `result.bands`), never written here. A scored
 * instrument sums each item's option score; a checklist counts the items
 * checked (1) or not (0, or left out). Anything else is refused rather than
 * guessed at.
 */
import type { Instrument } from '../instruments/schema';

export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
}

/** Answers by item id: an option's score, or for a checklist 1 = checked. */
export type Answers = Readonly<Record<string, number>>;

type Scored = Pick<Instrument, 'id' | 'items' | 'options' | 'result'>;

const CHECK = [0, 1];

/** The total of a complete set of answers. */
export function score(instrument: Scored, answers: Answers): number {
  const ids = new Set(instrument.items.map((i) => i.id));
  for (const key of Object.keys(answers)) if (!ids.has(key)) throw new InvalidAnswersError(`${instrument.id} has no item "${key}"`);
  const checklist = instrument.result.kind === 'checklist';
  let total = 0;
  for (const item of instrument.items) {
    const a = answers[item.id] ?? (checklist ? 0 : undefined);
    if (a === undefined) throw new InvalidAnswersError(`${instrument.id} item "${item.id}" is not answered`);
    const allowed = checklist ? CHECK : (item.options ?? instrument.options ?? []).map((o) => o.score);
    if (!Number.isInteger(a) || !allowed.includes(a)) throw new InvalidAnswersError(`${instrument.id} item "${item.id}" answer out of range: ${a}`);
    total += a;
  }
  return total;
}

/** The id of the band a total falls in. */
export function bandOf(instrument: Scored, total: number): string {
  const band = Number.isInteger(total) ? instrument.result.bands.find((b) => b.min <= total && total <= b.max) : undefined;
  if (!band) throw new InvalidAnswersError(`${instrument.id} total out of range: ${total}`);
  return band.id;
}
