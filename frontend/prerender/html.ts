/**
 * @module
 * The page shell around a prerendered screen. Strict-CSP friendly: the
 * tenant's data rides along as a JSON data block (not executed), and the
 * inline <style> and the one tiny inline script are allowed by their sha256,
 * written to csp-hashes.json for the servers. That script is there for slow
 * networks: the prerendered buttons show before the page's own script has
 * arrived, so it keeps the first tap on one of them (marking the button busy)
 * for the page to carry out once it runs, and quick exit works at once.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for a CSP directive, hashed over the exact element text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

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

/** The quick exit's landing place: says nothing about what was open before. */
export function neutralPage(lang: string): string {
  return `<!doctype html><html lang="${lang}"><head>${HEAD}<title>ホーム</title></head><body></body></html>`;
}
