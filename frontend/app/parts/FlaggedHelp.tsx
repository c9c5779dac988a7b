/**
 * @module
 * What every result leads with after a safety answer but 「なかった」/「いいえ」
 * (result chunk): its lead, 119/110 and the crisis lines open now; those
 * lines then leave the help list below, so none shows twice. One place for
 * the K6 result and a result about someone else (家族), each with its own lead.
 */
import type { ComponentChildren } from 'preact';
import { isSafetyUrgent, type SafetyAnswer } from '../../../shared/domain';
import type { ChunkMessages } from '../../../shared/messages';
import type { FullTenant, HelpGroups } from '../../data/types';
import { useEnv } from '../context';
import type { RankInput } from '../../../shared/routing';
import { helpListFor, panelFor } from '../placing';
import { CallButtons, type TapContext } from './Calls';
import { HelplineList } from './Helplines';

/** The help list for this result, and when the flag is raised the crisis part that leads the page. */
export function resultHelp(
  tenant: FullTenant,
  words: ChunkMessages,
  who: RankInput & { safety: SafetyAnswer },
  ctx: TapContext,
  lead: (urgent: boolean) => ComponentChildren,
): { groups: HelpGroups; crisis: ComponentChildren } {
  const { messages: m, now, tenant: page } = useEnv();
  const at = now();
  // The page's own language (its data block), so lines that speak it lead their tier.
  const groups = helpListFor(tenant, { ...who, lang: page.lang }, at);
  if (!who.safetyFlag) return { groups, crisis: null };
  const panel = panelFor(tenant, who.mode, at);
  const first = new Set(panel.openNow.map((p) => p.helpline.id));
  const urgent = isSafetyUrgent(who.safety);
  const w = { ...words.helpline, opens: words.opens };
  return {
    // The crisis lines open now lead the page; the list below goes on with the rest.
    groups: { ...groups, now: groups.now.filter((p) => !first.has(p.helpline.id)) },
    crisis: (
      <>
        <p class="lead">{lead(urgent)}</p>
        <h2>{m.crisis.emergencyHeading}</h2>
        <CallButtons lines={panel.emergency} ctx={ctx} />
        <h2>{urgent ? words.panel.urgentOpenNowHeading : words.panel.openNowHeading}</h2>
        {panel.openNow.length > 0 ? <HelplineList lines={panel.openNow} ctx={ctx} w={w} /> : <p>{words.panel.noneOpen}</p>}
      </>
    ),
  };
}
