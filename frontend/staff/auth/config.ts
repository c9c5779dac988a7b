/**
 * @module
 * The dashboard's sign-in settings, read from /staff/config.json at start.
 * In AWS the deploy writes the Cognito issuer, app client id, hosted sign-in
 * domain and redirect address there (infra/lib/stack.ts); the local server
 * writes the development issuer's sign-in page instead. Checked by hand
 * rather than with zod, so the dashboard bundle stays small.
 */

export type StaffConfig =
  | { kind: 'cognito'; issuer: string; clientId: string; signInDomain: string; redirectUri: string }
  | { kind: 'dev'; issuer: string; clientId: string; devSignIn: string; redirectUri: string };

export class StaffConfigError extends Error {
  override name = 'StaffConfigError';
}

const text = (raw: Record<string, unknown>, key: string): string => {
  const value = raw[key];
  if (typeof value !== 'string' || value === '') throw new StaffConfigError(`config.json: ${key} is missing`);
  return value;
};

const httpsOrLocal = (url: string, key: string): string => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.hostname !== 'localhost') throw new StaffConfigError(`config.json: ${key} must use https`);
  return url.replace(/\/+$/, '');
};

export const parseStaffConfig = (raw: unknown): StaffConfig => {
  if (typeof raw !== 'object' || raw === null) throw new StaffConfigError('config.json is not an object');
  const r = raw as Record<string, unknown>;
  const common = { issuer: text(r, 'issuer'), clientId: text(r, 'clientId'), redirectUri: text(r, 'redirectUri') };
  if (typeof r.signInDomain === 'string') return { kind: 'cognito', ...common, signInDomain: httpsOrLocal(r.signInDomain, 'signInDomain') };
  // Only a same-origin path: a config pointing the sign-in elsewhere could hand tokens to a stranger.
  const devSignIn = text(r, 'devSignIn');
  if (!devSignIn.startsWith('/') || devSignIn.startsWith('//')) throw new StaffConfigError('config.json: devSignIn must be a same-origin path');
  return { kind: 'dev', ...common, devSignIn };
};

export const loadStaffConfig = async (fetchImpl: typeof fetch = fetch): Promise<StaffConfig> => {
  const res = await fetchImpl('/staff/config.json', { cache: 'no-cache' });
  if (!res.ok) throw new StaffConfigError(`config.json answered ${res.status}`);
  return parseStaffConfig(await res.json());
};
