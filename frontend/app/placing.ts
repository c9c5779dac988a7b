/**
 * @module
 * shared/routing on the page's full tenant data (result chunk only: routing
 * brings the opening-hours rules and the holiday table). Routing hands back
 * the tenant's own helpline objects, which on the page are `FullHelpline`s
 * with their hours in words — the one place that is said to the type system.
 * Opening times leave as epoch ms, so the groups stay plain data.
 */
import type { Mode } from '../../shared/domain';
import { crisisPanel, fitHelpList, rankHelplines, type ClosedHelpline, type RankedHelpline, type RankInput } from '../../shared/routing';
import type { FullHelpline, FullTenant, HelpGroups, Panel, Placed } from '../data/types';

const placed = (r: RankedHelpline): Placed => ({ helpline: r.helpline as FullHelpline, openNow: r.openNow });
const placedClosed = (r: ClosedHelpline): Placed => (r.opensAt ? { ...placed(r), opensAt: r.opensAt.getTime() } : placed(r));

export function helpListFor(tenant: FullTenant, input: RankInput, now: Date): HelpGroups {
  const fitted = fitHelpList(rankHelplines(input, tenant, now), now);
  return { now: fitted.now.map(placed), closed: fitted.closed.map(placedClosed), other: fitted.other.map(placed) };
}

/**
 * The help list before a mode is chosen (「今すぐ相談したい」 on the landing):
 * whoever taps it may be a teenager, so each part lists the crisis lines for
 * adults and then those for teens (24時間子供SOSダイヤル among them), then the
 * other lines of each.
 */
export function helpListForAnyone(tenant: FullTenant, topics: RankInput['topics'], now: Date): HelpGroups {
  const adult = helpListFor(tenant, { mode: 'self', safetyFlag: true, topics }, now);
  const teen = helpListFor(tenant, { mode: 'teen', safetyFlag: true, topics }, now);
  // Crisis lines of both lists lead (the teen ones right after the adult ones), then the rest of each.
  const isCrisis = (p: Placed) => (p.helpline as FullHelpline).crisis;
  const join = (a: Placed[], b: Placed[]) => {
    const extra = b.filter((p) => !a.some((q) => q.helpline.id === p.helpline.id));
    return [...a.filter(isCrisis), ...extra.filter(isCrisis), ...a.filter((p) => !isCrisis(p)), ...extra.filter((p) => !isCrisis(p))];
  };
  return { now: join(adult.now, teen.now), closed: join(adult.closed, teen.closed), other: join(adult.other, teen.other) };
}

export function panelFor(tenant: FullTenant, mode: Mode, now: Date): Panel {
  const p = crisisPanel(tenant, mode, now);
  return { emergency: p.emergency as FullHelpline[], openNow: p.openNow.map(placed), local: p.local.map(placed) };
}
