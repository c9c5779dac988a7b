/**
 * @module
 * Resident-facing message catalogues. Only Japanese today; English and
 * やさしい日本語 will implement the same types.
 */
export { ja, jaHead, jaHelp, jaHours, jaInlined, jaPage, jaPageScript, jaResult, jaSite } from './ja';
export type { Catalogue, ItemWords, PageItemWords, Worded, AboutOtherMessages, SourceNote, BandMessages, ChunkMessages, HeadMessages, HelpMessages, HoursMessages, InlinedWords, Messages, PageMessages, ResultMessages, ScreenMessages, ScriptMessages, SiteMessages } from './types';
