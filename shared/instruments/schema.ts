/**
 * @module
 * What an instrument must carry to ship: its items and options, and the
 * licence, citation and source that let us use it. `defineInstrument`
 * validates at load time, so an instrument without a licence statement
 * cannot be imported, built or tested (product.md: the build refuses one).
 */
import * as z from '../validation';

export const instrumentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  licence: z.strictObject({
    statement: z.string().check(z.minLength(10)),
    sourceUrl: z.url(),
  }),
  citations: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  itemSourceUrl: z.url(),
  /** Exact item wording (Japanese), in order. */
  items: z.array(z.strictObject({ id: z.string(), text: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
  /** Answer options with their scores, in display order. */
  options: z
    .array(z.strictObject({ label: z.string().check(z.minLength(1)), score: z.int().check(z.minimum(0)) }))
    .check(z.minLength(2)),
  recallLeadIn: z.string().check(z.minLength(1)),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export class InvalidInstrumentError extends Error {
  override name = 'InvalidInstrumentError';
}

export function defineInstrument(input: Instrument): Instrument {
  const parsed = instrumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInstrumentError(`Instrument "${String((input as { id?: unknown }).id)}" is not shippable: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
