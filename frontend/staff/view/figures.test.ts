import { describe, expect, it } from 'vitest';
import type { Report } from '../api';
import { ageRows, bandRows, channelRows, headlineLines, languageRows, monthBars, relationshipRows } from './figures';

const line = (key: string, label: string, current: number | '5未満', previous: number | '5未満') => ({ key, label, current, previous, change: null, changeRate: null });

const report = {
  tenant: 'matsudo',
  period: { label: '令和8年度', start: '2026-04-01', end: '2026-05-31', requestedEnd: '2027-03-31', previousLabel: '令和7年度同期間', previousStart: '2025-04-01', previousEnd: '2025-05-31' },
  suppressed: false,
  sections: [
    { id: 'summary', title: '概要', lines: [line('views', 'アクセス数', 46293, 45816), line('completions', 'チェック完了数', 10, 8), line('tapRate', 'タップ率', 3, 2)] },
    { id: 'completionsByModeAge', title: '', lines: [line('self|10s', '本人モード・10代', 3, 1), line('teen|10s', '10代モード・10代', 7, 4), line('self|20s', '本人モード・20代', 5, 6), line('perinatal|20s', '赤ちゃんママモード・20代', 8, 2), line('family|20s', '家族モード・20代', 4, 3)] },
    { id: 'completionsByModeBand', title: '', lines: [line('self|high', '', 2, 0), line('teen|high', '', '5未満', 1), line('family|high', '', 6, 2), line('family|low', '', 1, 0)] },
    { id: 'completionsByModeRelationship', title: '', lines: [line('family|parent', '', 3, 1), line('family|partner', '', 4, 4), line('family|na', '', 0, 0)] },
    { id: 'viewsByChannel', title: '', lines: [line('a', 'ステッカー', 4, 9), line('b', 'チラシ', 20, 1), line('-', '経路なし（直接）', 4, 2)] },
    { id: 'completionsByChannel', title: '', lines: [line('a', 'ステッカー', 1, 0), line('b', 'チラシ', 6, 0), line('-', '経路なし（直接）', 2, 0)] },
    { id: 'viewsByLanguage', title: '', lines: [line('ja', '日本語', 40, 30), line('easy', 'やさしい日本語', '5未満', 0), line('en', '英語', 0, 0), line('zh', '中国語', 6, 0), line('vi', 'ベトナム語', 0, 0)] },
    { id: 'startsByLanguage', title: '', lines: [line('ja', '日本語', 20, 15), line('zh', '中国語', 5, 0)] },
    { id: 'completionsByLanguage', title: '', lines: [line('ja', '日本語', 9, 8), line('zh', '中国語', '5未満', 0)] },
  ],
  monthly: [{ month: '2026-04', label: '2026年4月', lines: [line('completions', '', 9, 7), line('completions|self', '', 6, 5), line('completions|teen', '', 3, 2)] }],
  read: { items: 0, queries: 0 },
} as Report;

describe('dashboard figures', () => {
  it('lists the page languages in the page’s order, accesses drawn, starts and completions each from their own section', () => {
    const rows = languageRows(report);
    expect(rows.map((r) => [r.label, r.current, r.previous])).toEqual([['日本語', 40, 30], ['やさしい日本語', 0, 0], ['英語', 0, 0], ['中国語', 6, 0], ['ベトナム語', 0, 0]]);
    expect(rows[1]?.cells.current).toBe('5未満');
    expect(rows.find((r) => r.key === 'zh')).toMatchObject({ starts: { current: 5 }, completions: { current: '5未満' } });
    expect(rows.find((r) => r.key === 'en')?.starts).toBeUndefined();
  });

  it('sums both modes per age band and marks 10代', () => {
    const rows = ageRows(report);
    expect(rows.map((r) => [r.label, r.current, r.previous, r.highlight])).toEqual([
      ['10代', 10, 5, true],
      ['20代', 13, 8, false],
      ...['30代', '40代', '50代', '60代', '70代', '80歳以上', '答えない'].map((label) => [label, 0, 0, false]),
    ]);
    expect(rows[0]?.lines.map((l) => l.key)).toEqual(['self|10s', 'teen|10s']);
    // Each mode keeps its own column: 20代 has no 10代モード line, so 赤ちゃんママ's 8 must not move into that column.
    expect(rows[1]?.byMode).toEqual({ self: expect.objectContaining({ current: 5 }), perinatal: expect.objectContaining({ current: 8 }), family: expect.objectContaining({ current: 4 }) });
    expect(rows[1]?.byMode?.teen).toBeUndefined();
    // 家族 counts the other person's age: its own column, never added into the residents' sum.
    expect(rows[1]?.lines.map((l) => l.key)).toEqual(['self|20s', 'perinatal|20s']);
  });

  it('names result bands by K6 range and draws a suppressed cell as nothing', () => {
    expect(bandRows(report).find((r) => r.key === 'high')).toMatchObject({ label: 'K6 10～12点', current: 2, previous: 1 });
  });

  it('keeps each instrument’s bands apart: the family checklist’s “high” is its own row, named by its count of signs', () => {
    expect(bandRows(report).map((r) => r.key)).toEqual(['low', 'some', 'high', 'veryHigh']);
    expect(bandRows(report).find((r) => r.key === 'high')?.byMode?.family).toBeUndefined();
    const family = bandRows(report, 'family-signs');
    expect(family.map((r) => [r.key, r.label, r.current, r.previous])).toEqual([
      ['low', '選んだサイン 0', 1, 0],
      ['some', '選んだサイン 1～2', 0, 0],
      ['high', '選んだサイン 3以上', 6, 2],
    ]);
  });

  it('counts who the other person is, every relationship listed', () => {
    expect(relationshipRows(report).map((r) => [r.label, r.current, r.previous])).toEqual([
      ['親', 3, 1], ['子ども', 0, 0], ['配偶者・パートナー', 4, 4], ['きょうだい', 0, 0], ['友人・同僚', 0, 0], ['その他', 0, 0], ['答えない', 0, 0],
    ]);
  });

  it('ranks channels by access this period, then last year, with completions alongside', () => {
    const rows = channelRows(report);
    expect(rows.map((r) => r.key)).toEqual(['b', 'a', '-']);
    expect(rows[0]?.lines[1]?.current).toBe(6);
  });

  it('splits each month by mode beside last year’s total', () => {
    expect(monthBars(report)).toEqual([expect.objectContaining({ month: '2026-04', byMode: { self: 6, teen: 3, perinatal: 0, family: 0 }, current: 9, previous: 7 })]);
  });

  it('puts access first in the headline, and leaves out what the report lacks', () => {
    expect(headlineLines(report).map((l) => l.key)).toEqual(['views', 'completions']);
  });
});
