/**
 * @module
 * The result screen as the page's first script sees it: the result itself
 * once its chunk and the full helpline data are here (normally long before
 * the last question), and until then — weak signal, offline — a calm notice
 * with 119/110 and the lines open 24 h from the inlined crisis subset, so the
 * resident is never left without a number while the page keeps asking.
 */
import { useEnv } from '../context';
import type { Later } from '../later';
import { offlinePanel } from '../offline';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';
import type { Outcome } from './Result';

interface Props {
  outcome: Outcome;
  later: Later | undefined;
  onRestart: () => void;
}

export function ResultScreen({ outcome, later, onRestart }: Props) {
  if (later) return <later.mod.Result outcome={outcome} tenant={later.tenant} words={later.mod.messages} onRestart={onRestart} />;
  const { messages: m, tenant } = useEnv();
  const panel = offlinePanel(tenant.crisis, outcome.mode);
  const ctx = { mode: outcome.mode, band: outcome.band };
  return (
    <section class="result">
      <Heading>{m.waiting.heading}</Heading>
      <p class="lead">{m.waiting.lead}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <EmergencyCalls lines={panel.emergency} ctx={ctx} />
      <h2>{m.help.listHeading}</h2>
      <HelplineList lines={[...panel.openNow, ...panel.local]} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.helpline.cantConnect}</p>
    </section>
  );
}
