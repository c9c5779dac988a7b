/**
 * @module
 * Seeded development accounts, printed when the local server starts. The
 * passwords are fixed and public on purpose: this issuer exists only on a
 * developer's machine and in tests, and is never part of the Lambda build.
 */
import { groupName, prefectureGroupName, type Role } from '../claims';

export interface DevAccount {
  username: string;
  password: string;
  /** Stable per account so a token's `sub` is the same across restarts. */
  subject: string;
  grants: { tenant: string; role: Role }[];
  /** Prefecture scope (shared/regions ids): the prefecture's report across its towns. */
  prefectureGrants?: { prefecture: string; role: Role }[];
}

export const DEV_ACCOUNTS: readonly DevAccount[] = [
  { username: 'staff@matsudo', password: 'matsudo-staff-dev', subject: '00000000-0000-4000-8000-000000000001', grants: [{ tenant: 'matsudo', role: 'staff' }] },
  { username: 'admin@matsudo', password: 'matsudo-admin-dev', subject: '00000000-0000-4000-8000-000000000002', grants: [{ tenant: 'matsudo', role: 'admin' }] },
  {
    username: 'staff@chiba',
    password: 'chiba-pref-dev',
    subject: '00000000-0000-4000-8000-000000000003',
    grants: [],
    prefectureGrants: [{ prefecture: 'chiba', role: 'staff' }],
  },
];

export const groupsOf = (account: DevAccount): string[] => [
  ...account.grants.map(({ tenant, role }) => groupName(tenant, role)),
  ...(account.prefectureGrants ?? []).map(({ prefecture, role }) => prefectureGroupName(prefecture, role)),
];

/** Lines for the start-up banner. */
export const describeAccounts = (accounts: readonly DevAccount[] = DEV_ACCOUNTS): string[] =>
  accounts.map((a) => `  ${a.username} / ${a.password}  (${groupsOf(a).join(', ')})`);
