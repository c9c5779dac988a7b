/**
 * @module
 * Build-time page generation — see render.tsx.
 */
export { prerender, type PrerenderOptions } from './render';
export { calendarPage, contentHash, cspHash, jsonForHtml, residentPage, sitePage } from './html';
export { alwaysOpenLines, directoryBody, notFoundBody, sitePageData, type SitePageData } from './site-pages';
