/**
 * @module
 * What every screen needs besides the check state: the tenant (from the page's
 * inlined data block), the message catalogue, the counting sender and the
 * clock. Passed through one context so screens stay small and tests or the
 * prerenderer can supply their own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Mode } from '../../shared/domain';
import type { ByMode, Messages } from '../../shared/messages';
import type { Tenant } from '../../shared/tenants';
import type { EventSender } from '../events';

export interface AppEnv {
  tenant: Tenant;
  messages: Messages;
  events: EventSender;
  now: () => Date;
  /** Where quick exit goes; replaces the page so back does not return here. */
  exit: () => void;
}

export const AppContext = createContext<AppEnv | null>(null);

export function useEnv(): AppEnv {
  const env = useContext(AppContext);
  if (env === null) throw new Error('AppContext is missing');
  return env;
}

const isPair = <T,>(text: ByMode<T>): text is { self: T; teen: T } => typeof text === 'object' && text !== null && 'self' in text;

/** Picks the teen or adult wording; before a mode is chosen, the adult one. */
export const pick = <T,>(text: ByMode<T>, mode: Mode | undefined): T => (isPair(text) ? (mode === 'teen' ? text.teen : text.self) : text);
