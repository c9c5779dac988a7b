/**
 * @module
 * Which instrument a mode runs, as plain data (no validator): ./index
 * validates every instrument listed here. The server, the build and the
 * result chunk import it; the page's first script imports ./asked, which
 * holds only the instruments it asks item by item.
 */
import { MODE_SPECS, type InstrumentId, type Mode, type ModeSpec, type Topic } from '../modes';
import { FAMILY_SIGNS } from './family-signs';
import { K6 } from './k6';
import type { Instrument } from './schema';

/** Every instrument a mode runs, by id. A new instrument is one more entry; one a mode names but this lacks is a type error. */
export const INSTRUMENTS_BY_ID: Readonly<Record<InstrumentId, Instrument>> = { 'k6-ja': K6, 'family-signs': FAMILY_SIGNS };

export const instrumentFor = (mode: Mode): Instrument => INSTRUMENTS_BY_ID[MODE_SPECS[mode].instrument];

/** The topics a mode offers and the API accepts: its own list, or for a mode about someone else its checklist's items (named by topic). */
export const topicsForMode = (mode: Mode): readonly Topic[] => topicsOf(MODE_SPECS[mode], instrumentFor(mode));
export const topicsOf = (spec: ModeSpec, instrument: Instrument): readonly Topic[] => spec.topics ?? instrument.items.map((item) => item.id as Topic);
