/**
 * @module
 * The crisis panel from the inlined crisis subset alone, for the moments the
 * full helpline data has not arrived (weak signal, offline): 119/110, the
 * crisis lines open 24 h (teen lines first for teens), and the general local
 * windows. The same rules as shared/routing's crisisPanel, on fewer lines.
 */
import type { Mode } from '../../shared/domain';
import type { CrisisLine, EmergencyLine, Panel } from '../data/types';

/** Routing's audience rule (servesMode / isTeenLine), on a crisis-subset line. */
const serves = (l: CrisisLine, mode: Mode) => l.audiences.includes(mode === 'teen' ? 'teen' : 'adult');
const teenOnly = (l: CrisisLine) => l.audiences.includes('teen') && !l.audiences.includes('adult');
const isEmergency = (l: EmergencyLine | CrisisLine): l is EmergencyLine => l.emergency === true;

export function offlinePanel(lines: readonly (EmergencyLine | CrisisLine)[], mode: Mode): Panel {
  const cards = lines.filter((l): l is CrisisLine => !isEmergency(l));
  const open = cards.filter((l) => l.crisis && l.always && serves(l, mode));
  if (mode === 'teen') open.sort((a, b) => Number(teenOnly(b)) - Number(teenOnly(a)));
  return {
    emergency: lines.filter(isEmergency),
    openNow: open.map((helpline) => ({ helpline, openNow: true })),
    local: cards.filter((l) => l.scope === 'local' && serves(l, mode)).map((helpline) => ({ helpline, openNow: null })),
  };
}
