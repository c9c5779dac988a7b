/**
 * @module
 * The resident page: a header with 「今すぐ相談したい」 and quick exit on every
 * screen, and the current screen of the check. Answers live only in memory:
 * the URL never changes and nothing is stored, but each screen is a step in
 * the browser's history (history.ts), so Back and Forward work as between
 * pages. Quick exit (also Escape) first walks back to the check's first
 * entry, so neither Back nor Forward can return to an answer, and leaving the
 * page in any other way forgets the answers too. Focus moves to each new
 * screen's heading so screen readers and keyboards follow along. The crisis
 * panel, the help list and the result want the result chunk and full helpline
 * data: while one of them shows and those have not arrived, the page keeps
 * asking (see later.ts). A class, so the first script needs no hooks library.
 */
import { Component } from 'preact';
import { isSafetyFlagged } from '../../shared/domain';
import { modeSpec } from '../../shared/modes';
import { initialState, reduce, restoreTo, type Action, type CheckState } from '../flow';
import { setEnv, useEnv, type AppEnv } from './context';
import { LANDING, ScreenHistory } from './history';
import { keepTrying, type Later } from './later';
import { TopBar } from './parts/TopBar';
import type { Outcome } from './screens/Result';
import { CrisisScreen, HelpScreen, ResultScreen } from './screens/ResultScreen';
import { OfflineHelp } from './screens/Offline';
import { QuestionStep } from './screens/Steps';

export function App({ env, src }: { env: AppEnv; src?: string }) {
  setEnv(env);
  return <Check src={src} />;
}

function outcomeOf(state: CheckState): Outcome | undefined {
  if (state.screen !== 'result' || state.mode === undefined || state.safety === undefined) return undefined;
  return { mode: state.mode, answers: state.answers, safety: state.safety, safetyFlag: isSafetyFlagged(state.safety), topics: state.topics };
}

/** A mode about someone else (家族) has every screen in the result chunk. */
const aboutOther = (s: CheckState) => s.mode !== undefined && modeSpec(s.mode).aboutOther === true;
const wantsLater = (s: CheckState) => s.helpOpen || s.screen === 'crisis' || s.screen === 'topics' || s.screen === 'result' || aboutOther(s);

interface CheckView {
  check: CheckState;
  later: Later | undefined;
}

class Check extends Component<{ src?: string | undefined }, CheckView> {
  override state: CheckView = { check: initialState, later: useEnv().later.current() };
  private stopTrying: (() => void) | undefined;
  private steps: ScreenHistory | undefined;
  /** The screen change under way needs no new entry: it came from Back/Forward, or every step was forgotten. */
  private quiet = false;
  private exiting = false;
  /** One completion per check, however often Back and Forward pass the result. */
  private completed = false;
  private dispatch = (action: Action) => this.setState(({ check }) => ({ check: reduce(check, action) }));
  /** The counted dimensions every event carries: the QR code's channel, if any, and the page's language. */
  private counted = () => ({ ...(this.props.src ? { src: this.props.src } : {}), lang: useEnv().tenant.lang });

  override componentDidMount() {
    this.steps = new ScreenHistory();
    addEventListener('popstate', this.onPop);
    addEventListener('keydown', (e) => e.key === 'Escape' && this.quit());
    // Leaving by any other way (Back past the first screen, a link) forgets the answers, so Forward or the back-forward cache cannot show them.
    addEventListener('pagehide', this.forget);
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      // Back from the quick exit's page through the back-forward cache: the landing, shown again, with nothing in it.
      this.exiting = false;
      document.body.hidden = false;
      this.forget();
    });
    useEnv().events.send({ type: 'view', ...this.counted() });
  }

  private onPop = (e: PopStateEvent) => {
    if (this.exiting) return useEnv().exit();
    const place = this.steps?.popped(e.state) ?? LANDING;
    this.quiet = true;
    this.setState(({ check }) => {
      const screen = restoreTo(check, place.screen);
      return { check: screen ? { ...check, screen, helpOpen: place.helpOpen } : check };
    });
  };

  /** Back inside the page: the browser's own step back, so its history and the screen agree. */
  private back = () => ((this.steps?.at ?? 0) > 0 ? history.back() : this.dispatch({ type: 'back' }));

  /** Forgets every answer and screen; returns how many steps the browser is past the first one. */
  private forget = (): number => {
    const at = this.steps?.at ?? 0;
    this.steps?.forget();
    this.completed = false;
    this.quiet = true;
    this.setState({ check: initialState });
    return at;
  };

  private restart = () => {
    const at = this.forget();
    if (at > 0) history.go(-at);
  };

  private quit = () => {
    this.exiting = true;
    document.body.hidden = true;
    const at = this.forget();
    // The exit replaces the check's first entry; the popstate of this walk back carries it out.
    if (at > 0) history.go(-at);
    else useEnv().exit();
  };

  override componentDidUpdate(_: unknown, before: CheckView) {
    const { check, later } = this.state;
    const moved = check.screen !== before.check.screen || check.helpOpen !== before.check.helpOpen;
    if (moved && !this.quiet) this.steps?.push({ screen: check.screen, helpOpen: check.helpOpen });
    this.quiet = false;
    // The result, or a screen of a mode about someone else, replacing its waiting notice is a new screen too.
    if (moved || (later && !before.later && (check.screen === 'result' || check.screen === 'topics' || aboutOther(check)))) {
      document.querySelector<HTMLElement>('main h1')?.focus();
      if (moved) window.scrollTo(0, 0);
    }
    const outcome = outcomeOf(check);
    // Counted once the result's band is known: with the result chunk, normally long before the last question.
    if (outcome && later && !this.completed) {
      this.completed = true;
      useEnv().events.send({ type: 'complete', ...later.mod.completion(outcome, check, later.tenant), ...this.counted() });
    }
    if (!later && !this.stopTrying && wantsLater(check)) this.stopTrying = keepTrying(useEnv().later, (l) => this.setState({ later: l }));
  }

  override componentWillUnmount() {
    this.stopTrying?.();
  }

  private start = (mode: NonNullable<CheckState['mode']>) => {
    this.dispatch({ type: 'start', mode });
    this.completed = false;
    useEnv().events.send({ type: 'start', mode, ...this.counted() });
  };

  override render() {
    const { check: state } = this.state;
    // What arrived at idle counts even before this view asked for it, so no waiting notice flashes.
    const later = this.state.later ?? useEnv().later.current();
    const dispatch = this.dispatch;
    const outcome = outcomeOf(state);
    const { Landing } = useEnv();
    return (
      <>
        <TopBar helpOpen={state.helpOpen} onHelp={() => dispatch({ type: 'openHelp' })} onExit={this.quit} />
        <main>
          {state.helpOpen ? (
            <HelpScreen state={state} later={later} onClose={this.back} />
          ) : state.screen === 'landing' ? (
            <Landing onStart={this.start} />
          ) : state.screen === 'crisis' ? (
            <CrisisScreen state={state} later={later} onContinue={() => dispatch({ type: 'continueAfterCrisis' })} />
          ) : outcome !== undefined ? (
            <ResultScreen outcome={outcome} later={later} onRestart={this.restart} />
          ) : state.screen === 'topics' && !later ? (
            <OfflineHelp kind="result" mode={state.mode} />
          ) : !aboutOther(state) ? (
            <QuestionStep state={state} dispatch={dispatch} onBack={this.back} />
          ) : later ? (
            <later.mod.OtherStep state={state} dispatch={dispatch} words={later.tenant.words} onBack={this.back} />
          ) : (
            <OfflineHelp kind="result" mode={state.mode} />
          )}
        </main>
      </>
    );
  }
}
