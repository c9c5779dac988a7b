/**
 * @module
 * Build-time only (prerender): turns a validated tenant into the page's two
 * data parts — see types.ts. The crisis subset is chosen by routing's own
 * rule (`inCrisisSubset`) and stored in routing's own order, so the offline
 * panel can never hold a line the crisis panel would not, and the first
 * script need not sort; emergency numbers carry only what their call buttons
 * show.
 */
import { instrumentFor } from '../../shared/instruments/for-mode';
import { MODES, type Mode } from '../../shared/modes';
import { servesMode } from '../../shared/routing/rules';
import type { Helpline } from '../../shared/helplines/schema';
import type { HoursMessages, InlinedWords } from '../../shared/messages';
import { crisisSubsetOrder } from '../../shared/routing/rank';
import { isReachableChannel } from '../../shared/routing/reach';
import { inCrisisSubset } from '../../shared/routing/standing';
import type { Tenant } from '../../shared/tenants/schema';
import { formatHours } from '../format';
import type { CrisisLine, EmergencyLine, FullTenant, PageTenant } from './types';

const crisisLine = (h: Helpline): EmergencyLine | CrisisLine =>
  h.emergency
    ? { id: h.id, name: h.name, channels: h.channels, emergency: true }
    : {
        id: h.id,
        name: h.name,
        // Only what a one-tap button can use: a number to call or a confirmed link.
        channels: h.channels.filter(isReachableChannel),
        // Only the audiences a mode routes to: the first script asks nothing else of them.
        audiences: h.audiences.filter((a) => MODES.some((m) => servesMode({ audiences: [a] }, m))),
        // The first script asks a line's scope only whether it is local (a general local window).
        ...(h.scope === 'local' ? { scope: 'local' as const } : {}),
        ...(h.crisis ? { crisis: true } : {}),
        ...(h.hours.kind === 'always' ? { always: true } : {}),
      };

export function fullData(tenant: Tenant, t: HoursMessages['hours']): FullTenant {
  return {
    ...tenant,
    helplines: tenant.helplines.map(({ sourceUrl: _source, unverifiedReason: _reason, ...shown }) => ({ ...shown, hoursText: formatHours(shown.hours, t) })),
    results: Object.fromEntries(MODES.map((mode) => instrumentFor(mode)).map((i) => [i.id, i.result])),
  };
}

/** The modes a tenant offers, in registry order whatever order it lists them in: the landing's buttons, one per mode. */
export const offeredModes = (tenant: Pick<Tenant, 'modes'>): readonly Mode[] => MODES.filter((mode) => tenant.modes.includes(mode));

export function pageData(tenant: Tenant, dataPath: string, words: InlinedWords): PageTenant {
  return {
    id: tenant.id,
    serviceName: tenant.serviceName,
    ...(tenant.localNote !== undefined ? { localNote: tenant.localNote } : {}),
    ...(tenant.quickExitUrl !== undefined ? { exit: tenant.quickExitUrl } : {}),
    crisis: crisisSubsetOrder(tenant.helplines.filter(inCrisisSubset)).map(crisisLine),
    data: dataPath,
    // The header's words only: the landing's are in the prerendered HTML, which the script shows again.
    words: { chrome: words.chrome },
  };
}
