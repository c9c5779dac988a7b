/**
 * @module
 * The screens that want the result chunk — the crisis panel, the help list
 * and the result — as the page's first script sees them: the chunk's own
 * screen once it and the full helpline data are here (normally long before
 * the last question), and until then (weak signal, offline) the small
 * offline screen with the numbers to call, so the resident is never left
 * without one while the page keeps asking.
 */
import type { CheckState } from '../../flow';
import type { Later } from '../later';
import { OfflineHelp } from './Offline';
import type { Outcome } from './Result';

export function ResultScreen({ outcome, later, onRestart }: { outcome: Outcome; later: Later | undefined; onRestart: () => void }) {
  if (later) return <later.mod.Result outcome={outcome} tenant={later.tenant} words={later.tenant.words} onRestart={onRestart} />;
  return <OfflineHelp kind="result" mode={outcome.mode} safety={outcome.safety} />;
}

export function CrisisScreen({ state, later, onContinue }: { state: CheckState; later: Later | undefined; onContinue: () => void }) {
  const mode = state.mode ?? 'self';
  const safety = state.safety ?? 'unsure';
  if (later) return <later.mod.CrisisPanel mode={mode} safety={safety} later={later} words={later.tenant.words} onContinue={onContinue} />;
  return <OfflineHelp kind="crisis" mode={mode} safety={safety} onDone={onContinue} />;
}

export function HelpScreen({ state, later, onClose }: { state: CheckState; later: Later | undefined; onClose: () => void }) {
  if (later) return <later.mod.HelpList state={state} later={later} words={later.tenant.words} onClose={onClose} />;
  return <OfflineHelp kind="help" mode={state.mode} onDone={onClose} />;
}
