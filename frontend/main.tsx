/**
 * @module
 * Browser entry. The tenant's data (name, helplines) is inlined in the page as
 * a JSON data block by the prerenderer, so this bundle serves every
 * municipality without carrying any of their data, and the first screen never
 * waits for an API call. Hydrates the prerendered landing screen.
 */
import { hydrate } from 'preact';
import type { Tenant } from '../shared/tenants';
import { ja } from '../shared/messages';
import { App } from './app/App';
import { createEventSender, srcFrom } from './events';

/** Quick exit lands on the service's neutral root page and leaves no back entry here. */
const NEUTRAL_PAGE = '/';

const dataBlock = document.getElementById('tenant-data');
const root = document.getElementById('app');
if (dataBlock !== null && root !== null) {
  const tenant = JSON.parse(dataBlock.textContent ?? '') as Tenant;
  hydrate(
    <App
      env={{
        tenant,
        messages: ja,
        events: createEventSender(tenant.id),
        now: () => new Date(),
        exit: () => location.replace(NEUTRAL_PAGE),
      }}
      src={srcFrom(location.search)}
    />,
    root,
  );
}
