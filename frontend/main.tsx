/**
 * @module
 * Browser entry. The page inlines what the first screen and the crisis panel
 * need (names, 119/110 and the 24 h lines) as a JSON data block, so this
 * script serves every municipality without carrying their data and the first
 * screen never waits for an API call. Hydrates the prerendered landing
 * screen, then — once the page has loaded and the phone is idle — fetches the
 * result chunk and the tenant's full helpline data in the background.
 */
import { hydrate } from 'preact';
import { exitUrlOf } from './data/exit';
import type { PageTenant } from './data/types';
import { App } from './app/App';
import { prerenderedLanding } from './app/screens/PrerenderedLanding';
import { laterFrom } from './app/later';
import { createEventSender, srcFrom } from './events';
import { tenantEventsPath } from '../shared/site';

const dataBlock = document.getElementById('tenant-data');
const root = document.getElementById('app');
if (dataBlock !== null && root !== null) {
  const tenant = JSON.parse(dataBlock.textContent ?? '') as PageTenant;
  const later = laterFrom(tenant.data);
  hydrate(
    <App
      env={{
        tenant,
        // The words come with the page, in its language; the landing is its prerendered copy itself.
        messages: tenant.words,
        Landing: prerenderedLanding(root.querySelector('.landing')),
        later,
        events: createEventSender(tenantEventsPath(tenant.id)),
        now: () => new Date(),
        exitUrl: exitUrlOf(tenant),
        exit: () => location.replace(exitUrlOf(tenant)),
      }}
      src={srcFrom(location.search)}
    />,
    root,
  );
  // A tap made before this script ran (slow network): the page's inline script kept it; carry it out now.
  const early = (window as { kt?: EventListener & { t?: string } }).kt;
  if (early) {
    removeEventListener('click', early);
    const button = early.t && document.querySelector<HTMLElement>(`[data-tap="${early.t}"]`);
    if (button) {
      button.removeAttribute('aria-busy');
      button.click();
    }
  }
  // After first paint and the load event, when the phone has a moment: a failure here is retried when a screen needs it.
  const prefetch = () => void later.load().catch(() => undefined);
  // Safari before 18 has no requestIdleCallback.
  const idle = 'requestIdleCallback' in window ? () => requestIdleCallback(prefetch, { timeout: 2000 }) : () => setTimeout(prefetch, 200);
  addEventListener('load', idle, { once: true });
}
