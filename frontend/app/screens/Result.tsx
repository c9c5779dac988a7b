/**
 * @module
 * The result: a calm picture and a short message for the band, 「診断では
 * ありません」, self-care that fits, and the helplines ranked for this person —
 * always, whatever the score, because a low score is not "safe".
 */
import { crisisPanel, rankHelplines } from '../../../shared/routing';
import type { Band, Mode, Topic } from '../../../shared/domain';
import { pick, useEnv } from '../context';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { SkyPicture } from '../parts/SkyPicture';
import { Heading } from '../parts/StepFrame';

export interface Outcome {
  mode: Mode;
  band: Band;
  safetyFlag: boolean;
  topics: readonly Topic[];
}

export function Result({ outcome, onRestart }: { outcome: Outcome; onRestart: () => void }) {
  const { messages: m, tenant, now } = useEnv();
  const { mode, band, safetyFlag, topics } = outcome;
  const at = now();
  const b = m.result.bands[band];
  const lines = rankHelplines({ mode, safetyFlag, topics, band }, tenant, at);
  const ctx = { mode, band };
  return (
    <section class="result">
      <Heading>{pick(m.result.heading, mode)}</Heading>
      <SkyPicture band={band} label={b.picture} />
      <h2 class="band">{pick(b.title, mode)}</h2>
      <p>{pick(b.message, mode)}</p>
      <p class="not-diagnosis">{m.result.notDiagnosis}</p>
      <h2>{pick(m.result.helpHeading, mode)}</h2>
      <p>{pick(m.result.helpLead, mode)}</p>
      {safetyFlag && <EmergencyCalls lines={crisisPanel(tenant, mode, at).emergency} ctx={ctx} />}
      <HelplineList lines={lines} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.result.cantConnect}</p>
      <h2>{pick(m.result.selfCareHeading, mode)}</h2>
      <ul class="care">
        {pick(b.selfCare, mode).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <div class="nav">
        <button type="button" class="secondary" onClick={onRestart}>
          {m.result.again}
        </button>
      </div>
    </section>
  );
}
