/**
 * @module
 * Build-time only (prerender): turns a validated tenant into the page's two
 * data parts — see types.ts. The crisis subset is chosen here by the same
 * rules as the crisis panel: the emergency numbers (only what their call
 * buttons show), crisis lines open 24 h by phone or chat, and local windows
 * that take any topic.
 */
import type { Helpline } from '../../shared/helplines/schema';
import type { HoursMessages, InlinedWords } from '../../shared/messages';
import type { Tenant } from '../../shared/tenants/schema';
import { formatHours } from '../format';
import type { CrisisLine, EmergencyLine, FullTenant, PageTenant } from './types';

const inCrisisSubset = (h: Helpline) =>
  h.emergency ||
  (h.crisis && h.hours.kind === 'always' && h.channels.some((c) => c.type !== 'visit')) ||
  (h.scope === 'local' && h.topics.length === 0);

const crisisLine = (h: Helpline, t: HoursMessages['hours']): EmergencyLine | CrisisLine =>
  h.emergency ? { id: h.id, name: h.name, channels: h.channels, emergency: true } : subsetCard(h, t);

const subsetCard = (h: Helpline, t: HoursMessages['hours']): CrisisLine => ({
  id: h.id,
  name: h.name,
  description: h.description,
  channels: h.channels,
  ...(h.hoursNote !== undefined ? { hoursNote: h.hoursNote } : {}),
  hoursText: formatHours(h.hours, t),
  audiences: h.audiences,
  scope: h.scope,
  ...(h.unverified ? { unverified: true } : {}),
  ...(h.crisis ? { crisis: true } : {}),
  ...(h.hours.kind === 'always' ? { always: true } : {}),
});

export function fullData(tenant: Tenant, t: HoursMessages['hours']): FullTenant {
  return {
    ...tenant,
    helplines: tenant.helplines.map(({ sourceUrl: _source, unverifiedReason: _reason, ...shown }) => ({ ...shown, hoursText: formatHours(shown.hours, t) })),
  };
}

export function pageData(tenant: Tenant, t: HoursMessages['hours'], dataPath: string, words: InlinedWords): PageTenant {
  return {
    id: tenant.id,
    serviceName: tenant.serviceName,
    ...(tenant.localNote !== undefined ? { localNote: tenant.localNote } : {}),
    ...(tenant.quickExitUrl !== undefined ? { exit: tenant.quickExitUrl } : {}),
    crisis: tenant.helplines.filter(inCrisisSubset).map((h) => crisisLine(h, t)),
    data: dataPath,
    words: { chrome: words.chrome, landing: words.landing },
  };
}
