/**
 * @module
 * What every screen needs besides the check state: the tenant (from the page's
 * inlined data block), the page's words, the source of the result chunk, the
 * counting sender and the clock. One page shows one check, so `App` sets it
 * once per render and screens read it with `useEnv` — no context machinery
 * (and no hooks library) in the page's first script. Tests and the
 * prerenderer render `App` with their own.
 */
import { modeSpec, type Mode, type Wording } from '../../shared/modes';
import type { ComponentType } from 'preact';
import type { Worded, ScreenMessages } from '../../shared/messages';
import type { PageTenant } from '../data/types';
import type { EventSender } from '../events';
import type { LaterSource } from './later';

/** What the landing is given, whichever way it is drawn: the start of a mode. */
export interface LandingProps {
  onStart: (mode: Mode) => void;
}

export interface AppEnv {
  tenant: PageTenant;
  messages: ScreenMessages;
  /** The first screen: written out in full by the prerender, shown again from the page's own HTML in the browser. */
  Landing: ComponentType<LandingProps>;
  /** The result chunk and full helpline data, fetched after first paint. */
  later: LaterSource;
  events: EventSender;
  now: () => Date;
  /** Where quick exit goes: also on its button, for the page's early-tap script (prerender/html.ts). */
  exitUrl: string;
  /** Goes there, replacing the page so Back does not return here. */
  exit: () => void;
}

let current: AppEnv | null = null;

/** Called by App before its screens render. */
export const setEnv = (env: AppEnv) => void (current = env);

export function useEnv(): AppEnv {
  if (current === null) throw new Error('App has not set its environment');
  return current;
}

export const pick = <T,>(text: Worded<T>, mode: Mode | undefined): T =>
  // A string or a list has no wording of its own; a record has one per wording.
  (text as Partial<Record<Wording, T>>)[mode ? modeSpec(mode).wording : 'adult'] ?? (text as T);
