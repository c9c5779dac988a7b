/**
 * @module
 * shared/routing on the page's full tenant data (result chunk only: routing
 * brings the opening-hours rules and the holiday table). Routing hands back
 * the tenant's own helpline objects, which on the page are `FullHelpline`s
 * with their hours in words — the one place that is said to the type system.
 * Opening times leave as epoch ms, so the groups stay plain data. The page's
 * language rides in `RankInput.lang` (the screens take it from the page's own
 * data block, `PageTenant.lang`), so lines that speak it lead their tier.
 */
import type { Mode } from '../../shared/domain';
import type { Lang } from '../../shared/languages';
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
 * whoever taps it may be in any mode the municipality offers — a teenager
 * among them — so each part lists the crisis lines of every such mode's list in order (adults',
 * then teens', 24時間子供SOSダイヤル among them), then the other lines of each.
 */
export function helpListForAnyone(tenant: FullTenant, topics: RankInput['topics'], now: Date, lang?: Lang): HelpGroups {
  const lists = tenant.modes.map((mode) => helpListFor(tenant, { mode, safetyFlag: true, topics, ...(lang ? { lang } : {}) }, now));
  const isCrisis = (p: Placed) => (p.helpline as FullHelpline).crisis;
  const join = (group: keyof HelpGroups) => {
    const seen = new Set<string>();
    const all = lists.flatMap((l) => l[group]).filter((p) => !seen.has(p.helpline.id) && !!seen.add(p.helpline.id));
    return [...all.filter(isCrisis), ...all.filter((p) => !isCrisis(p))];
  };
  return { now: join('now'), closed: join('closed'), other: join('other') };
}

/**
 * The crisis panel keeps one order in every language: its lines are the crisis
 * lines open now and the general local windows, and the offline panel inlined
 * in the page (stored in routing's order by frontend/data/build) must agree with it.
 */
export function panelFor(tenant: FullTenant, mode: Mode, now: Date): Panel {
  const p = crisisPanel(tenant, mode, now);
  return { emergency: p.emergency as FullHelpline[], openNow: p.openNow.map(placed), local: p.local.map(placed) };
}
