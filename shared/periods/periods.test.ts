import { describe, expect, it } from 'vitest';
import {
  addDays,
  fiscalYearOf,
  fiscalYearRange,
  InvalidDateError,
  InvalidRangeError,
  lastCompleteDay,
  monthRange,
  monthsBetween,
  parseYmd,
  periodFromQuery,
  reiwaLabel,
  samePeriodLastYear,
} from '.';

describe('fiscal years', () => {
  it('puts March 31 in the previous fiscal year and April 1 in the new one', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
    expect(fiscalYearOf('2027-01-01')).toBe(2026);
  });
  it('spans April 1 to March 31', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
  });
  it('labels fiscal years in 令和 through Intl, with 元年 for 2019', () => {
    expect(reiwaLabel(2026)).toBe('令和8年度');
    expect(reiwaLabel(2020)).toBe('令和2年度');
    expect(reiwaLabel(2019)).toBe('令和元年度');
    expect(reiwaLabel(2018)).toBe('平成30年度');
  });
});

describe('dates', () => {
  it('refuses days that do not exist', () => {
    expect(() => parseYmd('2025-02-29')).toThrow(InvalidDateError);
    expect(parseYmd('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseYmd('2025-13-01')).toThrow(InvalidDateError);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('lists the months of a range', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('same period last year', () => {
  it('maps a leap day to February 28', () => {
    expect(samePeriodLastYear({ start: '2024-02-29', end: '2024-03-10' })).toEqual({ start: '2023-02-28', end: '2023-03-10' });
  });
  it('keeps a whole February whole, leap day included', () => {
    expect(samePeriodLastYear(monthRange('2025-02', '2025-02'))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(samePeriodLastYear(monthRange('2024-02', '2024-02'))).toEqual({ start: '2023-02-01', end: '2023-02-28' });
  });
  it('shifts a fiscal year to the previous one', () => {
    expect(samePeriodLastYear(fiscalYearRange(2026))).toEqual(fiscalYearRange(2025));
  });
});

describe('periodFromQuery', () => {
  const today = '2026-11-30';
  it('cuts a running fiscal year at yesterday (前日まで) and compares with the same days a year earlier', () => {
    const p = periodFromQuery({ fy: '2026' }, today);
    expect(p.label).toBe('令和8年度');
    expect(p.range).toEqual({ start: '2026-04-01', end: '2026-11-29' });
    expect(p.previous).toEqual({ start: '2025-04-01', end: '2025-11-29' });
    expect(p.previousLabel).toBe('令和7年度同期間');
  });
  it('names yesterday as the last complete day, across month, year and leap-day ends', () => {
    expect(lastCompleteDay('2026-11-30')).toBe('2026-11-29');
    expect(lastCompleteDay('2026-04-01')).toBe('2026-03-31');
    expect(lastCompleteDay('2027-01-01')).toBe('2026-12-31');
    expect(lastCompleteDay('2028-03-01')).toBe('2028-02-29');
  });
  it('reads a closed fiscal year whole', () => {
    const p = periodFromQuery({ fy: '2025' }, today);
    expect(p.range).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(p.previous).toEqual({ start: '2024-04-01', end: '2025-03-31' });
  });
  it('on 1 April reads the fiscal year that ended yesterday whole and refuses the new one', () => {
    const p = periodFromQuery({ fy: '2025' }, '2026-04-01');
    expect(p.range).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(p.previous).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(() => periodFromQuery({ fy: '2026' }, '2026-04-01')).toThrow(InvalidRangeError);
    expect(() => periodFromQuery({ fy: '2026' }, '2026-04-01')).toThrow(/no complete day yet/);
  });
  it('on 2 April counts the new fiscal year’s first day only', () => {
    const p = periodFromQuery({ fy: '2026' }, '2026-04-02');
    expect(p.range).toEqual({ start: '2026-04-01', end: '2026-04-01' });
    expect(p.previous).toEqual({ start: '2025-04-01', end: '2025-04-01' });
    expect(p.previousLabel).toBe('令和7年度同期間');
  });
  it('cuts at a leap day and compares it with February 28', () => {
    const p = periodFromQuery({ from: '2028-02', to: '2028-03' }, '2028-03-01');
    expect(p.range).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(p.previous).toEqual({ start: '2027-02-01', end: '2027-02-28' });
  });
  it('reads the plan’s 6～11月 month range whole once November is over', () => {
    const p = periodFromQuery({ from: '2026-06', to: '2026-11' }, '2026-12-01');
    expect(p.range).toEqual({ start: '2026-06-01', end: '2026-11-30' });
    expect(p.previous).toEqual({ start: '2025-06-01', end: '2025-11-30' });
    expect(p.label).toBe('令和8年6月～11月');
  });
  it('on the last day of November leaves that day out of the 6～11月 range', () => {
    const p = periodFromQuery({ from: '2026-06', to: '2026-11' }, today);
    expect(p.requested).toEqual({ start: '2026-06-01', end: '2026-11-30' });
    expect(p.range).toEqual({ start: '2026-06-01', end: '2026-11-29' });
    expect(p.previous).toEqual({ start: '2025-06-01', end: '2025-11-29' });
  });
  it('says 前年同期間 for a range across two fiscal years', () => {
    expect(periodFromQuery({ start: '2026-03-01', end: '2026-04-30' }, today).previousLabel).toBe('前年同期間');
  });
  it.each([
    [{}, 'exactly one period'],
    [{ fy: '2026', from: '2026-04' }, 'exactly one period'],
    [{ fy: 'abc' }, 'fy'],
    [{ fy: '1999' }, 'fy'],
    [{ from: '2026-04' }, 'to'],
    [{ from: '2026-13', to: '2026-12' }, 'from'],
    [{ from: '2026-06', to: '2026-04' }, 'after'],
    [{ from: '2024-01', to: '2026-01' }, '24 months'],
    [{ start: '2025-02-29', end: '2025-03-01' }, 'no such date'],
    [{ start: '2026-05-01', end: '2026-04-01' }, 'after'],
  ] as [Record<string, string>, string][])('refuses %j with a message naming the problem', (query, words) => {
    expect(() => periodFromQuery(query, today)).toThrow(new RegExp(words));
  });
  it('refuses a period that has not started', () => {
    expect(() => periodFromQuery({ fy: '2027' }, today)).toThrow(InvalidRangeError);
  });
  it('refuses a date range that starts today, since today is not over', () => {
    expect(() => periodFromQuery({ start: today, end: today }, today)).toThrow(/no complete day yet/);
    expect(periodFromQuery({ start: '2026-11-29', end: today }, today).range).toEqual({ start: '2026-11-29', end: '2026-11-29' });
  });
});
