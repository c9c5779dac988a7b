/**
 * @module
 * The instruments we may use (K6 and our own safety question; never the
 * copyright-restricted PHQ-9/GAD-7 2018 or EPDS Japanese versions), each
 * validated on import: importing this module is the build's and the tests'
 * check that every instrument carries its licence, citations and source.
 * The phone imports the plain data modules (./asked, ./for-mode) instead, so no
 * validator ships to it.
 */
import { INSTRUMENTS_BY_ID } from './for-mode';
import { FAMILY_SIGNS } from './family-signs';
import { K6 } from './k6';
import { defineInstrument } from './schema';

export const INSTRUMENTS = Object.values(INSTRUMENTS_BY_ID).map(defineInstrument);
export { FAMILY_SIGNS, K6 };
export { instrumentFor, INSTRUMENTS_BY_ID } from './for-mode';
export { defineInstrument, instrumentSchema, InvalidInstrumentError, maxTotal, type Instrument } from './schema';
