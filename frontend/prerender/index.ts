/**
 * @module
 * Build-time page generation — see render.tsx.
 */
export { prerender, type PrerenderOptions } from './render';
export { calendarPage, contentHash, cspHash, jsonForHtml, neutralPage, residentPage } from './html';
