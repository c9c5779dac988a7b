import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { periodFromQuery } from '../../../shared/periods';
import type { CounterRow } from '../../store';
import { aggregate, BOM, buildReport, CSV_COLUMNS, reportCsv, SUPPRESSED, type Report } from '.';

const row = (period: string, r: Partial<CounterRow> & Pick<CounterRow, 'kind'>): CounterRow => ({
  period,
  count: 0,
  safetyFlagged: 0,
  ageBand: {},
  gender: {},
  band: {},
  topic: {},
  hour: {},
  ...r,
});

const current: CounterRow[] = [
  row('2026-06-01', { kind: 'view', src: 'sticker-a', count: 40, hour: { 9: 40 } }),
  row('2026-06-01', { kind: 'view', src: 'forged-tag', count: 3 }),
  row('2026-06-01', { kind: 'view', src: '-', count: 7 }),
  row('2026-06-01', { kind: 'start', mode: 'teen', src: 'sticker-a', count: 12 }),
  row('2026-06-01', { kind: 'complete', mode: 'teen', src: 'sticker-a', count: 10, ageBand: { '10s': 10 }, gender: { female: 6, na: 4 }, band: { some: 7, veryHigh: 3 }, safetyFlagged: 2, topic: { school: 5, sns: 2 }, hour: { 22: 10 } }),
  row('2026-07-02', { kind: 'complete', mode: 'self', src: '-', count: 6, ageBand: { '40s': 6 }, gender: { male: 6 }, band: { low: 6 }, topic: { work: 6 }, hour: { 8: 6 } }),
  row('2026-07-02', { kind: 'helpline_tap', mode: 'teen', helplineId: 'childline', count: 4, band: { veryHigh: 3, none: 1 } }),
];
const previous: CounterRow[] = [
  row('2025-06', { kind: 'view', src: 'sticker-a', count: 20 }),
  row('2025-06', { kind: 'complete', mode: 'teen', src: 'sticker-a', count: 8, ageBand: { '10s': 8 }, gender: { female: 8 }, band: { some: 8 }, hour: { 22: 8 } }),
];

const build = (suppress = false): Report =>
  buildReport({
    tenant: 'matsudo',
    // Today is 2026-07-21 (JST), so the running July is counted up to the 20th (前日まで).
    period: periodFromQuery({ from: '2026-06', to: '2026-07' }, '2026-07-21'),
    current,
    previous,
    context: { channels: new Map([['sticker-a', '市役所1階トイレ ステッカー']]), helplineName: (id) => (id === 'childline' ? 'チャイルドライン' : id), suppress },
    read: { items: 9, queries: 2 },
  });
const section = (report: Report, id: string) => report.sections.find((s) => s.id === id)?.lines ?? [];
const lineOf = (report: Report, id: string, key: string) => section(report, id).find((l) => l.key === key);

describe('aggregate', () => {
  it('folds tags that are not registered into 未登録 and keeps direct visits apart', () => {
    const f = aggregate(current, new Set(['sticker-a']));
    expect(f.viewsByChannel).toEqual({ 'sticker-a': 40, '?unregistered': 3, '-': 7 });
    expect(f.views).toBe(50);
  });
  it('sums completions by mode and dimension', () => {
    const f = aggregate(current, new Set());
    expect(f.completionsByMode).toEqual({ teen: 10, self: 6 });
    expect(f.byModeAge).toEqual({ 'teen|10s': 10, 'self|40s': 6 });
    expect(f.byModeBand).toEqual({ 'teen|some': 7, 'teen|veryHigh': 3, 'self|low': 6 });
    expect(f.completionsByHour).toEqual({ 22: 10, 8: 6 });
    expect(f.safetyFlaggedByMode).toEqual({ teen: 2 });
    expect(f.tapsByBand).toEqual({ veryHigh: 3, none: 1 });
  });
});

describe('buildReport', () => {
  it('compares each figure with the same period last year', () => {
    const r = build();
    expect(r.period).toMatchObject({ label: '2026年6月～2026年7月', start: '2026-06-01', end: '2026-07-20', previousStart: '2025-06-01', previousEnd: '2025-07-20' });
    expect(lineOf(r, 'summary', 'views')).toEqual({ key: 'views', label: 'アクセス数', current: 50, previous: 20, change: 30, changeRate: 150 });
    expect(lineOf(r, 'completionsByModeAge', 'teen|10s')).toMatchObject({ label: '10代モード・10代', current: 10, previous: 8, change: 2, changeRate: 25 });
    expect(lineOf(r, 'viewsByChannel', 'sticker-a')).toMatchObject({ label: '市役所1階トイレ ステッカー', current: 40, previous: 20 });
    expect(lineOf(r, 'viewsByChannel', '?unregistered')).toMatchObject({ label: '未登録', current: 3 });
    expect(lineOf(r, 'helplineTaps', 'childline')).toMatchObject({ label: 'チャイルドライン', current: 4, previous: 0, changeRate: null });
    expect(lineOf(r, 'summary', 'tapRate')).toMatchObject({ current: 25, previous: 0 });
  });
  it('lists every age band, hour and topic of a mode, zeros included', () => {
    const r = build();
    expect(section(r, 'completionsByModeAge')).toHaveLength(18);
    expect(section(r, 'completionsByHour').map((l) => l.key)).toEqual(Array.from({ length: 24 }, (_, h) => String(h)));
    expect(section(r, 'topicsByMode').filter((l) => l.key.startsWith('teen|'))).toHaveLength(8);
  });
  it('gives a monthly series with last year’s month beside it', () => {
    const r = build();
    expect(r.monthly.map((m) => m.month)).toEqual(['2026-06', '2026-07']);
    expect(r.monthly[0]?.lines.find((l) => l.key === 'completions|teen')).toMatchObject({ current: 10, previous: 8 });
    expect(r.monthly[1]?.lines.find((l) => l.key === 'completions|self')).toMatchObject({ current: 6, previous: 0 });
  });
  it('suppresses counts below 5 and the changes that would reveal them', () => {
    const r = build(true);
    expect(lineOf(r, 'viewsByChannel', '?unregistered')).toMatchObject({ current: SUPPRESSED, change: null });
    expect(lineOf(r, 'summary', 'views')).toMatchObject({ current: 50, previous: 20, change: 30 });
    expect(lineOf(r, 'helplineTaps', 'childline')).toMatchObject({ current: SUPPRESSED, previous: SUPPRESSED, change: null });
    expect(lineOf(r, 'summary', 'tapRate')).toMatchObject({ current: SUPPRESSED });
    const numbers = r.sections.flatMap((s) => s.lines.filter((l) => l.key !== 'tapRate').flatMap((l) => [l.current, l.previous]));
    expect(numbers.filter((n) => typeof n === 'number' && n < 5)).toEqual([]);
  });

  it('never leaves a lone hidden cell that a published total would give back', () => {
    const r = build(true);
    const hiddenIn = (lines: readonly { current: unknown; previous: unknown }[]) =>
      (['current', 'previous'] as const).map((column) => lines.filter((line) => line[column] === SUPPRESSED).length);
    const groups = r.sections
      .filter((s) => s.id !== 'summary' && s.id !== 'topicsByMode')
      .flatMap((s) => (s.id.startsWith('completionsByMode') && s.id !== 'completionsByMode' ? ['self', 'teen'].map((mode) => s.lines.filter((l) => l.key.startsWith(`${mode}|`))) : [s.lines]));
    const monthKeys = r.monthly[0]?.lines.map((l) => l.key) ?? [];
    groups.push(...r.monthly.map((m) => m.lines.filter((l) => l.key.startsWith('completions|'))));
    groups.push(...monthKeys.map((key) => r.monthly.flatMap((m) => m.lines.filter((l) => l.key === key))));
    // A group of one row equals its total, which is hidden by the same threshold.
    for (const group of groups.filter((g) => g.length > 1)) for (const hidden of hiddenIn(group)) expect(hidden, JSON.stringify(group)).not.toBe(1);
    // The fixture does hide cells, so the rule was exercised: the unregistered channel's 3 views took a second channel with it.
    const viewsByChannel = r.sections.find((s) => s.id === 'viewsByChannel')?.lines ?? [];
    expect(hiddenIn(viewsByChannel)[0]).toBeGreaterThanOrEqual(2);
  });
});

describe('reportCsv', () => {
  it('keeps a label from becoming an Excel formula, and negative changes numeric', () => {
    const r = build();
    const csv = reportCsv({ ...r, sections: [{ id: 'viewsByChannel', title: 'x', lines: [{ key: 'k', label: '=HYPERLINK("http://x")', current: 1, previous: 6, change: -5, changeRate: -83.3 }] }], monthly: [] });
    const [record] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({ 項目: `'=HYPERLINK("http://x")`, 増減: '-5' });
  });

  it('starts with a BOM and Japanese headers, one row per period × dimension, values intact', () => {
    const r = build();
    const csv = reportCsv(r);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const lineCount = r.sections.reduce((n, s) => n + s.lines.length, 0) + r.monthly.reduce((n, m) => n + m.lines.length, 0);
    expect(records).toHaveLength(lineCount);
    expect(records.find((x) => x.区分 === 'アクセス数（経路別）' && x.項目 === '市役所1階トイレ ステッカー')).toMatchObject({
      期間: '2026年6月～2026年7月（2026/06/01～2026/07/20）',
      件数: '40',
      前年度同期間: '20',
      増減: '20',
      '増減率（%）': '100',
    });
    expect(records.find((x) => x.期間 === '2026年7月' && x.項目 === 'チェック完了数（本人モード）')).toMatchObject({ 件数: '6', 前年度同期間: '0' });
  });
});
