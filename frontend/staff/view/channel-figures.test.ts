import { describe, expect, it } from 'vitest';
import type { Report } from '../api';
import { channelKindRows, channelTableRows } from './figures';

type Cell = number | '5未満' | '秘匿';
const line = (key: string, label: string, current: Cell, previous: Cell) => ({ key, label, current, previous, change: null, changeRate: null });

const report = {
  tenant: 'matsudo',
  period: { label: '令和8年度', start: '2026-04-01', end: '2026-11-30', requestedEnd: '2026-11-30', previousLabel: '令和7年度同期間', previousStart: '2025-04-01', previousEnd: '2025-11-30' },
  suppressed: true,
  sections: [
    {
      id: 'viewsByChannel',
      title: '',
      lines: [line('flyer', '市内チラシ', 400, 200), line('old', '旧ステッカー（アーカイブ済み）', '5未満', 9), line('-', '経路なし（直接）', 25, 0)],
      channels: [
        { key: 'flyer', kind: 'flyer', quantity: 13157, places: 47, archived: false },
        { key: 'old', kind: 'sticker', archived: true },
      ],
    },
    { id: 'completionsByChannel', title: '', lines: [line('flyer', '市内チラシ', 100, 40), line('old', '旧ステッカー（アーカイブ済み）', '5未満', '5未満'), line('-', '経路なし（直接）', 12, 0)] },
    { id: 'completionRateByChannel', title: '', lines: [line('flyer', '市内チラシ', 25, 20), line('old', '旧ステッカー（アーカイブ済み）', '秘匿', '秘匿'), line('-', '経路なし（直接）', 48, 0)] },
    { id: 'viewsPer100ByChannel', title: '', lines: [line('flyer', '市内チラシ（13,157部）', 3, 1.5)] },
    { id: 'viewsByChannelKind', title: '', lines: [line('sticker', 'ステッカー計', '5未満', 9), line('flyer', 'チラシ計', 400, 200)] },
    { id: 'completionsByChannelKind', title: '', lines: [line('sticker', 'ステッカー計', '5未満', '5未満'), line('flyer', 'チラシ計', 100, 40)] },
    { id: 'completionRateByChannelKind', title: '', lines: [line('sticker', 'ステッカー計', '秘匿', '秘匿'), line('flyer', 'チラシ計', 25, 20)] },
  ],
  monthly: [],
  read: { items: 0, queries: 0 },
} as unknown as Report;

describe('channel table rows', () => {
  it('ranks channels by access and joins each with what it is, its rate and its accesses per 100 copies', () => {
    const rows = channelTableRows(report);
    expect(rows.map((r) => r.key)).toEqual(['flyer', '-', 'old']);
    expect(rows[0]).toMatchObject({ channel: { kind: 'flyer', quantity: 13157, places: 47 }, completions: { current: 100 }, completionRate: { current: 25, previous: 20 }, viewsPer100: { current: 3 } });
    // Direct visits are no registered channel; an archived one keeps its own row with its marks.
    expect(rows[1]?.channel).toBeUndefined();
    expect(rows[2]).toMatchObject({ label: '旧ステッカー（アーカイブ済み）', channel: { archived: true }, completionRate: { current: '秘匿' } });
    expect(rows[2]?.viewsPer100).toBeUndefined();
  });

  it('lists the kind totals in the report’s order with their rates', () => {
    expect(channelKindRows(report).map((r) => [r.label, r.views.current, r.completionRate?.current, r.viewsPer100])).toEqual([
      ['ステッカー計', '5未満', '秘匿', undefined],
      ['チラシ計', 400, 25, undefined],
    ]);
  });
});
