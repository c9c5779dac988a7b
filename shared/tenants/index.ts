/**
 * @module
 * Tenants (municipalities): schema, the registry, and the production check
 * that keeps unverified or unreachable helplines out of a real launch.
 */
export { defineTenant, tenantSchema, TenantDataError, type Tenant, type TenantInput } from './schema';
export { getTenant, TENANTS } from './registry';
export { checkTenantForProduction, type ProductionProblem } from './production-check';
