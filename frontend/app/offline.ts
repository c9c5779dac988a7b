/**
 * @module
 * The crisis panel's lines from the inlined crisis subset alone, for the
 * moments the full helpline data has not arrived (weak signal, offline).
 * The line rules are routing's own (shared/routing/rules), and the prerender
 * stores the subset in routing's order and only confirmed lines; only the
 * clock is missing, so the lines open 24 h are the ones open now. This is in
 * the first script: keep it small, and never import routing's opening hours
 * here.
 */
import type { Mode } from '../../shared/domain';
import { isGeneralLocal, isRemoteCrisisLine, servesMode } from '../../shared/routing/rules';
import type { CrisisLine, EmergencyLine, OfflinePanel } from '../data/types';

type Subset = readonly (EmergencyLine | CrisisLine)[];

const isEmergency = (l: EmergencyLine | CrisisLine): l is EmergencyLine => l.emergency === true;

/** `mode` undefined (no mode chosen yet): whoever it is may be a teenager, so every line of the subset serves. */
export function offlinePanel(lines: Subset, mode: Mode | undefined): OfflinePanel {
  const cards = lines.filter((l): l is CrisisLine => !isEmergency(l) && (mode === undefined || servesMode(l, mode)));
  return {
    emergency: lines.filter(isEmergency),
    openNow: cards.filter((l) => l.always && isRemoteCrisisLine(l)),
    local: cards.filter(isGeneralLocal),
  };
}
