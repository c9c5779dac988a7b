/**
 * @module
 * Starting and finishing sign-in for either issuer the config names. The ID
 * token only ever lives in memory: the development issuer hands it over in
 * the URL fragment and Cognito through the code exchange, and either way the
 * address bar is cleaned at once. The one thing kept across the redirect to
 * Cognito is the PKCE verifier and state, in sessionStorage (the tab's own),
 * removed the moment the page comes back: without it the code cannot be
 * redeemed, and it is worthless afterwards.
 */
import type { StaffConfig } from './config';
import { authorizeUrl, challengeOf, exchangeCode, logoutUrl, randomToken } from './pkce';
import { SignInError, sessionFromToken, type Session } from './token';

const PKCE_KEY = 'kokoro-staff-pkce';

export interface BrowserPlace {
  hash: string;
  search: string;
  assign(url: string): void;
}

export const beginSignIn = async (config: StaffConfig, place: BrowserPlace, storage: Storage): Promise<void> => {
  if (config.kind === 'dev') return place.assign(config.devSignIn);
  const state = randomToken();
  const verifier = randomToken();
  storage.setItem(PKCE_KEY, JSON.stringify({ state, verifier }));
  place.assign(authorizeUrl(config, state, await challengeOf(verifier)));
};

const takePkce = (storage: Storage): { state?: unknown; verifier?: unknown } => {
  const raw = storage.getItem(PKCE_KEY);
  storage.removeItem(PKCE_KEY);
  try {
    return raw ? (JSON.parse(raw) as { state?: unknown; verifier?: unknown }) : {};
  } catch {
    return {};
  }
};

/** The session the address carries back from sign-in, or undefined when it carries none. */
export const completeSignIn = async (
  config: StaffConfig,
  place: Pick<BrowserPlace, 'hash' | 'search'>,
  storage: Storage,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<Session | undefined> => {
  if (config.kind === 'dev') {
    const token = new URLSearchParams(place.hash.replace(/^#/, '')).get('id_token');
    return token ? sessionFromToken(token, config, now) : undefined;
  }
  const query = new URLSearchParams(place.search);
  const pkce = takePkce(storage);
  if (query.has('error')) throw new SignInError('ログインできませんでした。もう一度ログインしてください。', { cause: query.get('error') });
  const code = query.get('code');
  if (code === null) return undefined;
  if (typeof pkce.verifier !== 'string' || pkce.state !== query.get('state')) {
    throw new SignInError('ログインの手続きが途中で変わりました。もう一度ログインしてください。');
  }
  return sessionFromToken(await exchangeCode(config, code, pkce.verifier, fetchImpl), config, now);
};

/** Where to send the browser after forgetting the token: Cognito's logout, or nowhere for the local issuer. */
export const signOutUrl = (config: StaffConfig): string | undefined => (config.kind === 'cognito' ? logoutUrl(config) : undefined);
