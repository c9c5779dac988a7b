/**
 * @module
 * Display formatting for helpline data.
 */
export { formatHours } from './hours';
