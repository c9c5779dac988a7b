/**
 * @module
 * The screens of a mode about someone else (家族), in the result chunk: its
 * words and its checklist come after first paint, so they add nothing to the
 * page's first script (which shows the numbers to call until they are here).
 * Profile (who they are to the resident, their age), the safety question
 * about them, then the checklist of signs, its items word for word from the
 * instrument with their source. The result shows no picture and no score:
 * the signs the resident noticed, what they can do (厚生労働省's four roles),
 * the lines they can call, local first, and how to look after themselves.
 * After a safety answer but 「いいえ」 it leads with thanks, 119/110 and the
 * lines open now, and the words for how many signs were ticked give way.
 */
import { AGE_BANDS, type Band, SAFETY_ANSWERS, type SafetyAnswer, type Topic } from '../../../shared/domain';
import { RELATIONSHIPS } from '../../../shared/domain/relationships';
import { instrumentFor } from '../../../shared/instruments/for-mode';
import type { AboutOtherMessages, ChunkMessages, SourceNote } from '../../../shared/messages';
import { canAdvance, stepsFor, type Action, type CheckState, type Step } from '../../flow';
import type { FullTenant } from '../../data/types';
import { pick, useEnv } from '../context';
import { ChoiceGroup } from '../parts/Choice';
import { GroupedLines } from '../parts/Helplines';
import { resultHelp } from '../parts/FlaggedHelp';
import { Heading, StepFrame } from '../parts/StepFrame';
import type { Outcome } from './Result';
import { fill } from '../../../shared/messages/fill';

export function Source({ source }: { source: SourceNote }) {
  return (
    <p class="note source">
      出典：<a href={source.url} rel="noreferrer">{source.title}</a>
      {source.note}
    </p>
  );
}

interface OtherStepProps {
  state: CheckState;
  dispatch: (a: Action) => void;
  words: ChunkMessages;
  onBack: () => void;
}

/** The words of a mode about someone else: the build offers such a mode only in a language whose catalogue has them (shared/languages/offered). */
export function otherWords(words: ChunkMessages): AboutOtherMessages {
  if (!words.other) throw new Error('this language has no words for a mode about someone else');
  return words.other;
}

export function OtherStep({ state, dispatch, words, onBack }: OtherStepProps) {
  const { messages: m } = useEnv();
  const o = otherWords(words);
  const mode = state.mode ?? 'family';
  const steps = stepsFor(mode);
  const index = steps.indexOf(state.screen as Step);
  const spoken = fill(m.progress.spoken, { step: index + 1, total: steps.length });
  let body;
  if (state.screen === 'profile') {
    body = (
      <>
        <Heading spoken={spoken}>{o.profile.heading}</Heading>
        <p class="hint">{o.profile.lead}</p>
        <ChoiceGroup
          name="relationship"
          columns
          legend={o.profile.relationshipLegend}
          options={RELATIONSHIPS.map((v) => ({ value: v, label: o.profile.relationships[v] }))}
          selected={state.relationship}
          onChange={(relationship) => dispatch({ type: 'profile', set: { relationship } })}
        />
        <ChoiceGroup
          name="age"
          columns
          legend={o.profile.ageLegend}
          options={AGE_BANDS.map((v) => ({ value: v, label: m.profile.ageBands[v] }))}
          selected={state.ageBand}
          onChange={(ageBand) => dispatch({ type: 'profile', set: { ageBand } })}
        />
      </>
    );
  } else if (state.screen === 'safety') {
    const offered = SAFETY_ANSWERS.filter((v): v is SafetyAnswer => o.safety.answers[v] !== undefined);
    body = (
      <>
        <p class="hint" id="safety-hint">
          {o.safety.hint}
        </p>
        <ChoiceGroup
          name="safety"
          describedBy="safety-hint"
          legend={<Heading spoken={spoken}>{o.safety.question}</Heading>}
          options={offered.map((v) => ({ value: v, label: o.safety.answers[v] }))}
          selected={state.safety}
          onChange={(answer) => dispatch({ type: 'setSafety', answer })}
        />
      </>
    );
  } else {
    const instrument = instrumentFor(mode);
    body = (
      <>
        <p class="hint" id="topics-hint">
          {o.checklist.hint}
        </p>
        <ChoiceGroup
          name="topics"
          multiple
          describedBy="topics-hint"
          legend={<Heading spoken={spoken}>{instrument.recallLeadIn}</Heading>}
          options={instrument.items.map((item) => ({ value: item.id as Topic, label: item.text }))}
          selected={state.topics}
          onChange={(topic) => dispatch({ type: 'toggleTopic', topic })}
        />
        <Source source={o.checklist.source} />
      </>
    );
  }
  return (
    <StepFrame
      step={index + 1}
      total={steps.length}
      canAdvance={canAdvance(state)}
      nextLabel={index === steps.length - 1 ? m.nav.toResult : undefined}
      onBack={onBack}
      onNext={() => dispatch({ type: 'next' })}
    >
      {body}
    </StepFrame>
  );
}

export interface OtherResultProps {
  outcome: Outcome;
  band: Band;
  tenant: FullTenant;
  words: ChunkMessages;
  onRestart: () => void;
}

export function OtherResult({ outcome, band, tenant, words, onRestart }: OtherResultProps) {
  const { messages: m } = useEnv();
  const r = otherWords(words).result;
  const { mode, safety, safetyFlag, topics } = outcome;
  const ctx = { mode, band };
  const noticed = instrumentFor(mode).items.filter((item) => topics.includes(item.id as Topic));
  const { groups, crisis } = resultHelp(tenant, words, { mode, safetyFlag, topics, safety }, ctx, (urgent) => (urgent ? r.urgentLead : r.flaggedLead));
  const shown = r.bands[band];
  return (
    <section class="result other">
      <Heading>{safetyFlag ? r.flaggedHeading : r.heading}</Heading>
      {crisis}
      {!safetyFlag && shown && (
        <>
          <h2 class="band">{shown.title}</h2>
          <p>{shown.message}</p>
        </>
      )}
      {noticed.length > 0 && (
        <>
          <h2>{r.noticedHeading}</h2>
          <ul class="noticed">
            {noticed.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{r.helpHeading}</h2>
      <p>{r.helpLead}</p>
      <GroupedLines groups={groups} ctx={ctx} words={words} note={tenant.localNote} />
      <p class="note">{m.cantConnect}</p>
      <h2>{r.rolesHeading}</h2>
      <p>{r.rolesLead}</p>
      <dl class="roles">
        {r.roles.map((role) => (
          <div key={role.title}>
            <dt>{role.title}</dt>
            <dd>{role.text}</dd>
          </div>
        ))}
      </dl>
      <Source source={r.rolesSource} />
      <h2>{r.selfCareHeading}</h2>
      <ul class="care">
        {r.selfCare.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <Source source={r.selfCareSource} />
      <div class="nav">
        <button type="button" class="secondary" onClick={onRestart}>
          {pick(words.result.again, mode)}
        </button>
      </div>
    </section>
  );
}
