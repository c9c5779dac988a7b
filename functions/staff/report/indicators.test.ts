import { describe, expect, it } from 'vitest';
import { indicatorPeriod, type Indicator } from '../../../shared/indicators';
import { MATSUDO } from '../../../shared/tenants/matsudo';
import { emptyFigures } from '../../store/keys';
import type { CounterReadResult, CounterRow } from '../../store';
import { computeIndicator, indicatorCsvLines, loadIndicators, rowsWithin, WITHHELD } from './indicators';

const complete = (period: string, mode: 'self' | 'teen', teens: number, others = 0): CounterRow => ({
  ...emptyFigures(),
  period,
  kind: 'complete',
  mode,
  channel: { '-': teens + others },
  count: teens + others,
  ageBand: { '10s': teens, ...(others ? { '20s': others } : {}) },
});
const view = (period: string, count: number): CounterRow => ({ ...emptyFigures(), period, kind: 'view', channel: { '-': count }, count });

const selfTeens = MATSUDO.indicators?.find((i) => i.id === 'self-teens') as Indicator;
const access = MATSUDO.indicators?.find((i) => i.id === 'access') as Indicator;
const both: Indicator = { ...selfTeens, id: 'teens', figure: { kind: 'complete', modes: ['self', 'teen'], ageBand: '10s' } };

describe('rowsWithin', () => {
  it('keeps days and whole months inside the range, and nothing outside', () => {
    const rows = [view('2026-05', 1), view('2026-06', 2), view('2026-11-30', 3), view('2026-12-01', 4)];
    expect(rowsWithin(rows, { start: '2026-06-01', end: '2026-11-30' }).map((r) => r.count)).toEqual([2, 3]);
  });
});

describe('computeIndicator', () => {
  const period = indicatorPeriod(selfTeens.period, '2026-12-01');
  const current = [complete('2026-06', 'self', 40, 7), complete('2026-11-30', 'self', 2), complete('2026-07-02', 'teen', 9), complete('2026-12-01', 'self', 100)];
  const previous = [complete('2025-06', 'self', 30), complete('2025-05', 'self', 100)];
  it('counts 本人モード with age band 10代 only, for 6/1–11/30 and the same months last year', () => {
    const ind = computeIndicator(selfTeens, period, current, previous, false);
    expect(ind).toMatchObject({ value: 42, lastYear: 30, change: 12, terms: ['users'] });
    expect(ind.sentence).toBe('『こころの体温計』本人モード、10代の利用者数（6～11月）：42件（前年度同期間：30件）');
  });
  it('adds the 10代モード when the tenant lists it', () => {
    expect(computeIndicator(both, period, current, previous, false)).toMatchObject({ value: 51, lastYear: 30 });
  });
  it('with suppression, withholds a small figure and a sum whose small part it would give back', () => {
    expect(computeIndicator(selfTeens, period, [complete('2026-06', 'self', 3)], previous, true)).toMatchObject({ value: '5未満', lastYear: 30, change: null });
    expect(computeIndicator(both, period, [complete('2026-06', 'self', 40), complete('2026-06', 'teen', 2)], previous, true).value).toBe(WITHHELD);
  });
  it('with suppression, withholds a figure the 公表用 report for the same months hides to protect another cell', () => {
    // 本人モード by age: 20代 is 3 (5未満), every other band large, 10代 the smallest visible: the report hides 10代 as 秘匿.
    const ages = { '10s': 6, '20s': 3, '30s': 50, '40s': 50, '50s': 50, '60s': 50, '70s': 50, '80plus': 50, na: 50 };
    const row: CounterRow = { ...complete('2026-06', 'self', 0), count: Object.values(ages).reduce((a, b) => a + b, 0), ageBand: ages };
    expect(computeIndicator(selfTeens, period, [row], previous, true)).toMatchObject({ value: WITHHELD, lastYear: 30, change: null });
    // Unsuppressed, the same rows give the plain figure.
    expect(computeIndicator(selfTeens, period, [row], previous, false).value).toBe(6);
  });
  it('leaves out a part that cannot occur (the 10代モード never has 30代) instead of withholding the figure', () => {
    const thirties: Indicator = { ...selfTeens, id: 'thirties', figure: { kind: 'complete', modes: ['self', 'teen'], ageBand: '30s' } };
    const row: CounterRow = { ...complete('2026-06', 'self', 0), count: 50, ageBand: { '30s': 50 } };
    expect(computeIndicator(thirties, period, [row], [{ ...row, period: '2025-06' }], true)).toMatchObject({ value: 50, lastYear: 50, change: 0 });
  });
});

describe('loadIndicators', () => {
  const result = (rows: CounterRow[]): CounterReadResult => ({ rows, itemsRead: rows.length, queries: 1, consumedRcu: 0 });
  it('uses the report’s rows when they cover the months and reads only what they do not', async () => {
    const reads: string[] = [];
    const read = async (from: string, to: string) => {
      reads.push(`${from}..${to}`);
      return result(from.startsWith('2026') ? [view('2026-04', 5), complete('2026-06', 'self', 8)] : [view('2025-04', 4), complete('2025-06', 'self', 6)]);
    };
    const covered = await loadIndicators({
      indicators: [access, selfTeens],
      today: '2026-12-01',
      report: { current: { range: { start: '2026-04-01', end: '2026-11-30' }, rows: [view('2026-04', 5), complete('2026-06', 'self', 8)] }, previous: { range: { start: '2025-04-01', end: '2025-11-30' }, rows: [view('2025-04', 4)] } },
      read,
      suppress: false,
    });
    expect(reads).toEqual([]);
    expect(covered.indicators.map((i) => [i.value, i.lastYear])).toEqual([[5, 4], [8, 0]]);
    const narrow = await loadIndicators({
      indicators: [access, selfTeens],
      today: '2026-12-01',
      report: { current: { range: { start: '2026-06-01', end: '2026-06-30' }, rows: [] }, previous: { range: { start: '2025-06-01', end: '2025-06-30' }, rows: [] } },
      read,
      suppress: false,
    });
    expect(reads).toEqual(['2026-04-01..2026-11-30', '2025-04-01..2025-11-30']);
    expect(narrow.indicators.map((i) => [i.value, i.lastYear])).toEqual([[5, 4], [8, 6]]);
    expect(narrow.read).toEqual({ items: 4, queries: 2 });
  });
});

describe('indicatorCsvLines', () => {
  it('gives one row per indicator in the report CSV’s columns', async () => {
    const period = indicatorPeriod(selfTeens.period, '2026-12-01');
    const ind = computeIndicator(selfTeens, period, [complete('2026-06', 'self', 42)], [complete('2025-06', 'self', 30)], false);
    expect(indicatorCsvLines({ indicators: [ind] })).toEqual([
      ['令和8年6月～11月（2026/06/01～2026/11/30）', '計画の指標', '『こころの体温計』本人モード、10代の利用者数', '42', '30', '12', '40', '令和7年6月～11月（2025/06/01～2025/11/30）'],
    ]);
    expect(indicatorCsvLines({})).toEqual([]);
  });
});
