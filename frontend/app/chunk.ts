/**
 * @module
 * The result chunk: everything only the full help screens and the result
 * need (the result screen, its picture and words, the full crisis panel and
 * help list with their helpline cards, routing with opening hours and the
 * holiday table). The page imports it after first paint — see later.ts — so
 * neither the landing nor the questions wait for it.
 */
import type { ChunkMessages } from '../../shared/messages';
import { jaHelp } from '../../shared/messages/ja/help';
import { jaResult } from '../../shared/messages/ja/result';

export const messages: ChunkMessages = { ...jaResult, ...jaHelp };
export { helpListFor, helpListForAnyone, panelFor } from './placing';
export { CrisisPanel } from './screens/Crisis';
export { HelpList } from './screens/Help';
export { bandFor, Result } from './screens/Result';
