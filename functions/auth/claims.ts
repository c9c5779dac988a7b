/**
 * @module
 * Who a verified token says the person is: the tenants they may see and
 * their role in each. The claim is Cognito's `cognito:groups`, one group per
 * tenant and role (`tenant-matsudo-staff`, `tenant-matsudo-admin`); the
 * development issuer writes the same claim, so one reader serves both. An
 * admin may do everything staff may. Prefecture staff have their own groups
 * (`pref-chiba-staff`, `pref-chiba-admin`): they read the prefecture's report
 * (every member town, with the 公表用 suppression per town), never a town's
 * own report.
 */
import { TENANT_ID_PATTERN } from '../../shared/domain';
import { prefectureOf } from '../../shared/regions';

export const ROLES = ['staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface StaffIdentity {
  /** The token's `sub`: an opaque account id, never logged with figures. */
  subject: string;
  /** Tenant id → the strongest role granted for it. */
  tenants: Record<string, Role>;
  /** Prefecture id (shared/regions) → the strongest role granted for it. */
  prefectures: Record<string, Role>;
}

export const GROUPS_CLAIM = 'cognito:groups';
const GROUP_PATTERN = /^tenant-(.+)-(staff|admin)$/;
const PREFECTURE_GROUP_PATTERN = /^pref-([a-z]+)-(staff|admin)$/;

export const groupName = (tenant: string, role: Role): string => `tenant-${tenant}-${role}`;
export const prefectureGroupName = (prefecture: string, role: Role): string => `pref-${prefecture}-${role}`;

const strongest = (held: Role | undefined, granted: Role): Role => (held === 'admin' || granted === 'admin' ? 'admin' : 'staff');

/** Groups that do not follow the naming (e.g. Cognito's own) are ignored rather than refused. */
export const identityFromClaims = (payload: Record<string, unknown>): StaffIdentity | undefined => {
  const subject = payload.sub;
  const groups = payload[GROUPS_CLAIM];
  if (typeof subject !== 'string' || subject === '' || !Array.isArray(groups)) return undefined;
  const tenants: Record<string, Role> = {};
  const prefectures: Record<string, Role> = {};
  for (const group of groups) {
    if (typeof group !== 'string') continue;
    const match = GROUP_PATTERN.exec(group);
    if (match?.[1] && TENANT_ID_PATTERN.test(match[1])) {
      tenants[match[1]] = strongest(tenants[match[1]], match[2] as Role);
      continue;
    }
    const pref = PREFECTURE_GROUP_PATTERN.exec(group);
    if (pref?.[1] && prefectureOf(pref[1])) prefectures[pref[1]] = strongest(prefectures[pref[1]], pref[2] as Role);
  }
  return { subject, tenants, prefectures };
};

const allows = (grants: Record<string, Role>, key: string, needed: Role): boolean => {
  const role = Object.hasOwn(grants, key) ? grants[key] : undefined;
  return role === 'admin' || (role === 'staff' && needed === 'staff');
};

export const mayAct = (identity: StaffIdentity, tenant: string, needed: Role): boolean => allows(identity.tenants, tenant, needed);

/** May the person read (staff) or manage (admin) the prefecture's scope? */
export const mayActForPrefecture = (identity: StaffIdentity, prefecture: string, needed: Role): boolean => allows(identity.prefectures, prefecture, needed);
