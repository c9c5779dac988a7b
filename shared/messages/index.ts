/**
 * @module
 * Resident-facing message catalogues. Only Japanese today; English and
 * やさしい日本語 will implement the same `Messages` type.
 */
export { ja } from './ja';
export type { ByMode, BandMessages, Messages } from './types';
