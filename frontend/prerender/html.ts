/**
 * @module
 * The page shells around prerendered screens. Strict-CSP friendly: the
 * tenant's data rides along as a JSON data block (not executed), and the
 * inline <style> and the resident page's one tiny inline script are allowed
 * by their sha256, written to csp-hashes.json for the servers. That script is
 * there for slow networks: the prerendered buttons show before the page's own
 * script has arrived, so it keeps the first tap on one of them (marking the
 * button busy) for the page to carry out once it runs, and quick exit works
 * at once.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for a CSP directive, hashed over the exact element text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A short content hash for a file name under /assets, which is cached for a year. */
export const contentHash = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 10);

/** JSON safe inside <script type="application/json">: no `</script>` or `<!--` can close it early. */
export const jsonForHtml = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HEAD =
  '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
  '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">' +
  '<link rel="icon" href="data:,">';

/**
 * Remembers the first tap on a `data-tap` button until the page's script
 * takes over (main.tsx removes the listener and replays the tap); a quick
 * exit button (`data-href`) leaves at once. Written small by hand: it rides
 * in every page's first round trip.
 */
export const EARLY_TAP_SCRIPT =
  'function kt(e){var b=e.target.closest("[data-tap]");if(b){if(b.dataset.href)return location.replace(b.dataset.href);kt.t=b.dataset.tap;b.ariaBusy="true"}}addEventListener("click",kt)';

export interface PageParts {
  lang: string;
  title: string;
  css: string;
  scriptPath: string;
  body: string;
  data: unknown;
}

export function residentPage(p: PageParts): string {
  return (
    `<!doctype html><html lang="${p.lang}"><head>${HEAD}<title>${escapeHtml(p.title)}</title>` +
    `<style>${p.css}</style><script>${EARLY_TAP_SCRIPT}</script><script type="module" src="${escapeHtml(p.scriptPath)}"></script></head>` +
    `<body><div id="app">${p.body}</div>` +
    `<script type="application/json" id="tenant-data">${jsonForHtml(p.data)}</script></body></html>`
  );
}

/**
 * A page around the check (the site's root, unknown addresses, a prefecture's entry page): the check's CSS and its
 * cards' later.css (`stylePath`); no script, or one file from 'self' (`scriptPath`) that the page works without.
 */
export function sitePage(p: Omit<PageParts, 'scriptPath' | 'data'> & { stylePath: string; scriptPath?: string }): string {
  const script = p.scriptPath === undefined ? '' : `<script type="module" src="${escapeHtml(p.scriptPath)}"></script>`;
  return `<!doctype html><html lang="${p.lang}"><head>${HEAD}<title>${escapeHtml(p.title)}</title><style>${p.css}</style><link rel="stylesheet" href="${escapeHtml(p.stylePath)}">${script}</head><body>${p.body}</body></html>`;
}

export interface CalendarParts {
  lang: string;
  title: string;
  /** Shown until the script has written the month. */
  heading: string;
  weekdays: readonly string[];
  previous: string;
  next: string;
  stylePath: string;
  scriptPath: string;
}

/**
 * The quick exit's landing place: an ordinary month calendar that says
 * nothing about what was open before. Its style and script are files, so
 * the CSP needs no hash for it; the buttons appear once the script can work them.
 */
export function calendarPage(p: CalendarParts): string {
  const weekdays = p.weekdays.map((d) => `<th scope="col">${escapeHtml(d)}</th>`).join('');
  return (
    `<!doctype html><html lang="${p.lang}"><head>${HEAD}<title>${escapeHtml(p.title)}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(p.stylePath)}"><script type="module" src="${escapeHtml(p.scriptPath)}"></script></head>` +
    `<body><main><h1 id="month">${escapeHtml(p.heading)}</h1>` +
    `<table aria-labelledby="month"><thead><tr>${weekdays}</tr></thead><tbody id="days"></tbody></table>` +
    `<div class="controls" id="controls" hidden><button type="button" id="prev">${escapeHtml(p.previous)}</button>` +
    `<button type="button" id="next">${escapeHtml(p.next)}</button></div></main></body></html>`
  );
}
