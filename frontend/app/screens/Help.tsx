/**
 * @module
 * The help list behind 「今すぐ相談したい」, reachable from every screen:
 * emergency numbers, then every line ranked with crisis lines first (open
 * ones before closed). Closing it returns to the very same screen and answers.
 * Until the full helpline data is here (weak signal) it lists the inlined
 * crisis subset, so the link always gives numbers to call.
 */
import type { CheckState } from '../../flow';
import { useEnv } from '../context';
import type { Later } from '../later';
import { offlinePanel } from '../offline';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

export function HelpList({ state, later, onClose }: { state: CheckState; later: Later | undefined; onClose: () => void }) {
  const { messages: m, tenant, now } = useEnv();
  const mode = state.mode ?? 'self';
  const offline = offlinePanel(tenant.crisis, mode);
  const lines = later ? later.mod.rankFor(later.tenant, { mode, safetyFlag: true, topics: state.topics }, now()) : [...offline.openNow, ...offline.local];
  const ctx = { mode: state.mode };
  return (
    <section class="help">
      <Heading>{m.help.heading}</Heading>
      <p class="lead">{m.help.lead}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <EmergencyCalls lines={offline.emergency} ctx={ctx} />
      <h2>{m.help.listHeading}</h2>
      <HelplineList lines={lines} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.helpline.cantConnect}</p>
      <div class="nav">
        <button type="button" class="secondary" onClick={onClose}>
          {m.help.back}
        </button>
      </div>
    </section>
  );
}
