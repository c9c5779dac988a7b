/**
 * @module
 * Helplines as data: the national, teen and emergency lines, and the
 * per-prefecture lists that tenants compose into their own ordered list
 * (shared/tenants). Types only from the schema: the zod schema and its
 * validator live in ./schema and ./validate, loaded by the build and tests,
 * never by the functions at run time.
 */
export type { Channel, Helpline, HelplineInput, Hours } from './schema';
export { defineHelplines, everyDay, EVERYONE, HANDBOOK_READ_ON } from './define';
export { EMERGENCY_HELPLINES } from './emergency';
export { NATIONAL_HELPLINES } from './national';
export { TEEN_HELPLINES } from './teen';
export { CHIBA_HELPLINES } from './chiba';
