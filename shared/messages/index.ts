/**
 * @module
 * Resident-facing message catalogues. Only Japanese today; English and
 * やさしい日本語 will implement the same types.
 */
export { ja, jaHours, jaInlined, jaPage, jaPageScript, jaResult, jaSite } from './ja';
export type { ByMode, BandMessages, HoursMessages, InlinedWords, Messages, PageMessages, ResultMessages, ScriptMessages, SiteMessages } from './types';
