import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { periodFromQuery } from '../../../shared/periods';
import { MODES } from '../../../shared/modes';
import type { CounterRow } from '../../store';
import { aggregate, BOM, countLine, buildReport, COMPLEMENT_SUPPRESSED, CSV_COLUMNS, csvContentDisposition, csvFileName, isHidden, NOTE_PREFIX, periodCode, reportCsv, SUPPRESSED, type Report } from '.';

const row = (period: string, r: Partial<CounterRow> & Pick<CounterRow, 'kind'>): CounterRow => ({
  period,
  count: 0,
  safetyFlagged: 0,
  ageBand: {},
  gender: {},
  band: {},
  topic: {},
  relationship: {},
  language: {},
  hour: {},
  channel: {},
  ...r,
});

const current: CounterRow[] = [
  row('2026-06-01', { kind: 'view', channel: { 'sticker-a': 40 }, count: 40, hour: { 9: 40 } }),
  row('2026-06-01', { kind: 'view', channel: { 'forged-tag': 3 }, count: 3 }),
  row('2026-06-01', { kind: 'view', channel: { '-': 7 }, count: 7 }),
  row('2026-06-01', { kind: 'start', mode: 'teen', channel: { 'sticker-a': 12 }, count: 12 }),
  row('2026-06-01', { kind: 'complete', mode: 'teen', channel: { 'sticker-a': 10 }, count: 10, ageBand: { '10s': 10 }, gender: { female: 6, na: 4 }, band: { some: 7, veryHigh: 3 }, safetyFlagged: 2, topic: { school: 5, sns: 2 }, hour: { 22: 10 } }),
  row('2026-07-02', { kind: 'complete', mode: 'self', channel: { '-': 6 }, count: 6, ageBand: { '40s': 6 }, gender: { male: 6 }, band: { low: 6 }, topic: { work: 6 }, hour: { 8: 6 } }),
  row('2026-07-02', { kind: 'helpline_tap', mode: 'teen', helplineId: 'childline', count: 4, band: { veryHigh: 3, none: 1 } }),
];
const previous: CounterRow[] = [
  row('2025-06', { kind: 'view', channel: { 'sticker-a': 20 }, count: 20 }),
  row('2025-06', { kind: 'complete', mode: 'teen', channel: { 'sticker-a': 8 }, count: 8, ageBand: { '10s': 8 }, gender: { female: 8 }, band: { some: 8 }, hour: { 22: 8 } }),
];

/** 家族モード: who the other person is, their age, the signs ticked (as topics) and how many (as bands). */
const familyCurrent: CounterRow[] = [
  row('2026-07-03', {
    kind: 'complete', mode: 'family', channel: { '-': 9 }, count: 9, ageBand: { '50s': 7, '80plus': 2 }, gender: { na: 9 }, band: { low: 1, some: 6, high: 2 },
    topic: { gloomy: 6, drinking: 3 }, relationship: { partner: 6, parent: 2, na: 1 }, hour: { 21: 9 },
  }),
];
const familyPrevious: CounterRow[] = [
  row('2025-07', { kind: 'complete', mode: 'family', channel: { '-': 6 }, count: 6, ageBand: { '50s': 6 }, gender: { na: 6 }, band: { some: 6 }, relationship: { partner: 6 }, hour: { 21: 6 } }),
];

const build = (suppress = false, withFamily = false): Report =>
  buildReport({
    tenant: 'matsudo',
    // Today is 2026-07-21 (JST), so the running July is counted up to the 20th (前日まで).
    period: periodFromQuery({ from: '2026-06', to: '2026-07' }, '2026-07-21'),
    current: withFamily ? [...current, ...familyCurrent] : current,
    previous: withFamily ? [...previous, ...familyPrevious] : previous,
    context: { channels: new Map([['sticker-a', { label: '市役所1階トイレ ステッカー', kind: 'sticker' as const }]]), helplineName: (id) => (id === 'childline' ? 'チャイルドライン' : id), suppress },
    read: { items: 9, queries: 2 },
  });
const section = (report: Report, id: string) => report.sections.find((s) => s.id === id)?.lines ?? [];
const lineOf = (report: Report, id: string, key: string) => section(report, id).find((l) => l.key === key);

describe('aggregate', () => {
  it('folds tags that are not registered into 未登録 and keeps direct visits apart', () => {
    const f = aggregate(current, new Set(['sticker-a']));
    expect(f.viewsByChannel).toEqual({ 'sticker-a': 40, '?unregistered': 3, '-': 7 });
    expect(f.views).toBe(50);
    expect(f.completionsByChannel).toEqual({ 'sticker-a': 10, '-': 6 });
  });
  it('takes completions by channel from their channel marginal, and a stored tag nobody registered as 未登録', () => {
    const f = aggregate([row('2026-06-02', { kind: 'complete', mode: 'self', count: 5, channel: { 'sticker-a': 2, 'emp-000123': 1, '-': 2 }, ageBand: { '20s': 5 } })], new Set(['sticker-a']));
    expect(f.completionsByChannel).toEqual({ 'sticker-a': 2, '?unregistered': 1, '-': 2 });
    expect(f.byModeAge).toEqual({ 'self|20s': 5 });
  });
  it('sums completions by mode and dimension', () => {
    const f = aggregate([...current, ...familyCurrent], new Set());
    expect(f.completionsByMode).toEqual({ teen: 10, self: 6, family: 9 });
    expect(f.byModeAge).toEqual({ 'teen|10s': 10, 'self|40s': 6, 'family|50s': 7, 'family|80plus': 2 });
    expect(f.byModeBand).toEqual({ 'teen|some': 7, 'teen|veryHigh': 3, 'self|low': 6, 'family|low': 1, 'family|some': 6, 'family|high': 2 });
    expect(f.byModeRelationship).toEqual({ 'family|partner': 6, 'family|parent': 2, 'family|na': 1 });
    expect(f.completionsByHour).toEqual({ 22: 10, 8: 6, 21: 9 });
    expect(f.safetyFlaggedByMode).toEqual({ teen: 2 });
    expect(f.tapsByBand).toEqual({ 'k6-ja|veryHigh': 3, none: 1 });
    // A band means something only with its instrument: the family checklist's `some` is not the K6's.
    const taps = aggregate([...current, ...familyCurrent, row('2026-07-03', { kind: 'helpline_tap', mode: 'family', helplineId: 'kazoku', count: 2, band: { some: 2 } })], new Set());
    expect(taps.tapsByBand).toEqual({ 'k6-ja|veryHigh': 3, none: 1, 'family-signs|some': 2 });
  });
});

describe('buildReport', () => {
  it('compares each figure with the same period last year', () => {
    const r = build();
    expect(r.period).toMatchObject({ label: '令和8年6月～7月', start: '2026-06-01', end: '2026-07-20', previousStart: '2025-06-01', previousEnd: '2025-07-20' });
    expect(lineOf(r, 'summary', 'views')).toEqual({ key: 'views', label: 'アクセス数', current: 50, previous: 20, change: 30, changeRate: 150 });
    expect(lineOf(r, 'completionsByModeAge', 'teen|10s')).toMatchObject({ label: '10代モード・10代', current: 10, previous: 8, change: 2, changeRate: 25 });
    expect(lineOf(r, 'viewsByChannel', 'sticker-a')).toMatchObject({ label: '市役所1階トイレ ステッカー', current: 40, previous: 20 });
    expect(lineOf(r, 'viewsByChannel', '?unregistered')).toMatchObject({ label: '未登録', current: 3 });
    expect(lineOf(r, 'helplineTaps', 'childline')).toMatchObject({ label: 'チャイルドライン', current: 4, previous: 0, changeRate: null });
    expect(lineOf(r, 'summary', 'tapRate')).toMatchObject({ current: 25, previous: 0 });
  });
  it('lists every age band, hour and topic a mode can have, zeros included, and leaves impossible rows out', () => {
    const r = build();
    // 9 bands for 本人モード and 赤ちゃんママモード; the teen mode never asks the age, so its only band is 10代.
    expect(section(r, 'completionsByModeAge').map((l) => l.key).filter((k) => k.startsWith('teen|'))).toEqual(['teen|10s']);
    expect(section(r, 'completionsByModeAge').filter((l) => l.key.startsWith('perinatal|'))).toHaveLength(9);
    expect(section(r, 'completionsByModeAge')).toHaveLength(28);
    // 家族モード asks who the other person is and their age, never a gender.
    expect(section(r, 'completionsByModeGender').filter((l) => l.key.startsWith('family|')).map((l) => l.key)).toEqual(['family|na']);
    expect(section(r, 'completionsByModeRelationship').map((l) => l.key)).toEqual(['parent', 'child', 'partner', 'sibling', 'friend', 'other', 'na'].map((v) => `family|${v}`));
    expect(section(r, 'topicsByMode').filter((l) => l.key.startsWith('family|'))).toHaveLength(9);
    expect(section(r, 'topicsByMode').find((l) => l.key === 'self|bullying')).toBeUndefined();
    expect(section(r, 'completionsByHour').map((l) => l.key)).toEqual(Array.from({ length: 24 }, (_, h) => String(h)));
    expect(section(r, 'topicsByMode').filter((l) => l.key.startsWith('teen|'))).toHaveLength(8);
    expect(section(r, 'topicsByMode').filter((l) => l.key.startsWith('perinatal|')).map((l) => l.key)).toEqual(
      ['parenting', 'sleep', 'bodyHealth', 'couple', 'family', 'work', 'money', 'loneliness', 'other'].map((t) => `perinatal|${t}`),
    );
    expect(section(r, 'topicsByMode').find((l) => l.key === 'self|sleep')).toBeUndefined();
  });
  it('names every band by the instrument of its mode, so the K6’s 0～4点 and the family checklist’s 0 signs never share a label', () => {
    const r = build(false, true);
    expect(lineOf(r, 'completionsByModeBand', 'self|low')).toMatchObject({ label: '本人モード・K6 0～4点', current: 6 });
    expect(lineOf(r, 'completionsByModeBand', 'family|low')).toMatchObject({ label: '家族モード・選んだサイン 0', current: 1 });
    expect(lineOf(r, 'completionsByModeBand', 'family|high')).toMatchObject({ label: '家族モード・選んだサイン 3以上', current: 2 });
    expect(lineOf(r, 'completionsByModeBand', 'family|veryHigh')).toBeUndefined();
    expect(section(r, 'helplineTapsByBand').map((l) => [l.key, l.label, l.current])).toEqual([
      ['k6-ja|low', 'K6 0～4点', 0], ['k6-ja|some', 'K6 5～9点', 0], ['k6-ja|high', 'K6 10～12点', 0], ['k6-ja|veryHigh', 'K6 13点以上', 3],
      ['family-signs|low', '選んだサイン 0', 0], ['family-signs|some', '選んだサイン 1～2', 0], ['family-signs|high', '選んだサイン 3以上', 0],
      ['none', '結果表示前', 1],
    ]);
    expect(lineOf(r, 'topicsByMode', 'family|gloomy')).toMatchObject({ label: '家族モード・以前と比べて表情が暗く、元気がない', current: 6 });
  });

  it('counts completions by who the other person is, against the same period last year', () => {
    const r = build(false, true);
    expect(section(r, 'completionsByModeRelationship').map((l) => [l.label, l.current, l.previous])).toEqual([
      ['家族モード・親', 2, 0], ['家族モード・子ども', 0, 0], ['家族モード・配偶者・パートナー', 6, 6], ['家族モード・きょうだい', 0, 0],
      ['家族モード・友人・同僚', 0, 0], ['家族モード・その他', 0, 0], ['家族モード・答えない', 1, 0],
    ]);
    expect(lineOf(r, 'completionsByModeRelationship', 'family|partner')).toMatchObject({ change: 0, changeRate: 0 });
    // Published: small counts are 5未満, and the one cell the mode's total would give back is 秘匿.
    const published = section(build(true, true), 'completionsByModeRelationship');
    expect(published.find((l) => l.key === 'family|parent')).toMatchObject({ current: SUPPRESSED, change: null });
    expect(published.find((l) => l.key === 'family|partner')).toMatchObject({ current: 6, previous: 6 });
  });

  it('counts views, starts and completions by page language, every language listed, older counts as 日本語', () => {
    // This year in languages; last year's rows were stored before languages were counted (no language at all).
    const cur = [
      row('2026-06-01', { kind: 'view', channel: { 'sticker-a': 30, '-': 12 }, count: 42, language: { ja: 30, easy: 3, en: 1, zh: 6, vi: 2 } }),
      row('2026-06-01', { kind: 'start', mode: 'self', channel: { '-': 20 }, count: 20, language: { ja: 14, zh: 6 } }),
      row('2026-06-01', { kind: 'complete', mode: 'self', channel: { '-': 15 }, count: 15, ageBand: { '30s': 15 }, language: { ja: 10, zh: 5 } }),
    ];
    const prev = [row('2025-06', { kind: 'view', channel: { 'sticker-a': 25 }, count: 25 }), row('2025-06', { kind: 'complete', mode: 'self', channel: { '-': 9 }, count: 9 })];
    const f = aggregate(cur, new Set(['sticker-a']));
    expect(f.viewsByLanguage).toEqual({ ja: 30, easy: 3, en: 1, zh: 6, vi: 2 });
    expect(f.startsByLanguage).toEqual({ ja: 14, zh: 6 });
    expect(f.completionsByLanguage).toEqual({ ja: 10, zh: 5 });
    expect(aggregate(prev, new Set()).viewsByLanguage).toEqual({ ja: 25 });
    const report = (suppress: boolean) =>
      buildReport({
        tenant: 'matsudo',
        period: periodFromQuery({ from: '2026-06', to: '2026-06' }, '2026-07-21'),
        current: cur,
        previous: prev,
        context: { channels: new Map([['sticker-a', { label: 'ステッカー', kind: 'sticker' as const }]]), helplineName: (id) => id, suppress },
        read: { items: 5, queries: 2 },
      });
    const r = report(false);
    expect(r.sections.find((s) => s.id === 'viewsByLanguage')?.title).toBe('アクセス数（ページの言語別）');
    expect(section(r, 'viewsByLanguage').map((l) => [l.key, l.label, l.current, l.previous])).toEqual([
      ['ja', '日本語', 30, 25], ['easy', 'やさしい日本語', 3, 0], ['en', '英語', 1, 0], ['zh', '中国語', 6, 0], ['vi', 'ベトナム語', 2, 0],
    ]);
    expect(lineOf(r, 'viewsByLanguage', 'ja')).toMatchObject({ change: 5, changeRate: 20 });
    expect(section(r, 'startsByLanguage').map((l) => l.current)).toEqual([14, 0, 0, 6, 0]);
    expect(section(r, 'completionsByLanguage').map((l) => [l.current, l.previous])).toEqual([[10, 9], [0, 0], [0, 0], [5, 0], [0, 0]]);
    // Published: under 5 (0 included) is 5未満 and its change withheld, as in every other section.
    const published = report(true);
    const S = SUPPRESSED;
    expect(section(published, 'viewsByLanguage').map((l) => [l.current, l.previous])).toEqual([[30, 25], [S, S], [S, S], [6, S], [S, S]]);
    expect(lineOf(published, 'viewsByLanguage', 'ja')).toMatchObject({ change: 5, changeRate: 20 });
    expect(lineOf(published, 'viewsByLanguage', 'zh')).toMatchObject({ change: null, changeRate: null });
    expect(section(published, 'startsByLanguage').map((l) => l.current)).toEqual([14, S, S, 6, S]);
    expect(section(published, 'completionsByLanguage').map((l) => [l.current, l.previous])).toEqual([[10, 9], [S, S], [S, S], [5, S], [S, S]]);
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
    // A rate over 4 taps is withheld, and not as 「5未満」: the rate is 25.
    expect(lineOf(r, 'summary', 'tapRate')).toMatchObject({ current: COMPLEMENT_SUPPRESSED });
    const numbers = r.sections.flatMap((s) => s.lines.filter((l) => l.key !== 'tapRate').flatMap((l) => [l.current, l.previous]));
    expect(numbers.filter((n) => typeof n === 'number' && n < 5)).toEqual([]);
  });

  it('never leaves a lone hidden cell that a published total would give back', () => {
    const r = build(true, true);
    const hiddenIn = (lines: readonly Pick<Report['sections'][number]['lines'][number], 'current' | 'previous'>[]) =>
      (['current', 'previous'] as const).map((column) => lines.filter((line) => isHidden(line[column])).length);
    const groups = r.sections
      .filter((s) => s.id !== 'summary' && s.id !== 'topicsByMode')
      .flatMap((s) => (s.id.startsWith('completionsByMode') && s.id !== 'completionsByMode' ? MODES.map((mode) => s.lines.filter((l) => l.key.startsWith(`${mode}|`))) : [s.lines]));
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

// 2026-07-21 12:04 JST.
const CONTEXT = { municipality: '松戸市', generatedAt: new Date('2026-07-21T03:04:00Z') };

/** The file as a reader sees it: title line, header, rows, notes (lines starting with ※). */
const readCsv = (csv: string) => {
  const [title = [], header = [], ...rest] = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  const isNote = (r: string[]) => r[0]?.startsWith(NOTE_PREFIX) ?? false;
  return {
    title: title.join(','),
    header,
    records: rest.filter((r) => !isNote(r)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])) as Record<(typeof CSV_COLUMNS)[number], string>),
    notes: rest.filter(isNote).map((r) => r.join(',')),
  };
};

describe('reportCsv', () => {
  it('keeps a label from becoming an Excel formula, and negative changes numeric', () => {
    const r = build();
    const csv = reportCsv({ ...r, sections: [{ id: 'viewsByChannel', title: 'x', lines: [{ key: 'k', label: '=HYPERLINK("http://x")', current: 1, previous: 6, change: -5, changeRate: -83.3 }] }], monthly: [] }, CONTEXT);
    const [record] = readCsv(csv).records;
    expect(record).toMatchObject({ 項目: `'=HYPERLINK("http://x")`, 増減: '-5' });
  });

  it('starts with a BOM, a title line and Japanese headers, one row per period × dimension, values intact', () => {
    const r = build();
    const csv = reportCsv(r, CONTEXT);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const { header, records } = readCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    const lineCount = r.sections.reduce((n, s) => n + s.lines.length, 0) + r.monthly.reduce((n, m) => n + m.lines.length, 0);
    expect(records).toHaveLength(lineCount);
    expect(records.find((x) => x.区分 === 'アクセス数（経路別）' && x.項目 === '市役所1階トイレ ステッカー')).toMatchObject({
      期間: '令和8年6月～7月（2026/06/01～2026/07/20）',
      件数: '40',
      前年度同期間: '20',
      増減: '20',
      '増減率（%）': '100',
      比較期間: '令和7年度同期間（2025/06/01～2025/07/20）',
    });
  });

  it('compares each month with the same month last year, in 令和', () => {
    const { records } = readCsv(reportCsv(build(), CONTEXT));
    const monthly = records.filter((x) => x.区分 === '月別');
    expect(monthly.find((x) => x.項目 === 'チェック完了数（10代モード）' && x.期間.startsWith('令和8年6月'))).toMatchObject({
      期間: '令和8年6月（2026年6月）',
      件数: '10',
      前年度同期間: '8',
      比較期間: '令和7年6月（2025年6月）',
    });
    // July is cut at the 20th (前日まで), and so is last July.
    expect(monthly.find((x) => x.項目 === 'チェック完了数（本人モード）' && x.期間.startsWith('令和8年7月'))).toMatchObject({
      期間: '令和8年7月（2026/07/01～2026/07/20）',
      件数: '6',
      前年度同期間: '0',
      比較期間: '令和7年7月（2025/07/01～2025/07/20）',
    });
    expect(monthly.every((x) => !x.比較期間.includes('同期間'))).toBe(true);
  });

  it('writes a comparison across two fiscal years in 令和 too', () => {
    const r = buildReport({ tenant: 'matsudo', period: periodFromQuery({ from: '2026-03', to: '2026-04' }, '2026-07-21'), current: [], previous: [], context: { channels: new Map(), helplineName: (id) => id, suppress: false }, read: { items: 0, queries: 0 } });
    const [first] = readCsv(reportCsv(r, CONTEXT)).records;
    expect(first).toMatchObject({ 期間: '令和8年3月～4月（2026/03/01～2026/04/30）', 比較期間: '前年同期間：令和7年3月～4月（2025/03/01～2025/04/30）' });
  });

  it('says in its first line which file it is, for which municipality and period, and when it was made', () => {
    const internal = readCsv(reportCsv(build(), CONTEXT));
    const published = readCsv(reportCsv(build(true), CONTEXT));
    for (const file of [internal, published]) {
      expect(file.title).toContain('松戸市');
      expect(file.title).toContain('期間：令和8年6月～7月（2026/06/01～2026/07/20）');
      expect(file.title).toContain('出力日時：令和8年7月21日 12:04（日本時間）');
    }
    expect(internal.title).toMatch(/^【庁内用】/);
    expect(internal.title).toContain('公表しないでください');
    expect(published.title).toMatch(/^【公表用】/);
    // Only the published file carries the marks, and its notes explain both.
    expect(published.notes.join('\n')).toMatch(/「5未満」：0～4件[\s\S]*「秘匿」：.*5件以上.*少ない数という意味ではありません/);
    expect(internal.notes.join('\n')).not.toContain('秘匿');
    expect(internal.notes).toContain('※10代モードは年代を尋ねない（すべて10代）ため、10代モードの他の年代の行はありません。');
    expect(internal.notes.some((note) => note.startsWith('※家族モードは、ほかの人を気にかけている方が使うモードです。'))).toBe(true);
  });

  it('marks cells hidden only to protect another 秘匿, never 5未満, and every 5未満 is truly under 5', () => {
    const full = readCsv(reportCsv(build(false, true), CONTEXT)).records;
    const published = readCsv(reportCsv(build(true, true), CONTEXT)).records;
    expect(published).toHaveLength(full.length);
    const marks = new Set<string>();
    published.forEach((row, i) => {
      // Rates (率, per 100 copies) are not counts: one over a hidden count reads 秘匿 whatever its size.
      if (row.項目?.includes('率') || row.区分?.includes('率') || row.区分?.includes('100部あたり')) return;
      for (const column of ['件数', '前年度同期間'] as const) {
        const truth = Number(full[i]?.[column]);
        if (row[column] === SUPPRESSED) expect(truth, JSON.stringify(row)).toBeLessThan(5);
        if (row[column] === COMPLEMENT_SUPPRESSED) expect(truth, JSON.stringify(row)).toBeGreaterThanOrEqual(5);
        marks.add(row[column] ?? '');
      }
    });
    expect(marks).toContain(COMPLEMENT_SUPPRESSED);
    expect(published.find((x) => x.項目 === '相談窓口タップ率（完了100件あたり）')).toMatchObject({ 件数: COMPLEMENT_SUPPRESSED });
    // The 7 direct views sit beside the 3 unregistered ones: hidden, and said to be 秘匿.
    expect(published.find((x) => x.区分 === 'アクセス数（経路別）' && x.項目 === '経路なし（直接）')).toMatchObject({ 件数: COMPLEMENT_SUPPRESSED });
  });

  it('leaves structural zeros out: no 10代モード row for an age band other than 10代', () => {
    const { records } = readCsv(reportCsv(build(true), CONTEXT));
    const teenAges = records.filter((x) => x.区分 === 'チェック完了数（モード×年代）' && x.項目.startsWith('10代モード'));
    expect(teenAges.map((x) => x.項目)).toEqual(['10代モード・10代']);
    expect(records.filter((x) => x.区分.startsWith('気がかりなこと') && x.項目 === '本人モード・いじめ')).toEqual([]);
    expect(records.filter((x) => x.区分 === 'チェック完了数（モード×性別）' && x.項目.startsWith('家族モード')).map((x) => x.項目)).toEqual(['家族モード・答えない']);
    expect(records.filter((x) => x.区分 === 'チェック完了数（モード×気にかけている相手との関係）').map((x) => x.項目)).toEqual(
      ['親', '子ども', '配偶者・パートナー', 'きょうだい', '友人・同僚', 'その他', '答えない'].map((v) => `家族モード・${v}`),
    );
  });

  it('writes extra sections (the plan’s indicators) with the period and the marks, before 月別', () => {
    const extra = { title: '計画の指標', lines: [countLine('x', '本人モード・10代の利用者数', 12, 3, true)] };
    const { records } = readCsv(reportCsv(build(), { ...CONTEXT, extraSections: [extra] }));
    const at = records.findIndex((x) => x.区分 === '計画の指標');
    expect(records[at]).toMatchObject({ 期間: '令和8年6月～7月（2026/06/01～2026/07/20）', 項目: '本人モード・10代の利用者数', 件数: '12', 前年度同期間: '5未満' });
    expect(records.slice(at).some((x) => x.区分 === '月別')).toBe(true);
    expect(records.slice(0, at).some((x) => x.区分 === '月別')).toBe(false);
  });
});

describe('csv file names', () => {
  it('names the tenant, the fiscal period and the kind, so the two files never share a name', () => {
    expect(csvFileName(build())).toEqual({ name: 'kokoro-check_matsudo_R8-06-07_庁内用.csv', ascii: 'kokoro-check_matsudo_R8-06-07_internal.csv' });
    expect(csvFileName(build(true))).toEqual({ name: 'kokoro-check_matsudo_R8-06-07_公表用.csv', ascii: 'kokoro-check_matsudo_R8-06-07_public.csv' });
  });
  it.each([
    ['2026-04-01', '2026-11-29', '2027-03-31', 'R8-04-11'],
    ['2026-04-01', '2027-03-31', '2027-03-31', 'R8-04-03'],
    ['2026-06-01', '2026-06-30', '2026-06-30', 'R8-06'],
    ['2026-06-01', '2026-06-15', '2026-06-15', 'R8-0601-0615'],
    ['2026-03-01', '2026-04-30', '2026-04-30', 'R7-03_R8-04'],
    ['2019-04-01', '2020-03-31', '2020-03-31', 'R1-04-03'],
  ])('codes %s～%s (asked to %s) as %s', (start, end, requestedEnd, code) => {
    expect(periodCode(start, end, requestedEnd)).toBe(code);
  });
  it('gives Content-Disposition an ASCII name and the Japanese one as RFC 5987 filename*', () => {
    const header = csvContentDisposition(build(true));
    expect(header).toMatch(/^attachment; filename="kokoro-check_matsudo_R8-06-07_public\.csv"; filename\*=UTF-8''/);
    expect([...header].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '')).toBe('kokoro-check_matsudo_R8-06-07_公表用.csv');
  });
});
