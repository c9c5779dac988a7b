/**
 * @module
 * The crisis panel, the help list and the result while the result chunk with
 * the full cards has not arrived (weak signal, offline — normally it is here
 * long before): thanks or a calm notice, then one-tap buttons for 119/110,
 * the crisis lines open 24 h and the local windows from the page's inlined
 * crisis subset. Small on purpose: it rides in the first script, so help is
 * never more than one tap away while the page keeps asking for the rest.
 */
import { isSafetyUrgent, type Mode, type SafetyAnswer } from '../../../shared/domain';
import { pick, useEnv } from '../context';
import { offlinePanel } from '../offline';
import { CallButtons } from '../parts/Calls';
import { Heading } from '../parts/StepFrame';

interface OfflineProps {
  kind: 'crisis' | 'help' | 'result';
  /** Undefined on the help list before a mode is chosen: every audience's lines are listed. */
  mode: Mode | undefined;
  safety?: SafetyAnswer | undefined;
  /** The crisis panel's 「チェックを続ける」 or the help list's close button. */
  onDone?: () => void;
}

export function OfflineHelp({ kind, mode, safety, onDone }: OfflineProps) {
  const { messages: m, tenant } = useEnv();
  const panel = offlinePanel(tenant.crisis, mode);
  const lines = [...panel.openNow, ...panel.local];
  const c = m.crisis;
  const urgent = safety !== undefined && isSafetyUrgent(safety);
  const [heading, lead] =
    kind === 'help' ? [m.help.heading, m.help.lead] : kind === 'result' ? [m.waiting.heading, m.waiting.lead] : urgent ? [c.urgent.heading, c.urgent.lead] : [c.heading, c.lead];
  const ctx = { mode };
  return (
    <section class={kind}>
      <Heading>{pick(heading, mode)}</Heading>
      <p class="lead">{pick(lead, mode)}</p>
      <h2>{c.emergencyHeading}</h2>
      <CallButtons lines={panel.emergency} ctx={ctx} />
      {/* The lines open 24 h under words for right now (the urgent panel's heading already says them); none, no heading. */}
      {lines.length > 0 && !(kind === 'crisis' && urgent) && <h2>{pick(c.urgent.heading, mode)}</h2>}
      <CallButtons lines={lines} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.cantConnect}</p>
      {onDone && (
        <div class="nav">
          <button type="button" class={kind === 'crisis' && !urgent ? 'primary' : 'secondary'} onClick={onDone}>
            {kind === 'crisis' ? c.continue : m.help.back}
          </button>
        </div>
      )}
    </section>
  );
}
