/**
 * @module
 * The result chunk: everything only the full help screens and the result
 * need (the result screen, its picture and words, the full crisis panel and
 * help list with their helpline cards, routing with opening hours and the
 * holiday table). The page imports it after first paint — see later.ts — so
 * neither the landing nor the questions wait for it. Its screens' own rules
 * (later.css) come with it: later.ts hands the chunk over once that
 * stylesheet has loaded, so no screen of the chunk shows unstyled. If the
 * stylesheet fails, it is handed over all the same (the cards work without
 * those rules). Its words are in the tenant × language JSON fetched with it
 * (`FullTenant.words`), so one chunk serves every language.
 */

/** Resolves once later.css has loaded or failed; later.ts hands the chunk over only then. */
export const styled: Promise<unknown> =
  typeof document === 'undefined'
    ? Promise.resolve()
    : new Promise((done) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL('../later.css', import.meta.url).href;
        link.onload = link.onerror = done;
        document.head.append(link);
      });

export { helpListFor, helpListForAnyone, panelFor } from './placing';
export { CrisisPanel } from './screens/Crisis';
export { HelpList } from './screens/Help';
export { OtherStep } from './screens/Other';
export { completion, Result } from './screens/Result';
