import { describe, expect, it } from 'vitest';
import { MATSUDO } from '../tenants/matsudo';
import { validateTenant } from '../tenants/validate';
import { lastCompleteMonth, reiwaSpan } from '../periods';
import { fillTemplate, indicatorPeriod, indicatorSchema, termsFor, TERMS, type IndicatorInput } from '.';

const teens: IndicatorInput = {
  id: 'self-teens',
  name: '本人モード、10代の利用者数',
  figure: { kind: 'complete', modes: ['self'], ageBand: '10s' },
  period: { kind: 'months', from: 6, to: 11 },
  template: '本人モード、10代の利用者数（{period}）：{value}件（前年度同期間：{lastYear}件）',
};
const refusal = (input: unknown) => {
  const parsed = indicatorSchema.safeParse(input);
  return parsed.success ? '' : parsed.error.issues.map((i) => i.message).join(' / ');
};

describe('indicator schema', () => {
  it('accepts the plan’s indicators, matsudo’s included', () => {
    expect(refusal(teens)).toBe('');
    expect(validateTenant(MATSUDO).indicators?.map((i) => i.id)).toEqual(['access', 'self-teens']);
  });
  it('refuses an unknown kind, an unknown mode, a mode on a view and an age band on a start', () => {
    expect(refusal({ ...teens, figure: { kind: 'tap', modes: ['self'] } })).not.toBe('');
    expect(refusal({ ...teens, figure: { kind: 'complete', modes: ['alcohol'] } })).not.toBe('');
    expect(refusal({ ...teens, figure: { kind: 'complete', modes: [] } })).not.toBe('');
    expect(refusal({ ...teens, figure: { kind: 'view', modes: ['self'] } })).not.toBe('');
    expect(refusal({ ...teens, figure: { kind: 'start', modes: ['self'], ageBand: '10s' } })).not.toBe('');
    expect(refusal({ ...teens, figure: { kind: 'complete', modes: ['self'], ageBand: '10代' } })).not.toBe('');
  });
  it('refuses a template missing {value} or {lastYear}, or with an unknown placeholder', () => {
    expect(refusal({ ...teens, template: '利用者数：件（前年度同期間：{lastYear}件）' })).toMatch(/\{value\}/);
    expect(refusal({ ...teens, template: '利用者数：{value}件' })).toMatch(/\{lastYear\}/);
    expect(refusal({ ...teens, template: '{value}件（{lastYear}件、{year}）' })).toMatch(/may only use/);
  });
  it('refuses months that run backwards through the fiscal year, and accepts a run across New Year', () => {
    expect(refusal({ ...teens, period: { kind: 'months', from: 3, to: 4 } })).toMatch(/fiscal year/);
    expect(refusal({ ...teens, period: { kind: 'months', from: 13, to: 4 } })).not.toBe('');
    expect(refusal({ ...teens, period: { kind: 'months', from: 10, to: 2 } })).toBe('');
  });
});

describe('indicator period (月末実績)', () => {
  const sixToEleven = { kind: 'months', from: 6, to: 11 } as const;
  it('names the last complete month: November is over on 1 December, not on 30 November', () => {
    expect(lastCompleteMonth('2026-12-01')).toBe('2026-11');
    expect(lastCompleteMonth('2026-11-30')).toBe('2026-10');
    expect(lastCompleteMonth('2027-01-15')).toBe('2026-12');
  });
  it('reads 6～11月 whole on 1 December and compares with the same months last year', () => {
    expect(indicatorPeriod(sixToEleven, '2026-12-01')).toEqual({
      fiscalYear: 2026,
      range: { start: '2026-06-01', end: '2026-11-30' },
      previous: { start: '2025-06-01', end: '2025-11-30' },
      label: '令和8年6月～11月',
      previousLabel: '令和7年6月～11月',
      months: '6～11月',
    });
  });
  it('stops at the last complete month while the months are running', () => {
    const p = indicatorPeriod(sixToEleven, '2026-11-30');
    expect(p.range).toEqual({ start: '2026-06-01', end: '2026-10-31' });
    expect(p.previous).toEqual({ start: '2025-06-01', end: '2025-10-31' });
    expect(p.months).toBe('6～10月');
  });
  it('gives last fiscal year’s months whole before this year’s have begun', () => {
    expect(indicatorPeriod(sixToEleven, '2026-06-30').range).toEqual({ start: '2025-06-01', end: '2025-11-30' });
    expect(indicatorPeriod(sixToEleven, '2026-07-01').range).toEqual({ start: '2026-06-01', end: '2026-06-30' });
  });
  it('turns the fiscal year in April: on 1 April the year just ended, on 1 May April alone', () => {
    const ytd = { kind: 'fiscalYearToDate' } as const;
    const april1 = indicatorPeriod(ytd, '2026-04-01');
    expect(april1.fiscalYear).toBe(2025);
    expect(april1.range).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(april1.label).toBe('令和7年4月～令和8年3月');
    expect(april1.months).toBe('4～3月');
    expect(indicatorPeriod(ytd, '2026-04-30').range).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    const may1 = indicatorPeriod(ytd, '2026-05-01');
    expect(may1.range).toEqual({ start: '2026-04-01', end: '2026-04-30' });
    expect(may1.label).toBe('令和8年4月');
    expect(indicatorPeriod(ytd, '2026-12-01').range).toEqual({ start: '2026-04-01', end: '2026-11-30' });
  });
  it('keeps a February in the range whole against a leap year', () => {
    expect(indicatorPeriod({ kind: 'months', from: 10, to: 2 }, '2028-03-01').previous).toEqual({ start: '2026-10-01', end: '2027-02-28' });
    expect(indicatorPeriod({ kind: 'months', from: 10, to: 2 }, '2029-03-01').previous).toEqual({ start: '2027-10-01', end: '2028-02-29' });
  });
  it('labels across the era change mid-month', () => {
    expect(reiwaSpan('2019-04-01', '2019-05-31')).toBe('平成31年4月～令和元年5月');
  });
});

describe('sentences and terms', () => {
  it('fills the plan’s sentence with grouped figures', () => {
    expect(fillTemplate(teens.template, { value: 2149, lastYear: 1351, period: '6～11月' })).toBe('本人モード、10代の利用者数（6～11月）：2,149件（前年度同期間：1,351件）');
    expect(fillTemplate(teens.template, { value: '5未満', lastYear: 12, period: '6月' })).toBe('本人モード、10代の利用者数（6月）：5未満（前年度同期間：12件）');
    expect(fillTemplate(teens.template, { value: 2149, lastYear: '秘匿', period: '6月' })).toBe('本人モード、10代の利用者数（6月）：2,149件（前年度同期間：秘匿）');
  });
  it('defines each word once and says 利用者数 counts checks, not people', () => {
    expect(new Set(TERMS.map((t) => t.word)).size).toBe(TERMS.length);
    expect(TERMS.find((t) => t.word === '利用者数')?.definition).toMatch(/人数ではありません/);
    expect(termsFor('complete', teens.name).map((t) => t.word)).toEqual(['利用者数']);
    expect(termsFor('view', 'こころの体温計アクセス数').map((t) => t.word)).toEqual(['アクセス数']);
    expect(termsFor('complete', '完了したチェック').map((t) => t.word)).toEqual(['完了数']);
  });
});
