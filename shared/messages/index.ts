/**
 * @module
 * Resident-facing message catalogues. Only Japanese today; English and
 * やさしい日本語 will implement the same types.
 */
export { ja, jaHours, jaPage, jaResult } from './ja';
export type { ByMode, BandMessages, HoursMessages, Messages, PageMessages, ResultMessages } from './types';
