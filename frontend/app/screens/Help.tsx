/**
 * @module
 * The help list behind 「今すぐ相談したい」, reachable from every screen:
 * emergency numbers, then every line ranked with crisis lines first (open
 * ones before closed). Closing it returns to the very same screen and answers.
 */
import { crisisPanel, rankHelplines } from '../../../shared/routing';
import type { CheckState } from '../../flow';
import { useEnv } from '../context';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

export function HelpList({ state, onClose }: { state: CheckState; onClose: () => void }) {
  const { messages: m, tenant, now } = useEnv();
  const mode = state.mode ?? 'self';
  const at = now();
  const { emergency } = crisisPanel(tenant, mode, at);
  const lines = rankHelplines({ mode, safetyFlag: true, topics: state.topics }, tenant, at);
  const ctx = { mode: state.mode };
  return (
    <section class="help">
      <Heading>{m.help.heading}</Heading>
      <p class="lead">{m.help.lead}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <EmergencyCalls lines={emergency} ctx={ctx} />
      <h2>{m.help.listHeading}</h2>
      <HelplineList lines={lines} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.result.cantConnect}</p>
      <div class="nav">
        <button type="button" class="secondary" onClick={onClose}>
          {m.help.back}
        </button>
      </div>
    </section>
  );
}
