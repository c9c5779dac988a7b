/**
 * @module
 * The instruments the page's first script asks item by item (one screen per
 * item), as plain data: the K6. A checklist mode's instrument (家族) comes
 * with the result chunk instead (./for-mode), so its items add nothing to the
 * first script. `askedFor` is undefined for such a mode.
 */
import { MODE_SPECS, type Mode } from '../modes';
import { K6 } from './k6';
import type { Instrument } from './schema';

export const ASKED_BY_ID: Readonly<Partial<Record<string, Instrument>>> = { 'k6-ja': K6 };

export const askedFor = (mode: Mode): Instrument | undefined => ASKED_BY_ID[MODE_SPECS[mode].instrument];
