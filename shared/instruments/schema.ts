/**
 * @module
 * What an instrument must carry to ship: its items and options, how a total
 * becomes a band, and the licence, citation and source that let us use it. `defineInstrument`
 * validates at load time, so an instrument without a licence statement
 * cannot be imported, built or tested (product.md: the build refuses one).
 */
import * as z from '../validation';

const option = z.strictObject({ label: z.string().check(z.minLength(1)), score: z.int().check(z.minimum(0)) });
const options = z.array(option).check(z.minLength(2));

/** A result band: totals `min`–`max` (inclusive). `id` is the counter key, `label` how staff read it. */
const band = z.strictObject({
  id: z.string().check(z.regex(/^[a-zA-Z]+$/)),
  min: z.int().check(z.minimum(0)),
  max: z.int().check(z.minimum(0)),
  label: z.string().check(z.minLength(1)),
});

export const instrumentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  licence: z.strictObject({
    statement: z.string().check(z.minLength(10)),
    sourceUrl: z.url(),
  }),
  citations: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  itemSourceUrl: z.url(),
  /** Exact item wording (Japanese), in order (a checklist's items are shown on one screen); an item with options of its own (AUDIT 9–10: 0/2/4) carries them. */
  items: z
    // A scored item's id is also the name of its screen: a prefix and a hyphen (`k6-1`), which no other screen name has.
    // A checklist's items share one screen and each is counted as the topic it is named by (letters only): see shapeProblems.
    .array(z.strictObject({ id: z.string().check(z.regex(/^[a-zA-Z0-9-]+$/)), text: z.string().check(z.minLength(1)), options: z.optional(options) }))
    .check(z.minLength(1)),
  /** Answer options with their scores, in display order, for every item without its own. A checklist has none: an item is checked or not. */
  options: z.optional(options),
  recallLeadIn: z.string().check(z.minLength(1)),
  /**
   * How a total becomes a band, in order from 0 up to the highest total: by
   * score (`bands`) or, for a checklist with no score, by how many items
   * were checked (`checklist`). Cutoffs are these data, nowhere else.
   */
  result: z.strictObject({ kind: z.enum(['bands', 'checklist']), bands: z.array(band).check(z.minLength(1)) }),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentItem = Instrument['items'][number];

export class InvalidInstrumentError extends Error {
  override name = 'InvalidInstrumentError';
}

/** The highest total an instrument can give: every item's top score, or, for a checklist, every item checked. */
export function maxTotal(instrument: Pick<Instrument, 'items' | 'options' | 'result'>): number {
  if (instrument.result.kind === 'checklist') return instrument.items.length;
  return instrument.items.reduce((sum, item) => sum + Math.max(...(item.options ?? instrument.options ?? []).map((o) => o.score)), 0);
}

const SCREEN_ITEM_ID = /^[a-z0-9]+-[a-z0-9-]+$/;
const TOPIC_ITEM_ID = /^[a-zA-Z]+$/;

/** What the schema cannot say: options where scores need them, none on a checklist, and bands that cover 0 to the top total once each. */
function shapeProblems(i: Instrument): string[] {
  const problems: string[] = [];
  const scored = i.result.kind === 'bands';
  if (scored && i.items.some((item) => !(item.options ?? i.options))) problems.push('a scored item has no options');
  if (!scored && (i.options || i.items.some((item) => item.options))) problems.push('a checklist item has options');
  if (scored && i.items.some((item) => !SCREEN_ITEM_ID.test(item.id))) problems.push('a scored item id is not a screen name (prefix-number)');
  if (!scored && i.items.some((item) => !TOPIC_ITEM_ID.test(item.id))) problems.push('a checklist item id is not a topic id (letters only)');
  if (new Set(i.items.map((item) => item.id)).size !== i.items.length) problems.push('item ids repeat');
  if (new Set(i.result.bands.map((b) => b.id)).size !== i.result.bands.length) problems.push('band ids repeat');
  let next = 0;
  for (const b of i.result.bands) {
    if (b.min !== next || b.max < b.min) problems.push(`band "${b.id}" does not follow on from ${next}`);
    next = b.max + 1;
  }
  if (next - 1 !== maxTotal(i)) problems.push(`bands end at ${next - 1}, the highest total is ${maxTotal(i)}`);
  return problems;
}

export function defineInstrument(input: Instrument): Instrument {
  const id = String((input as { id?: unknown }).id);
  const parsed = instrumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInstrumentError(`Instrument "${id}" is not shippable: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  const problems = shapeProblems(parsed.data);
  if (problems.length > 0) throw new InvalidInstrumentError(`Instrument "${id}" is not shippable: ${problems.join('; ')}`);
  return parsed.data;
}
