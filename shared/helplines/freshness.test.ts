import { describe, expect, it } from 'vitest';
import { defineHelplines } from './define';
import { addMonths, ageOf, ageText, FRESHNESS, helplineStatus, recheckBy, reviewHelplines } from './freshness';

const line = (verifiedOn: string, unverified = false) => ({ verifiedOn, unverified });

describe('helplineStatus', () => {
  it('keeps the policy a whole number of months above zero', () => {
    expect(Number.isInteger(FRESHNESS.maxAgeMonths) && FRESHNESS.maxAgeMonths > 0).toBe(true);
    expect(FRESHNESS.maxAgeMonths).toBe(12);
  });

  it('counts a verification for exactly twelve months, and not a day more', () => {
    expect(helplineStatus(line('2025-12-01'), '2026-12-01')).toBe('ok');
    expect(helplineStatus(line('2025-12-01'), '2026-12-02')).toBe('stale');
    expect(helplineStatus(line('2025-12-01'), '2025-12-01')).toBe('ok');
    // The year boundary and a month end.
    expect(helplineStatus(line('2025-01-31'), '2026-01-31')).toBe('ok');
    expect(helplineStatus(line('2025-01-31'), '2026-02-01')).toBe('stale');
  });

  it('lets a leap-day verification run to 28 February, never into March', () => {
    expect(recheckBy('2024-02-29')).toBe('2025-02-28');
    expect(helplineStatus(line('2024-02-29'), '2025-02-28')).toBe('ok');
    expect(helplineStatus(line('2024-02-29'), '2025-03-01')).toBe('stale');
    // Twelve months from 28 February 2023 end on 28 February 2024, so leap day 2024 is already one day over.
    expect(helplineStatus(line('2023-02-28'), '2024-02-28')).toBe('ok');
    expect(helplineStatus(line('2023-02-28'), '2024-02-29')).toBe('stale');
  });

  it('says unverified whatever the age: unverified wins over stale', () => {
    expect(helplineStatus(line('2020-04-01', true), '2026-12-01')).toBe('unverified');
    expect(helplineStatus(line('2026-11-27', true), '2026-12-01')).toBe('unverified');
  });

  it('takes another policy when asked', () => {
    expect(helplineStatus(line('2026-06-01'), '2026-09-02', { maxAgeMonths: 3 })).toBe('stale');
    expect(helplineStatus(line('2026-06-01'), '2026-09-01', { maxAgeMonths: 3 })).toBe('ok');
  });
});

describe('dates and ages', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('gives the age in whole months and days', () => {
    expect(ageOf('2025-12-01', '2026-12-01')).toEqual({ months: 12, days: 0 });
    expect(ageOf('2025-12-01', '2026-12-02')).toEqual({ months: 12, days: 1 });
    expect(ageOf('2024-02-29', '2025-03-01')).toEqual({ months: 12, days: 1 });
    expect(ageOf('2025-10-10', '2026-12-01')).toEqual({ months: 13, days: 21 });
    expect(ageOf('2026-12-05', '2026-12-01')).toEqual({ months: 0, days: 0 });
    expect(ageText({ months: 12, days: 1 })).toBe('12 months 1 day');
    expect(ageText({ months: 1, days: 0 })).toBe('1 month');
  });
});

describe('reviewHelplines', () => {
  const base = { description: 'x', channels: [{ type: 'visit' as const }], hours: { kind: 'unknown' as const }, audiences: ['adult' as const], topics: [], scope: 'local' as const, sourceUrl: 'https://example.jp/' };
  const lines = defineHelplines([
    { ...base, id: 'fresh-late', name: 'A', verifiedOn: '2026-11-01' },
    { ...base, id: 'unverified', name: 'B', verifiedOn: '2026-11-27', unverified: true, unverifiedReason: '番号を確認中' },
    { ...base, id: 'stale-newer', name: 'C', verifiedOn: '2025-11-01' },
    { ...base, id: 'fresh-early', name: 'D', verifiedOn: '2026-01-15' },
    { ...base, id: 'stale-older', name: 'E', verifiedOn: '2024-06-30', sourceUrl: undefined },
  ]);

  it('puts what needs re-checking first: stale (oldest first), unverified, then the soonest due', () => {
    const review = reviewHelplines(lines, '2026-12-01');
    expect(review.map((r) => [r.id, r.status])).toEqual([
      ['stale-older', 'stale'],
      ['stale-newer', 'stale'],
      ['unverified', 'unverified'],
      ['fresh-early', 'ok'],
      ['fresh-late', 'ok'],
    ]);
  });

  it('carries what a person re-checking needs, and nothing a resident sees', () => {
    const [oldest, , unverified] = reviewHelplines(lines, '2026-12-01');
    expect(oldest).toEqual({ id: 'stale-older', name: 'E', status: 'stale', verifiedOn: '2024-06-30', recheckBy: '2025-06-30', age: { months: 29, days: 1 }, sourceUrl: null, unverifiedReason: null });
    expect(unverified?.unverifiedReason).toBe('番号を確認中');
  });
});
