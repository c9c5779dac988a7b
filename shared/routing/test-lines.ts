/**
 * @module
 * Made-up lines for the routing tests: each differs from a plain, open,
 * reachable, verified national line in only the facts a test names, so a
 * test can show one rule at work without the real data's other differences.
 * Never imported by code that ships.
 */
import { defineHelplines, EVERYONE, type HelplineInput } from '../helplines';
import { getTenant, type Tenant } from '../tenants';

const noWindows = { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] };
export const OPEN = { kind: 'always' } as const;
export const UNKNOWN = { kind: 'unknown' } as const;
export const CLOSED = { kind: 'weekly', days: noWindows, holidays: 'normal' } as const;
/** Weekdays 08:30–17:15, closed on public holidays. */
export const OFFICE = {
  kind: 'weekly',
  days: { ...noWindows, ...Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:30', end: '17:15' }]])) },
  holidays: 'closed',
} as const;
export const PHONE: HelplineInput['channels'] = [{ type: 'phone', number: '000' }];
export const NO_NUMBER: HelplineInput['channels'] = [{ type: 'phone' }];

export const line = (id: string, facts: Partial<HelplineInput> = {}): HelplineInput => ({
  id,
  name: id,
  description: id,
  channels: PHONE,
  hours: OPEN,
  audiences: EVERYONE,
  topics: [],
  scope: 'national',
  sourceUrl: 'https://example.org/',
  verifiedOn: '2026-01-01',
  ...facts,
});

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');

/** A tenant listing only the given lines. */
export const townOf = (...lines: HelplineInput[]): Tenant => ({ ...matsudo, helplines: defineHelplines(lines) });
