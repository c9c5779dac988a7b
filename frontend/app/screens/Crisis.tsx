/**
 * @module
 * Shown at once when the safety question is answered anything but 「なかった」,
 * before any score: 119/110 for immediate danger first, then lines open right
 * now (24h phone, chat), then the local window; the check can go on after.
 * It lives in the page's first script and needs no network: until the full
 * helpline data is here, it shows the inlined crisis subset.
 */
import type { Mode } from '../../../shared/domain';
import { offlinePanel } from '../offline';
import { pick, useEnv } from '../context';
import type { Later } from '../later';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { Heading } from '../parts/StepFrame';

export function CrisisPanel({ mode, later, onContinue }: { mode: Mode; later: Later | undefined; onContinue: () => void }) {
  const { messages: m, tenant, now } = useEnv();
  const panel = later ? later.mod.panelFor(later.tenant, mode, now()) : offlinePanel(tenant.crisis, mode);
  const ctx = { mode };
  return (
    <section class="crisis">
      <Heading>{pick(m.crisis.heading, mode)}</Heading>
      <p class="lead">{pick(m.crisis.lead, mode)}</p>
      <h2>{m.crisis.emergencyHeading}</h2>
      <p>{m.crisis.emergencyText}</p>
      <EmergencyCalls lines={panel.emergency} ctx={ctx} />
      <h2>{m.crisis.openNowHeading}</h2>
      {panel.openNow.length > 0 ? <HelplineList lines={panel.openNow} ctx={ctx} /> : <p>{m.crisis.noneOpen}</p>}
      {panel.local.length > 0 && (
        <>
          <h2>{m.crisis.localHeading}</h2>
          <HelplineList lines={panel.local} ctx={ctx} />
        </>
      )}
      <p class="note">{m.helpline.cantConnect}</p>
      <div class="nav">
        <button type="button" class="primary" onClick={onContinue}>
          {m.crisis.continue}
        </button>
      </div>
    </section>
  );
}
