import { describe, expect, it } from 'vitest';
import { defaultChoice, fiscalYearOptions, latestMonth, monthDefaults, monthLabel, monthOptions, monthRangeProblem, periodQueryString } from './choice';

describe('period choice', () => {
  it('opens on month-end figures: April to the last complete month, the whole year just ended in April', () => {
    expect(defaultChoice('2026-12-02')).toEqual({ kind: 'months', from: '2026-04', to: '2026-11' });
    expect(defaultChoice('2026-12-01')).toEqual({ kind: 'months', from: '2026-04', to: '2026-11' });
    expect(defaultChoice('2026-11-30')).toEqual({ kind: 'months', from: '2026-04', to: '2026-10' });
    expect(defaultChoice('2027-01-05')).toEqual({ kind: 'months', from: '2026-04', to: '2026-12' });
    expect(defaultChoice('2026-03-31')).toEqual({ kind: 'months', from: '2025-04', to: '2026-02' });
    expect(defaultChoice('2026-04-01')).toEqual({ kind: 'fy', fy: 2025 });
    expect(defaultChoice('2026-04-30')).toEqual({ kind: 'fy', fy: 2025 });
    expect(defaultChoice('2026-05-01')).toEqual({ kind: 'months', from: '2026-04', to: '2026-04' });
  });

  it('does not offer a fiscal year with no complete day yet', () => {
    expect(fiscalYearOptions('2026-04-01', 2).map((o) => o.fy)).toEqual([2025, 2024]);
    expect(fiscalYearOptions('2026-04-02', 2).map((o) => o.fy)).toEqual([2026, 2025]);
  });

  it('offers 令和 fiscal years newest first, 令和元年度 included', () => {
    const options = fiscalYearOptions('2026-06-15', 8);
    expect(options[0]).toEqual({ fy: 2026, label: '令和8年度（2026年4月～2027年3月）' });
    expect(options.at(-1)).toEqual({ fy: 2019, label: '令和元年度（2019年4月～2020年3月）' });
  });

  it('writes the query the staff API reads', () => {
    expect(periodQueryString({ kind: 'fy', fy: 2026 })).toBe('fy=2026');
    expect(periodQueryString({ kind: 'months', from: '2026-06', to: '2026-11' })).toBe('from=2026-06&to=2026-11');
  });

  it('says in Japanese why a month range cannot be asked for', () => {
    expect(monthRangeProblem('2026-06', '2026-11', '2026-12-01')).toBeUndefined();
    expect(monthRangeProblem('2026-11', '2026-06', '2026-12-01')).toContain('後');
    expect(monthRangeProblem('2027-01', '2027-02', '2026-12-01')).toContain('まだ');
    expect(monthRangeProblem('2024-01', '2026-01', '2026-12-01')).toContain('24か月');
    expect(monthRangeProblem('2024-02', '2026-01', '2026-12-01')).toBeUndefined();
    expect(monthRangeProblem('', '2026-01', '2026-12-01')).toContain('形');
    // On the 1st, the month just begun has no complete day; the one before it has.
    expect(monthRangeProblem('2026-12', '2026-12', '2026-12-01')).toContain('まだ');
    expect(monthRangeProblem('2026-11', '2026-12', '2026-12-01')).toBeUndefined();
  });

  it('prefills the month picker from April to the last complete month', () => {
    expect(monthDefaults('2027-02-10')).toEqual({ from: '2026-04', to: '2027-01' });
    expect(monthDefaults('2026-04-01')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(monthDefaults('2026-04-02')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(latestMonth('2026-12-01')).toBe('2026-11');
    expect(latestMonth('2026-12-02')).toBe('2026-12');
  });

  it('offers months in 令和 with 西暦 in brackets, newest first, up to the month with a complete day', () => {
    expect(monthLabel('2026-11')).toBe('令和8年11月（2026年11月）');
    expect(monthLabel('2019-04')).toBe('平成31年4月（2019年4月）');
    const options = monthOptions('2026-12-02');
    expect(options[0]).toEqual({ ym: '2026-12', label: '令和8年12月（2026年12月）' });
    expect(options.at(-1)?.ym).toBe('2019-04');
    expect(monthOptions('2026-12-01')[0]?.ym).toBe('2026-11');
  });
});
