/**
 * @module
 * The resident page: a header with 「今すぐ相談したい」 and quick exit on every
 * screen, and the current screen of the check. State lives only in memory
 * (no URL change, no history entry, no storage). Focus moves to each new
 * screen's heading so screen readers and keyboards follow along. The crisis
 * panel, the help list and the result want the result chunk and full helpline
 * data: while one of them shows and those have not arrived, the page keeps
 * asking (see later.ts). A class, so the first script needs no hooks library.
 */
import { Component } from 'preact';
import { isSafetyFlagged } from '../../shared/domain';
import { bandOf, scoreK6 } from '../../shared/scoring';
import { initialState, reduce, type Action, type CheckState } from '../flow';
import { setEnv, useEnv, type AppEnv } from './context';
import { keepTrying, type Later } from './later';
import { TopBar } from './parts/TopBar';
import { CrisisPanel } from './screens/Crisis';
import { HelpList } from './screens/Help';
import { Landing } from './screens/Landing';
import type { Outcome } from './screens/Result';
import { ResultScreen } from './screens/ResultScreen';
import { QuestionStep } from './screens/Steps';

export function App({ env, src }: { env: AppEnv; src?: string }) {
  setEnv(env);
  return <Check src={src} />;
}

function outcomeOf(state: CheckState): Outcome | undefined {
  if (state.screen !== 'result' || state.mode === undefined || state.safety === undefined) return undefined;
  const band = bandOf(scoreK6(state.k6.map((a) => a ?? -1)));
  return { mode: state.mode, band, safetyFlag: isSafetyFlagged(state.safety), topics: state.topics };
}

const wantsLater = (s: CheckState) => s.helpOpen || s.screen === 'crisis' || s.screen === 'result';

interface CheckView {
  check: CheckState;
  later: Later | undefined;
}

class Check extends Component<{ src?: string | undefined }, CheckView> {
  override state: CheckView = { check: initialState, later: useEnv().later.current() };
  private stopTrying: (() => void) | undefined;
  private dispatch = (action: Action) => this.setState(({ check }) => ({ check: reduce(check, action) }));
  private withSrc = () => (this.props.src ? { src: this.props.src } : {});

  override componentDidMount() {
    useEnv().events.send({ type: 'view', ...this.withSrc() });
  }

  override componentDidUpdate(_: unknown, before: CheckView) {
    const { check, later } = this.state;
    const moved = check.screen !== before.check.screen || check.helpOpen !== before.check.helpOpen;
    // The result replacing its waiting notice is a new screen too.
    if (moved || (later && !before.later && check.screen === 'result')) {
      document.querySelector<HTMLElement>('main h1')?.focus();
      if (moved) window.scrollTo(0, 0);
    }
    const outcome = outcomeOf(check);
    if (outcome && before.check.screen !== 'result') {
      const { mode, band, safetyFlag, topics } = outcome;
      useEnv().events.send({ type: 'complete', mode, band, safetyFlag, topics: [...topics], ageBand: check.ageBand, gender: check.gender, ...this.withSrc() });
    }
    if (!later && !this.stopTrying && wantsLater(check)) this.stopTrying = keepTrying(useEnv().later, (l) => this.setState({ later: l }));
  }

  override componentWillUnmount() {
    this.stopTrying?.();
  }

  private start = (mode: NonNullable<CheckState['mode']>) => {
    this.dispatch({ type: 'start', mode });
    useEnv().events.send({ type: 'start', mode, ...this.withSrc() });
  };

  override render() {
    const { check: state, later } = this.state;
    const dispatch = this.dispatch;
    const outcome = outcomeOf(state);
    return (
      <>
        <TopBar helpOpen={state.helpOpen} onHelp={() => dispatch({ type: 'openHelp' })} />
        <main>
          {state.helpOpen ? (
            <HelpList state={state} later={later} onClose={() => dispatch({ type: 'closeHelp' })} />
          ) : state.screen === 'landing' ? (
            <Landing onStart={this.start} />
          ) : state.screen === 'crisis' ? (
            <CrisisPanel mode={state.mode ?? 'self'} later={later} onContinue={() => dispatch({ type: 'continueAfterCrisis' })} />
          ) : outcome !== undefined ? (
            <ResultScreen outcome={outcome} later={later} onRestart={() => dispatch({ type: 'restart' })} />
          ) : (
            <QuestionStep state={state} dispatch={dispatch} />
          )}
        </main>
      </>
    );
  }
}
