/**
 * @module
 * The check's screen flow (pure) — see state.ts.
 */
export { canAdvance, canShow, itemOf, stepsFor, initialState, restoreTo, reduce, type Action, type CheckState, type Screen, type ItemStep, type Step } from './state';
