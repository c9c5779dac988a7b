/**
 * @module
 * Which instrument a mode runs, as plain data the phone can import (no
 * validator): ./index validates every instrument listed here.
 */
import { MODE_SPECS, type InstrumentId, type Mode } from '../modes';
import { K6 } from './k6';
import type { Instrument } from './schema';

/** Every instrument a mode runs, by id. A new instrument is one more entry; one a mode names but this lacks is a type error. */
export const INSTRUMENTS_BY_ID: Readonly<Record<InstrumentId, Instrument>> = { 'k6-ja': K6 };

export const instrumentFor = (mode: Mode): Instrument => INSTRUMENTS_BY_ID[MODE_SPECS[mode].instrument];
