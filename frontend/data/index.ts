/**
 * @module
 * The page's tenant data: types for the browser, builders for the prerender.
 */
export type { CardLine, CrisisLine, FullHelpline, FullTenant, PageTenant, Panel, Placed } from './types';
export { fullData, pageData } from './build';
