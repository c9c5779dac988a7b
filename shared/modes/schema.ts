/**
 * @module
 * What a mode record must be to ship: a known instrument, a helpline
 * audience, a wording, topics that do not repeat and, where the mode implies
 * an age band, a real one. `checkModes` runs at build time (prerender) and in
 * the unit tests, so the page's first script carries no validator.
 */
import { AGE_BANDS, AUDIENCES } from '../domain';
import * as z from '../validation';
import type { ModeSpec } from '.';

export const modeSpecSchema = z.strictObject({
  instrument: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  audience: z.enum(AUDIENCES),
  wording: z.enum(['adult', 'teen']),
  // The flow always ends on the topic checklist, so a mode offers at least one.
  topics: z.array(z.string().check(z.regex(/^[a-zA-Z]+$/))).check(
    z.minLength(1),
    z.refine((t) => new Set(t).size === t.length, 'topics must not repeat'),
  ),
  fixedAgeBand: z.optional(z.enum(AGE_BANDS)),
});

export class InvalidModeError extends Error {
  override name = 'InvalidModeError';
}

/** Refuses a mode that is malformed or names an instrument that is not shipped, naming the mode. */
export function checkModes(specs: Readonly<Record<string, ModeSpec>>, instrumentIds: ReadonlySet<string>): void {
  for (const [id, spec] of Object.entries(specs)) {
    const parsed = modeSpecSchema.safeParse(spec);
    if (!parsed.success) throw new InvalidModeError(`Mode "${id}" is not shippable: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    if (!instrumentIds.has(spec.instrument)) throw new InvalidModeError(`Mode "${id}" runs instrument "${spec.instrument}", which is not shipped`);
  }
}
