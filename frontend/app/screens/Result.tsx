/**
 * @module
 * The result (in the result chunk): a calm picture and a short message for
 * the band, 「診断ではありません」, self-care that fits, and the helplines
 * ranked for this person — always, whatever the score, because a low score
 * is not "safe".
 */
import type { Band, Mode, Topic } from '../../../shared/domain';
import type { ResultMessages } from '../../../shared/messages';
import type { FullTenant } from '../../data/types';
import { pick, useEnv } from '../context';
import { panelFor, rankFor } from '../placing';
import { EmergencyCalls, HelplineList } from '../parts/Helplines';
import { SkyPicture } from '../parts/SkyPicture';
import { Heading } from '../parts/StepFrame';

export interface Outcome {
  mode: Mode;
  band: Band;
  safetyFlag: boolean;
  topics: readonly Topic[];
}

export interface ResultProps {
  outcome: Outcome;
  tenant: FullTenant;
  words: ResultMessages;
  onRestart: () => void;
}

export function Result({ outcome, tenant, words, onRestart }: ResultProps) {
  const { messages: m, now } = useEnv();
  const r = words.result;
  const { mode, band, safetyFlag, topics } = outcome;
  const at = now();
  const b = r.bands[band];
  const lines = rankFor(tenant, { mode, safetyFlag, topics, band }, at);
  const ctx = { mode, band };
  return (
    <section class="result">
      <Heading>{pick(r.heading, mode)}</Heading>
      <SkyPicture band={band} label={b.picture} />
      <h2 class="band">{pick(b.title, mode)}</h2>
      <p>{pick(b.message, mode)}</p>
      <p class="not-diagnosis">{r.notDiagnosis}</p>
      <h2>{pick(r.helpHeading, mode)}</h2>
      <p>{pick(r.helpLead, mode)}</p>
      {safetyFlag && <EmergencyCalls lines={panelFor(tenant, mode, at).emergency} ctx={ctx} />}
      <HelplineList lines={lines} ctx={ctx} />
      {tenant.localNote !== undefined && <p class="note">{tenant.localNote}</p>}
      <p class="note">{m.helpline.cantConnect}</p>
      <h2>{pick(r.selfCareHeading, mode)}</h2>
      <ul class="care">
        {pick(b.selfCare, mode).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <div class="nav">
        <button type="button" class="secondary" onClick={onRestart}>
          {r.again}
        </button>
      </div>
    </section>
  );
}
