/**
 * @module
 * The CDK app's building blocks: the stack, its constructs, and the settings
 * and tenant gates the entry file runs before building it.
 */
export { KokoroStack, type KokoroStackProps } from './stack';
export { readSettings, SettingsError, type Settings } from './settings';
export { selectTenants, TenantSelectionError } from './tenants';
export { Api, COUNTING_ROUTES, EVENTS_ROUTE, PREFECTURE_EVENTS_ROUTE, STAFF_ROUTE, PUBLIC_TABLE_ACTIONS, STAFF_TABLE_ACTIONS, STAFF_RUNTIME_FILES, STAFF_EXTERNAL_MODULES } from './api';
export { StaffAuth, STAFF_PATH } from './auth';
export { CountersTable } from './data';
export { Hosting } from './hosting';
export { SiteContent } from './site-content';
export { Alarms } from './alarms';
export { RollupJob, ROLLUP_SCHEDULE, ROLLUP_TABLE_ACTIONS } from './rollup-job';
