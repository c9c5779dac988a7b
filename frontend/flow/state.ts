/**
 * @module
 * The resident's path through the check as a pure reducer: which screen is
 * showing and what has been answered, all in memory. Nothing here touches the
 * URL, history or storage (app/history.ts makes each screen a history step
 * without storing an answer), and a reload starts fresh. The safety rule lives
 * here: leaving the safety question with any answer but 「なかった」 goes to the
 * crisis panel before anything else, and `canShow` keeps the browser's Forward
 * button from skipping past it or past an unanswered question.
 */
import { askedFor } from '../../shared/instruments/asked';
import type { InstrumentItem } from '../../shared/instruments/schema';
import { modeSpec } from '../../shared/modes';
import type { Answers } from '../../shared/scoring';
import { isSafetyFlagged, type AgeBand, type Gender, type Mode, type Relationship, type SafetyAnswer, type Topic } from '../../shared/domain';

/**
 * One screen per item of the mode's instrument, named by the item's id. Item
 * ids have a hyphen (shared/instruments/schema) and the other screens none,
 * so the two never meet.
 */
export type ItemStep = `${string}-${string}`;
export type Step = 'profile' | ItemStep | 'safety' | 'topics';
export type Screen = 'landing' | Step | 'crisis' | 'result';


/** The instrument item the current screen asks, if it asks one. */
export const itemOf = ({ mode, screen }: Pick<CheckState, 'mode' | 'screen'>): InstrumentItem | undefined =>
  mode && askedFor(mode)?.items.find((item) => item.id === screen);

/**
 * A mode's question screens in order, built from its instrument: the
 * optional profile, one screen per item, the safety question and the topic
 * checklist (every mode offers topics: shared/modes/schema). A mode about
 * someone else asks the safety question straight after the profile, and its
 * checklist of signs is its topic screen. Progress shows `index + 1 / length`.
 */
export const stepsFor = (mode: Mode | undefined): readonly Step[] =>
  mode === undefined
    ? []
    : modeSpec(mode).aboutOther
      ? ['profile', 'safety', 'topics']
      : ['profile', ...(askedFor(mode)?.items ?? []).map((item) => item.id as ItemStep), 'safety', 'topics'];

export interface CheckState {
  screen: Screen;
  /** The help list (「今すぐ相談したい」) shows over the current screen, which stays as it was. */
  helpOpen: boolean;
  mode?: Mode;
  ageBand: AgeBand;
  gender: Gender;
  /** In a mode about someone else: who they are to the resident. */
  relationship: Relationship;
  /** The instrument's answers by item id. */
  answers: Answers;
  safety?: SafetyAnswer;
  topics: readonly Topic[];
}

export type Action =
  | { type: 'start'; mode: Mode }
  | { type: 'answer'; item: string; score: number }
  /** An optional profile answer: age band, gender, or who the other person is. */
  | { type: 'profile'; set: Partial<Pick<CheckState, 'ageBand' | 'gender' | 'relationship'>> }
  | { type: 'setSafety'; answer: SafetyAnswer }
  | { type: 'toggleTopic'; topic: Topic }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'continueAfterCrisis' }
  | { type: 'openHelp' }
  | { type: 'closeHelp' }
  | { type: 'restart' };

export const initialState: CheckState = { screen: 'landing', helpOpen: false, ageBand: 'na', gender: 'na', relationship: 'na', answers: {}, topics: [] };

/** The safety question answered with anything but 「なかった」. */
const flagged = ({ safety }: CheckState): boolean => safety !== undefined && isSafetyFlagged(safety);

/** Whether the current screen has what it needs to move on (every item and the safety question must be answered). */
export function canAdvance(state: CheckState): boolean {
  const { screen } = state;
  const item = itemOf(state);
  if (item) return state.answers[item.id] !== undefined;
  if (screen === 'safety') return state.safety !== undefined;
  return true;
}

/**
 * Whether a screen may show with these answers: every question before it is
 * answered, and the crisis panel only after a raised safety flag. Back and
 * Forward restore a screen only when this holds, so changing an answer never
 * lets Forward skip the safety rule or land on a result without answers.
 */
export function canShow(state: CheckState, screen: Screen): boolean {
  if (screen === 'landing') return true;
  if (state.mode === undefined) return false;
  if (screen === 'crisis') return flagged(state);
  const steps = stepsFor(state.mode);
  const upTo = screen === 'result' ? steps.length : steps.indexOf(screen as Step);
  return upTo >= 0 && steps.slice(0, upTo).every((s) => canAdvance({ ...state, screen: s }));
}

/**
 * The screen Back or Forward shows for an entry: none when it cannot show,
 * and the crisis panel when Forward would pass the safety question with a
 * raised flag — the panel comes first however the resident moves on.
 */
export function restoreTo(state: CheckState, screen: Screen): Screen | undefined {
  if (!canShow(state, screen)) return undefined;
  const passesSafety = state.screen === 'safety' && (screen === 'topics' || screen === 'result');
  return passesSafety && flagged(state) ? 'crisis' : screen;
}

function stepAfter(state: CheckState, screen: Screen, delta: 1 | -1): Screen {
  const steps = stepsFor(state.mode);
  const i = steps.indexOf(screen as Step);
  if (i < 0) return screen;
  const to = i + delta;
  if (to < 0) return 'landing';
  return steps[to] ?? 'result';
}

export function reduce(state: CheckState, action: Action): CheckState {
  switch (action.type) {
    case 'start':
      return {
        ...initialState,
        mode: action.mode,
        // A mode that implies an age band (10代) counts it by definition; it is not asked.
        ageBand: modeSpec(action.mode).fixedAgeBand ?? 'na',
        screen: 'profile',
      };
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.item]: action.score } };
    case 'profile': {
      // A mode's implied age band stays as it is.
      const fixed = state.mode && modeSpec(state.mode).fixedAgeBand;
      return { ...state, ...action.set, ...(fixed && { ageBand: fixed }) };
    }
    case 'setSafety':
      return { ...state, safety: action.answer };
    case 'toggleTopic': {
      const has = state.topics.includes(action.topic);
      return { ...state, topics: has ? state.topics.filter((t) => t !== action.topic) : [...state.topics, action.topic] };
    }
    case 'next':
      if (!canAdvance(state)) return state;
      if (state.screen === 'safety' && flagged(state)) {
        return { ...state, screen: 'crisis' };
      }
      return { ...state, screen: stepAfter(state, state.screen, 1) };
    case 'back':
      if (state.screen === 'crisis') return { ...state, screen: 'safety' };
      return { ...state, screen: stepAfter(state, state.screen, -1) };
    case 'continueAfterCrisis':
      return state.screen === 'crisis' ? { ...state, screen: 'topics' } : state;
    case 'openHelp':
      return { ...state, helpOpen: true };
    case 'closeHelp':
      return { ...state, helpOpen: false };
    case 'restart':
      return initialState;
  }
}
