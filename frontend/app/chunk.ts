/**
 * @module
 * The result chunk: everything only the result needs (the result screen, its
 * picture and words, helpline routing with opening hours and the holiday
 * table). The page imports it after first paint — see later.ts — so neither
 * the landing nor the questions wait for it.
 */
export { jaResult as messages } from '../../shared/messages/ja/result';
export { helpListFor, panelFor, rankFor } from './placing';
export { Result } from './screens/Result';
