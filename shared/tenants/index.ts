/**
 * @module
 * Tenants (municipalities): schema, the registry, and the production check
 * that keeps unverified, stale or unreachable helplines out of a real launch.
 */
// Types only from ./schema; validation (zod) is in ./validate, imported by the build and tests only.
export type { Tenant, TenantInput } from './schema';
export { defineTenant, TenantDataError } from './define';
export { getTenant, TENANTS } from './registry';
export { checkTenantForProduction, type ProductionCheckOptions, type ProductionProblem } from './production-check';
