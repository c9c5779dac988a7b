/**
 * @module
 * The crisis panel and the help list from the inlined crisis subset alone,
 * for the moments the full helpline data has not arrived (weak signal,
 * offline). The line rules are routing's own (shared/routing/rules), and the
 * prerender stores the subset in routing's order; only the clock is missing,
 * so a line open 24 h counts as open and any other as "cannot say". This is
 * in the first script: keep it small, and never import routing's opening
 * hours here.
 */
import type { Mode } from '../../shared/domain';
import { helpGroupOf, isGeneralLocal, isRemoteCrisisLine, servesMode } from '../../shared/routing/rules';
import type { CrisisLine, EmergencyLine, HelpGroups, Panel, Placed } from '../data/types';

type Subset = readonly (EmergencyLine | CrisisLine)[];

const isEmergency = (l: EmergencyLine | CrisisLine): l is EmergencyLine => l.emergency === true;
const served = (lines: Subset, mode: Mode): CrisisLine[] => lines.filter((l): l is CrisisLine => !isEmergency(l) && servesMode(l, mode));
const place = (helpline: CrisisLine): Placed => ({ helpline, openNow: helpline.always ? true : null });

export function offlinePanel(lines: Subset, mode: Mode): Panel {
  const cards = served(lines, mode);
  return {
    emergency: lines.filter(isEmergency),
    openNow: cards.filter((l) => l.always && isRemoteCrisisLine(l)).map(place),
    local: cards.filter(isGeneralLocal).map(place),
  };
}

/** No clock, so nothing is ever `closed` here: the stored order already puts the 24 h lines first. */
export function offlineHelpList(lines: Subset, mode: Mode): HelpGroups {
  const groups: HelpGroups = { now: [], closed: [], other: [] };
  for (const l of served(lines, mode)) groups[helpGroupOf(l, l.always ? true : null)].push(place(l));
  return groups;
}
