/**
 * @module
 * Helpline routing, pure and cheap enough to run on the phone: opening hours
 * in Japan time, the ranked list for a result, the help list fitted to the
 * moment, and the crisis panel. The page's first script imports ./rules
 * alone, never this index: the rest needs the holiday table.
 */
export { isOpenAt, nextOpeningAt } from './open';
export { crisisSubsetOrder, rankHelplines, type RankedHelpline, type RankInput, type RankReason } from './rank';
export { fitHelpList, type ClosedHelpline, type FittedHelpList } from './fit';
export { crisisPanel, type CrisisPanel } from './crisis';
export { isGeneralLocal, isRemoteCrisisLine, servesMode, type LineFacts } from './rules';
export { helpGroupOf, inCrisisSubset, isConfirmed, isOwnLine, type HelpGroup } from './standing';
export { isReachable, isReachableChannel } from './reach';
