/**
 * @module
 * The page's tenant data: types for the browser, builders for the prerender.
 */
export type { CallLine, CardLine, CrisisLine, EmergencyLine, FullHelpline, FullTenant, HelpGroups, OfflinePanel, PageTenant, Panel, Placed } from './types';
export { fullData, offeredModes, pageData } from './build';
