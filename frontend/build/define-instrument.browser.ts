/**
 * @module
 * Browser stand-in for shared/instruments/schema's `defineInstrument`. The
 * real one validates with zod, which would triple the page's size. Validation
 * still runs where it matters: the build's prerender step and the unit tests
 * import the real module, so an instrument without licence or citation fails
 * the build before any bundle ships. vite.config.ts swaps this in for the
 * client bundle only.
 */
import type { Instrument } from '../../shared/instruments/schema';

export const defineInstrument = (input: Instrument): Instrument => input;
