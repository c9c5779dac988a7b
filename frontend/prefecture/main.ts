/**
 * @module
 * Script of a prefecture's entry page (frontend/prerender/prefecture-page.tsx).
 * It counts the view once, through the same sender as the check (retried
 * until the server answers, never stored on the device); keeps the QR code's
 * channel (`?src=`) on every town link, so the town counts it as its own when
 * the resident goes on; and shows the box that finds a town by name or
 * reading. Without it the page still works: the links, 今すぐ相談したい and
 * quick exit are plain HTML.
 */
import { createEventSender, srcFrom } from '../events';
import { matchesTown } from './find';

const main = document.querySelector<HTMLElement>('main[data-events]');
const src = srcFrom(location.search);
if (main?.dataset.events) createEventSender(main.dataset.events).send({ type: 'view', ...(src ? { src } : {}) });

const towns = [...document.querySelectorAll<HTMLLIElement>('li[data-reading]')];
if (src) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-town]')) link.setAttribute('href', `${link.getAttribute('href') ?? ''}?src=${src}`);
}

// 今すぐ相談したい and 選ばずに見る move to the help on this page without adding `#help` to the browser's history.
const help = document.getElementById('help');
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href="#help"]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    help?.focus();
    help?.scrollIntoView();
  });
}

const box = document.querySelector<HTMLInputElement>('#town-find');
const none = document.getElementById('town-none');
if (box && none && towns.length > 1) {
  (box.parentElement as HTMLElement).hidden = false;
  box.addEventListener('input', () => {
    let shown = 0;
    for (const town of towns) {
      town.hidden = !matchesTown(box.value, town.dataset.name ?? '', town.dataset.reading ?? '');
      if (!town.hidden) shown++;
    }
    none.hidden = shown > 0;
  });
}
