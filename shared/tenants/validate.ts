/**
 * @module
 * The check every tenant passes before anything built from it ships: the
 * whole tenant, helplines included, against `tenantSchema` (helpline fields,
 * sources for verified lines, reasons for unverified ones, unique ids, 119/110
 * present). Called by the unit tests, the front-end build (before a page is
 * written) and `cdk synth`; never imported by the functions at run time.
 */
import * as z from '../validation';
import { TenantDataError } from './define';
import { TENANTS } from './registry';
import { tenantSchema, type Tenant } from './schema';

export function validateTenant(tenant: Tenant): Tenant {
  const parsed = tenantSchema.safeParse(tenant);
  if (!parsed.success) {
    throw new TenantDataError(`Tenant "${String(tenant.id)}" is invalid: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

export function validateTenants(tenants: readonly Tenant[] = TENANTS): void {
  for (const tenant of tenants) validateTenant(tenant);
}
