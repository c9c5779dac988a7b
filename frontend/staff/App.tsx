/**
 * @module
 * The dashboard's sign-in state: loading the config, finishing a sign-in the
 * address carries back (then cleaning the address), asking the API who the
 * person is, and returning to the sign-in screen when the token runs out,
 * when the API refuses it on any call (401), or when the person signs out.
 * The token lives in this component's state only. Every message is
 * Japanese; a config or server failure is never shown in its own English.
 */
import { useEffect, useState } from 'preact/hooks';
import { createStaffApi, reasonOf, SIGNED_OUT_EXPIRED, StaffApiError, type Me, type StaffApi } from './api';
import { beginSignIn, completeSignIn, loadStaffConfig, signOutUrl, SignInError, TokenExchangeError, type Session, type StaffConfig } from './auth';
import { Patterns } from './charts/Patterns';
import { Dashboard } from './parts/Dashboard';
import { SignIn } from './parts/SignIn';

type State =
  | { phase: 'loading' }
  | { phase: 'broken' }
  | { phase: 'signedOut'; config: StaffConfig; message?: string }
  | { phase: 'signedIn'; config: StaffConfig; session: Session; me: Me; api: StaffApi };

const EXPIRED = SIGNED_OUT_EXPIRED;

/** Sign-in's own errors are already Japanese sentences; anything else gets the calm generic one. */
const signInProblem = (error: unknown): string =>
  error instanceof SignInError || error instanceof TokenExchangeError ? error.message : `ログインを完了できませんでした。${reasonOf(error)}`;

const startUp = async (onUnauthorized: () => void): Promise<State> => {
  const config = await loadStaffConfig();
  let session: Session | undefined;
  try {
    session = await completeSignIn(config, location, sessionStorage, new Date());
  } catch (error) {
    return { phase: 'signedOut', config, message: signInProblem(error) };
  } finally {
    // The token or code must not stay in the address bar or in history.
    if (location.hash !== '' || location.search !== '') history.replaceState(null, '', location.pathname);
  }
  if (!session) return { phase: 'signedOut', config };
  const api = createStaffApi(session.token, { onUnauthorized });
  try {
    return { phase: 'signedIn', config, session, api, me: await api.me() };
  } catch (error) {
    const message = error instanceof StaffApiError && error.status === 401 ? EXPIRED : `ログインを確認できませんでした。${reasonOf(error)}`;
    return { phase: 'signedOut', config, message };
  }
};

export const App = () => {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    // A 401 on any call, from any part of the page: the token is no good, so back to sign-in with the reason.
    const onUnauthorized = () => setState((s) => (s.phase === 'signedIn' ? { phase: 'signedOut', config: s.config, message: EXPIRED } : s));
    startUp(onUnauthorized).then(setState, () => setState({ phase: 'broken' }));
  }, []);
  const session = state.phase === 'signedIn' ? state.session : undefined;
  useEffect(() => {
    if (!session || state.phase !== 'signedIn') return;
    const config = state.config;
    const timer = setTimeout(() => setState({ phase: 'signedOut', config, message: EXPIRED }), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  if (state.phase === 'loading') return <main id="main"><p role="status">読み込んでいます…</p></main>;
  if (state.phase === 'broken') {
    return (
      <main id="main">
        <h1>職員用ダッシュボードを開けませんでした</h1>
        <p role="alert">設定を読み込めませんでした。時間をおいて開き直すか、システム担当者に連絡してください。</p>
      </main>
    );
  }
  if (state.phase === 'signedOut') {
    const { config } = state;
    const signIn = () => void beginSignIn(config, location, sessionStorage).catch((error: unknown) => setState({ phase: 'signedOut', config, message: signInProblem(error) }));
    return <SignIn message={state.message} dev={config.kind === 'dev'} onSignIn={signIn} />;
  }
  const { config } = state;
  // Signing in again leaves this page (the token is in memory only), so the dashboard starts afresh afterwards.
  const signInAgain = () => void beginSignIn(config, location, sessionStorage).catch((error: unknown) => setState({ phase: 'signedOut', config, message: signInProblem(error) }));
  const signOut = () => {
    const url = signOutUrl(config);
    setState({ phase: 'signedOut', config, message: 'ログアウトしました。' });
    if (url) location.assign(url);
  };
  return (
    <>
      <Patterns />
      <Dashboard
        api={state.api}
        me={state.me}
        username={state.session.username}
        onSignOut={signOut}
        onExpired={() => setState({ phase: 'signedOut', config, message: EXPIRED })}
        expiresAt={state.session.expiresAt}
        onSignInAgain={signInAgain}
      />
    </>
  );
};
