/**
 * @module
 * What a mode record must be to ship: a helpline audience, a wording, topics
 * that do not repeat and, where the mode implies an age band, a real one; an
 * instrument that is listed and shippable (licence, citations, source); and
 * its words in the catalogue — its landing choice, the words around its
 * instrument's items and a result for each of its bands. `checkModes` runs at
 * build time (prerender) and in the unit tests, so the page's first script
 * carries no validator, and a mode missing any of these stops the build.
 */
import { AGE_BANDS, AUDIENCES } from '../domain';
import { defineInstrument, type Instrument } from '../instruments/schema';
import type { Messages } from '../messages/types';
import * as z from '../validation';
import type { ModeSpec } from '.';

export const modeSpecSchema = z.strictObject({
  instrument: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  audience: z.enum(AUDIENCES),
  wording: z.enum(['adult', 'teen']),
  // The flow always ends on the topic checklist, so a mode offers at least one (a mode about someone else: its checklist's items).
  topics: z.optional(z.array(z.string().check(z.regex(/^[a-zA-Z]+$/))).check(
    z.minLength(1),
    z.refine((t) => new Set(t).size === t.length, 'topics must not repeat'),
  )),
  fixedAgeBand: z.optional(z.enum(AGE_BANDS)),
  aboutOther: z.optional(z.literal(true)),
});

export class InvalidModeError extends Error {
  override name = 'InvalidModeError';
}

type Catalogue = Pick<Messages, 'landing' | 'items' | 'result' | 'other'>;

/** Refuses a mode that is malformed, runs an instrument that is not listed or not shippable, or lacks its words, naming the mode. */
export function checkModes(specs: Readonly<Record<string, ModeSpec>>, instruments: Readonly<Record<string, Instrument>>, words: Catalogue): void {
  for (const [id, spec] of Object.entries(specs)) {
    const parsed = modeSpecSchema.safeParse(spec);
    if (!parsed.success) throw new InvalidModeError(`Mode "${id}" is not shippable: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    const listed = instruments[spec.instrument];
    if (!listed) throw new InvalidModeError(`Mode "${id}" runs instrument "${spec.instrument}", which is not shipped`);
    let instrument: Instrument;
    try {
      instrument = defineInstrument(listed);
    } catch (cause) {
      throw new InvalidModeError(`Mode "${id}" runs an instrument that is not shippable: ${(cause as Error).message}`, { cause });
    }
    const missing: string[] = [];
    const choice = (words.landing.modes as Partial<Record<string, { label?: string; hint?: string }>>)[id];
    if (!choice?.label || !choice.hint) missing.push('its landing choice (landing.modes)');
    // A mode about someone else shows its checklist on one screen (its items are its topics); the others ask scored items one by one.
    const checklist = instrument.result.kind === 'checklist';
    if (checklist !== (spec.aboutOther === true)) {
      throw new InvalidModeError(`Mode "${id}" ${checklist ? 'runs a checklist but is not about someone else' : 'is about someone else but runs a scored instrument'}`);
    }
    if (checklist ? spec.topics !== undefined : spec.topics === undefined) {
      throw new InvalidModeError(`Mode "${id}" ${checklist ? 'lists topics, but its topics are its checklist’s items' : 'lists no topics'}`);
    }
    let bandWords: Partial<Record<string, unknown>> | undefined;
    if (checklist) bandWords = words.other.result.bands;
    else {
      if (!(words.items as Partial<Record<string, unknown>>)[spec.instrument]) missing.push(`the words around its items (items["${spec.instrument}"])`);
      bandWords = (words.result.bands as Partial<Record<string, Partial<Record<string, unknown>>>>)[spec.instrument];
    }
    for (const band of instrument.result.bands) if (!bandWords?.[band.id]) missing.push(`result words for band "${band.id}"`);
    if (missing.length > 0) throw new InvalidModeError(`Mode "${id}" lacks ${missing.join(', ')}`);
  }
}
