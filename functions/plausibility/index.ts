/**
 * @module
 * Plausibility: hours whose completions are far above a municipality's usual
 * level are flagged nightly for staff to look at (never changed or deleted).
 */
export * from './rule';
export * from './store';
