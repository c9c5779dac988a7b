/**
 * @module
 * Helplines as validated data: the schema, the national, teen and emergency
 * lines, and the per-prefecture lists that tenants compose into their own
 * ordered list (shared/tenants).
 */
export * from './schema';
export { defineHelplines, everyDay, EVERYONE, HANDBOOK_READ_ON, HelplineDataError } from './define';
export { EMERGENCY_HELPLINES } from './emergency';
export { NATIONAL_HELPLINES } from './national';
export { TEEN_HELPLINES } from './teen';
export { CHIBA_HELPLINES } from './chiba';
