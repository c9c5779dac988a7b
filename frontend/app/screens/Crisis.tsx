/**
 * @module
 * Shown at once when the safety question is answered anything but 「なかった」,
 * before any score: 119/110 for immediate danger first, then lines open right
 * now (24h phone, chat), then the local window; the check can go on after.
 * After 「いまも、そう思っている」 the words are for this very minute and going
 * on with the check is the quieter choice. It lives in the page's first script
 * and needs no network: until the full helpline data is here, it shows the
 * inlined crisis subset.
 */
import { isSafetyUrgent, type Mode, type SafetyAnswer } from '../../../shared/domain';
import { offlinePanel } from '../offline';
import { pick, useEnv } from '../context';
import type { Later } from '../later';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

interface CrisisProps {
  mode: Mode;
  safety: SafetyAnswer;
  later: Later | undefined;
  onContinue: () => void;
}

export function CrisisPanel({ mode, safety, later, onContinue }: CrisisProps) {
  const { messages: m, tenant, now } = useEnv();
  const panel = later ? later.mod.panelFor(later.tenant, mode, now()) : offlinePanel(tenant.crisis, mode);
  const ctx = { mode };
  const c = m.crisis;
  const urgent = isSafetyUrgent(safety);
  return (
    <section class="crisis">
      <Heading>{pick(urgent ? c.urgent.heading : c.heading, mode)}</Heading>
      <p class="lead">{pick(urgent ? c.urgent.lead : c.lead, mode)}</p>
      <h2>{c.emergencyHeading}</h2>
      <p>{c.emergencyText}</p>
      <EmergencyCalls lines={panel.emergency} ctx={ctx} />
      <h2>{urgent ? c.urgent.openNowHeading : c.openNowHeading}</h2>
      {panel.openNow.length > 0 ? <HelplineList lines={panel.openNow} ctx={ctx} /> : <p>{c.noneOpen}</p>}
      {panel.local.length > 0 && (
        <>
          <h2>{c.localHeading}</h2>
          <HelplineList lines={panel.local} ctx={ctx} />
        </>
      )}
      <p class="note">{m.helpline.cantConnect}</p>
      <div class="nav">
        <button type="button" class={urgent ? 'secondary' : 'primary'} onClick={onContinue}>
          {c.continue}
        </button>
      </div>
    </section>
  );
}
