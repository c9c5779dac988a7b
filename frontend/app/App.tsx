/**
 * @module
 * The resident page: a header with 「今すぐ相談したい」 and quick exit on every
 * screen, and the current screen of the check. State lives only in memory
 * (useReducer): no URL change, no history entry, no storage. Focus moves to
 * each new screen's heading so screen readers and keyboards follow along.
 */
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { isSafetyFlagged } from '../../shared/domain';
import { bandOf, scoreK6 } from '../../shared/scoring';
import { initialState, reduce, type CheckState } from '../flow';
import { AppContext, useEnv, type AppEnv } from './context';
import { CrisisPanel } from './screens/Crisis';
import { HelpList } from './screens/Help';
import { Landing } from './screens/Landing';
import { Result, type Outcome } from './screens/Result';
import { QuestionStep } from './screens/Steps';

export function App({ env, src }: { env: AppEnv; src?: string }) {
  return (
    <AppContext.Provider value={env}>
      <Check src={src} />
    </AppContext.Provider>
  );
}

function outcomeOf(state: CheckState): Outcome | undefined {
  if (state.screen !== 'result' || state.mode === undefined || state.safety === undefined) return undefined;
  const band = bandOf(scoreK6(state.k6.map((a) => a ?? -1)));
  return { mode: state.mode, band, safetyFlag: isSafetyFlagged(state.safety), topics: state.topics };
}

function Check({ src }: { src?: string }) {
  const { messages: m, events, exit } = useEnv();
  const [state, dispatch] = useReducer(reduce, initialState);
  const outcome = useMemo(() => outcomeOf(state), [state.screen]);
  const first = useRef(true);

  useEffect(() => events.send({ type: 'view', ...(src ? { src } : {}) }), []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, [state.screen, state.helpOpen]);
  useEffect(() => {
    if (outcome === undefined) return;
    const { mode, band, safetyFlag, topics } = outcome;
    events.send({ type: 'complete', mode, band, safetyFlag, topics: [...topics], ageBand: state.ageBand, gender: state.gender, ...(src ? { src } : {}) });
  }, [outcome]);

  const start = (mode: CheckState['mode'] & string) => {
    dispatch({ type: 'start', mode });
    events.send({ type: 'start', mode, ...(src ? { src } : {}) });
  };

  return (
    <>
      <header class="bar">
        {!state.helpOpen && (
          <button type="button" class="help-now" onClick={() => dispatch({ type: 'openHelp' })}>
            {m.chrome.helpNow}
          </button>
        )}
        <button type="button" class="exit" aria-label={m.chrome.quickExitLabel} onClick={exit}>
          {m.chrome.quickExit}
        </button>
      </header>
      <main>
        {state.helpOpen ? (
          <HelpList state={state} onClose={() => dispatch({ type: 'closeHelp' })} />
        ) : state.screen === 'landing' ? (
          <Landing onStart={start} />
        ) : state.screen === 'crisis' ? (
          <CrisisPanel mode={state.mode ?? 'self'} onContinue={() => dispatch({ type: 'continueAfterCrisis' })} />
        ) : outcome !== undefined ? (
          <Result outcome={outcome} onRestart={() => dispatch({ type: 'restart' })} />
        ) : (
          <QuestionStep state={state} dispatch={dispatch} />
        )}
      </main>
    </>
  );
}
