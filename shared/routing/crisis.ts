/**
 * @module
 * The crisis panel shown the moment the safety question is answered anything
 * but "no", before any score: 119/110 first, then crisis lines a person can
 * use right now by phone or chat (the audience's own lines first), then the
 * municipality's general local windows — those that take any topic. Only
 * lines the page can connect to: in a crisis a card without a number or a
 * link is one more thing to read, so such lines wait in the help list's
 * folded part. The line rules are those of ./rules, which the page's offline
 * panel applies to the inlined subset too, so both panels agree.
 */
import type { Mode } from '../domain';
import type { Helpline } from '../helplines/schema';
import type { Tenant } from '../tenants/schema';
import { rankHelplines, type RankedHelpline } from './rank';
import { isReachable } from './reach';
import { isGeneralLocal, isRemoteCrisisLine } from './rules';

export interface CrisisPanel {
  emergency: Helpline[];
  openNow: RankedHelpline[];
  local: RankedHelpline[];
}

export function crisisPanel(tenant: Tenant, mode: Mode, now: Date): CrisisPanel {
  const ranked = rankHelplines({ mode, safetyFlag: true, topics: [] }, tenant, now);
  return {
    emergency: tenant.helplines.filter((h) => h.emergency),
    openNow: ranked.filter((r) => r.openNow === true && isRemoteCrisisLine(r.helpline) && isReachable(r.helpline)),
    local: ranked.filter((r) => isGeneralLocal(r.helpline) && isReachable(r.helpline)),
  };
}
