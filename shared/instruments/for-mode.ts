/**
 * @module
 * Which instrument a mode runs, as plain data the phone can import (no
 * validator): ./index validates every instrument listed here.
 */
import { modeSpec, type Mode } from '../modes';
import { K6 } from './k6';
import type { Instrument } from './schema';

/** Every instrument a mode may run, by id. A new instrument is one more entry. */
export const INSTRUMENTS_BY_ID: Readonly<Record<string, Instrument>> = { [K6.id]: K6 };

export function instrumentFor(mode: Mode): Instrument {
  const id = modeSpec(mode).instrument;
  const instrument = INSTRUMENTS_BY_ID[id];
  if (!instrument) throw new Error(`mode "${mode}" runs instrument "${id}", which is not listed`);
  return instrument;
}
