/**
 * @module
 * The question screens: optional profile, the mode's instrument items (exact
 * wording from shared/instruments, one per screen), our own safety question, and the
 * "what weighs on you" checklist. Each reads and writes only the in-memory state.
 */
import { AGE_BANDS, GENDERS, SAFETY_ANSWERS } from '../../../shared/domain';
import { MODE_SPECS, modeSpec, type AskedInstrumentId } from '../../../shared/modes';
import { askedFor } from '../../../shared/instruments/asked';
import type { FamilyTopic, Topic } from '../../../shared/domain';
import { canAdvance, itemOf, stepsFor, type Action, type CheckState, type Step } from '../../flow';
import { pick, useEnv } from '../context';
import { ChoiceGroup } from '../parts/Choice';
import { WithRuby } from '../parts/Ruby';
import { Heading, StepFrame } from '../parts/StepFrame';
import { fill } from '../../../shared/messages/fill';

interface StepProps {
  state: CheckState;
  dispatch: (a: Action) => void;
}

/** `onBack` is the browser's own step back (App), so the in-page 戻る and the phone's Back agree. */
export function QuestionStep({ state, dispatch, onBack }: StepProps & { onBack: () => void }) {
  const { messages: m } = useEnv();
  const steps = stepsFor(state.mode);
  const index = steps.indexOf(state.screen as Step);
  const isLast = index === steps.length - 1;
  return (
    <StepFrame
      step={index + 1}
      total={steps.length}
      canAdvance={canAdvance(state)}
      nextLabel={isLast ? m.nav.toResult : undefined}
      onBack={onBack}
      onNext={() => dispatch({ type: 'next' })}
    >
      <StepBody state={state} dispatch={dispatch} spoken={fill(m.progress.spoken, { step: index + 1, total: steps.length })} />
    </StepFrame>
  );
}

function StepBody({ state, dispatch, spoken }: StepProps & { spoken: string }) {
  const { messages: m, later } = useEnv();
  const { mode, screen } = state;
  const spec = mode === undefined ? undefined : modeSpec(mode);
  const teen = spec?.wording === 'teen';
  if (screen === 'profile') {
    return (
      <>
        <Heading spoken={spoken}>{pick(m.profile.heading, mode)}</Heading>
        <p class="hint">{pick(m.profile.lead, mode)}</p>
        {spec?.fixedAgeBand === undefined && (
          <ChoiceGroup
            name="age"
            columns
            legend={m.profile.ageLegend}
            options={AGE_BANDS.map((v) => ({ value: v, label: m.profile.ageBands[v] }))}
            selected={state.ageBand}
            onChange={(ageBand) => dispatch({ type: 'profile', set: { ageBand } })}
          />
        )}
        <ChoiceGroup
          name="gender"
          columns
          legend={m.profile.genderLegend}
          options={GENDERS.map((v) => ({ value: v, label: m.profile.genders[v] }))}
          selected={state.gender}
          onChange={(gender) => dispatch({ type: 'profile', set: { gender } })}
        />
      </>
    );
  }
  const item = itemOf(state);
  const instrument = mode && askedFor(mode);
  if (item && mode && instrument) {
    // This page's words around the items (frontend/data): readings for teens, or for everyone (やさしい日本語), or a cited translation.
    // Readings and plain explanations come with the data fetched at idle (frontend/data/build): until then, the items as worded.
    const id = MODE_SPECS[mode].instrument as AskedInstrumentId;
    const words = { ...later.current()?.tenant.items[id], ...m.items[id] };
    const helped = teen || words.always;
    const ruby = (helped && words.ruby) || {};
    const gloss = helped ? words.gloss?.[item.id] : undefined;
    return (
      // The items' own language where it is not the page's (the check in やさしい日本語 on a 中文 page).
      <div lang={words.lang}>
        <p class="hint" id="lead-in">
          <WithRuby text={(helped && words.leadIn) || instrument.recallLeadIn} readings={ruby} />
        </p>
        <ChoiceGroup
          key={screen}
          name={item.id}
          describedBy={gloss ? 'lead-in gloss' : 'lead-in'}
          legend={
            <Heading spoken={spoken}>
              <WithRuby text={words.texts?.[item.id] ?? item.text} readings={ruby} />
            </Heading>
          }
          note={gloss && <p class="hint" id="gloss"><WithRuby text={gloss} readings={ruby} /></p>}
          options={(item.options ?? instrument.options ?? []).map((o, i) => ({ value: o.score, label: <WithRuby text={words.options?.[i] ?? o.label} readings={ruby} /> }))}
          selected={state.answers[item.id]}
          onChange={(score) => dispatch({ type: 'answer', item: item.id, score })}
        />
      </div>
    );
  }
  if (screen === 'safety') {
    return (
      <>
        <p class="hint" id="safety-hint">
          {pick(m.safety.hint, mode)}
        </p>
        <ChoiceGroup
          name="safety"
          describedBy="safety-hint"
          legend={<Heading spoken={spoken}>{pick(m.safety.question, mode)}</Heading>}
          options={SAFETY_ANSWERS.map((v) => ({ value: v, label: pick(m.safety.answers[v], mode) }))}
          selected={state.safety}
          onChange={(answer) => dispatch({ type: 'setSafety', answer })}
        />
      </>
    );
  }
  // A mode asked here (not about someone else) offers only topics with labels of their own.
  const topics = (spec?.topics ?? []) as readonly Exclude<Topic, FamilyTopic>[];
  // The topics' words come with the result chunk's (App shows the waiting notice until they are here).
  const t = later.current()?.tenant.words.topics;
  if (!t) return null;
  return (
    <>
      <p class="hint" id="topics-hint">
        {pick(t.hint, mode)}
      </p>
      <ChoiceGroup
        name="topics"
        multiple
        describedBy="topics-hint"
        legend={<Heading spoken={spoken}>{pick(t.heading, mode)}</Heading>}
        options={topics.map((v) => ({ value: v, label: t.labels[v] }))}
        selected={state.topics}
        onChange={(topic) => dispatch({ type: 'toggleTopic', topic })}
      />
    </>
  );
}
