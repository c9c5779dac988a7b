/**
 * @module
 * The crisis panel shown the moment the safety question is answered anything
 * but "no", before any score: 119/110 first, then crisis lines a person can
 * reach right now by phone or chat (teen lines first in teen mode), then the
 * municipality's general local windows — those that take any topic.
 */
import type { Mode } from '../domain';
import type { Helpline } from '../helplines/schema';
import type { Tenant } from '../tenants/schema';
import { rankHelplines, servesMode, type RankedHelpline } from './rank';

export interface CrisisPanel {
  emergency: Helpline[];
  openNow: RankedHelpline[];
  local: RankedHelpline[];
}

export function crisisPanel(tenant: Tenant, mode: Mode, now: Date): CrisisPanel {
  const ranked = rankHelplines({ mode, safetyFlag: true, topics: [] }, tenant, now);
  return {
    emergency: tenant.helplines.filter((h) => h.emergency),
    openNow: ranked.filter((r) => r.reason === 'crisis' && r.openNow === true && r.helpline.channels.some((c) => c.type !== 'visit')),
    local: ranked.filter((r) => r.helpline.scope === 'local' && r.helpline.topics.length === 0 && servesMode(r.helpline, mode)),
  };
}
