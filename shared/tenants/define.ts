/**
 * @module
 * Writing a tenant: `defineTenant` fills the schema's defaults and nothing
 * more, so the functions load tenant data without a validator. Every tenant
 * is validated by ./validate in the unit tests, the front-end build and
 * `cdk synth` before anything built from it ships.
 */
import { MODES } from '../modes';
import type { Tenant, TenantInput } from './schema';

export class TenantDataError extends Error {
  override name = 'TenantDataError';
}

export const defineTenant = (input: TenantInput): Tenant => ({ ...input, modes: input.modes ?? [...MODES], testOnly: input.testOnly ?? false }) as Tenant;
