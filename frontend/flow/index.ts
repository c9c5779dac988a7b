/**
 * @module
 * The check's screen flow (pure) — see state.ts.
 */
export { STEPS, canAdvance, canShow, initialState, restoreTo, reduce, type Action, type CheckState, type Screen, type Step } from './state';
