/**
 * @module
 * Who a verified token says the person is: the tenants they may see and
 * their role in each. The claim is Cognito's `cognito:groups`, one group per
 * tenant and role (`tenant-matsudo-staff`, `tenant-matsudo-admin`); the
 * development issuer writes the same claim, so one reader serves both. An
 * admin may do everything staff may.
 */
import { TENANT_ID_PATTERN } from '../../shared/domain';

export const ROLES = ['staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface StaffIdentity {
  /** The token's `sub`: an opaque account id, never logged with figures. */
  subject: string;
  /** Tenant id → the strongest role granted for it. */
  tenants: Record<string, Role>;
}

export const GROUPS_CLAIM = 'cognito:groups';
const GROUP_PATTERN = /^tenant-(.+)-(staff|admin)$/;

export const groupName = (tenant: string, role: Role): string => `tenant-${tenant}-${role}`;

/** Groups that do not follow the naming (e.g. Cognito's own) are ignored rather than refused. */
export const identityFromClaims = (payload: Record<string, unknown>): StaffIdentity | undefined => {
  const subject = payload.sub;
  const groups = payload[GROUPS_CLAIM];
  if (typeof subject !== 'string' || subject === '' || !Array.isArray(groups)) return undefined;
  const tenants: Record<string, Role> = {};
  for (const group of groups) {
    const match = typeof group === 'string' ? GROUP_PATTERN.exec(group) : null;
    if (!match?.[1] || !TENANT_ID_PATTERN.test(match[1])) continue;
    const tenant = match[1];
    tenants[tenant] = tenants[tenant] === 'admin' || match[2] === 'admin' ? 'admin' : 'staff';
  }
  return { subject, tenants };
};

export const mayAct = (identity: StaffIdentity, tenant: string, needed: Role): boolean => {
  const role = Object.hasOwn(identity.tenants, tenant) ? identity.tenants[tenant] : undefined;
  return role === 'admin' || (role === 'staff' && needed === 'staff');
};
