/**
 * @module
 * First screen, prerendered into the page so it shows before any script runs:
 * what this is, that it is anonymous and short, and the choice among the
 * modes the municipality offers (本人 / 10代 …).
 */
import type { Mode } from '../../../shared/domain';
import { Heading } from '../parts/StepFrame';
import { useEnv } from '../context';

export function Landing({ onStart }: { onStart: (mode: Mode) => void }) {
  const { messages: m, tenant } = useEnv();
  return (
    <section class="landing">
      <Heading>{tenant.serviceName}</Heading>
      <p class="lead">{m.landing.lead}</p>
      <ul class="facts">
        <li>{m.landing.anonymous}</li>
        <li>{m.landing.duration}</li>
        <li>{m.landing.privacy}</li>
        <li>{m.landing.privateTab}</li>
      </ul>
      <fieldset class="modes">
        <legend>{m.landing.chooseLegend}</legend>
        {tenant.modes.map((mode) => (
          <button type="button" class="mode" key={mode} data-tap={mode} onClick={() => onStart(mode)}>
            <strong>{m.landing.modes[mode].label}</strong>
            <span>{m.landing.modes[mode].hint}</span>
          </button>
        ))}
      </fieldset>
    </section>
  );
}
