/**
 * @module
 * Helpline routing, pure and cheap enough to run on the phone: opening hours
 * in Japan time, the ranked list for a result, and the crisis panel.
 */
export { isOpenAt } from './open';
export { rankHelplines, isTeenLine, servesMode, type RankedHelpline, type RankInput, type RankReason } from './rank';
export { crisisPanel, type CrisisPanel } from './crisis';
export { isReachable, isReachableChannel } from './reach';
