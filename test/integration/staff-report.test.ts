/**
 * @module
 * Staff reports against a real dynalite table: ~700 events with known
 * dimensions go in through the counter store (part of last year through
 * monthly rollups), and every report figure, the year-on-year comparison,
 * the CSV parsed back, suppression and cross-tenant refusals come out
 * exactly as counted from the events themselves.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, BANDS, GENDERS, MODES, type Mode } from '../../shared/domain';
import { RELATIONSHIPS } from '../../shared/domain/relationships';
import { instrumentFor } from '../../shared/instruments/for-mode';
import { modeSpec } from '../../shared/modes';
import { sampleCompletion } from '../../scripts/sample-completion';
import type { CountingEvent } from '../../shared/events';
import { jstParts } from '../../shared/time';
import type { Report } from '../../functions/staff/report';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';
import { topicsForMode } from '../../shared/instruments/for-mode';

// Today is 2026-11-30 (JST): reports count complete days only (前日まで), so 令和8年度 runs
// 2026-04-01..2026-11-29 and compares with 2025-04-01..2025-11-29; today's events are left out.
const NOW = new Date('2026-11-30T03:00:00Z');
const TODAY = { start: '2026-11-30', end: '2026-11-30' };
const CURRENT = { start: '2026-04-01', end: '2026-11-29' };
const PREVIOUS = { start: '2025-04-01', end: '2025-11-29' };

/** Deterministic pseudo-random numbers, so the truth is the same on every run. */
const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

interface Sent {
  tenant: string;
  at: Date;
  event: CountingEvent;
}

const makeEvents = (): Sent[] => {
  const r = rng(42);
  const from = Date.parse('2025-03-20T00:00:00+09:00');
  const to = Date.parse('2026-11-30T11:59:00+09:00');
  const sent: Sent[] = [];
  const srcs = ['sticker-a', 'flyer-b', 'rogue-x', undefined];
  for (let i = 0; i < 700; i++) {
    const at = new Date(from + Math.floor(r() * (to - from)));
    const tenant = r() < 0.1 ? 'kashiwa' : 'matsudo';
    const mode: Mode = pick(r, MODES);
    const id = crypto.randomUUID();
    const src = pick(r, srcs);
    const kind = r();
    const event: CountingEvent =
      kind < 0.4
        ? { type: 'view', id, ...(src ? { src } : {}) }
        : kind < 0.55
          ? { type: 'start', id, mode, ...(src ? { src } : {}) }
          : kind < 0.9
            ? // Each mode as its registry says: 10代's age band, its own topics, its instrument's bands, 家族's relationship.
              { type: 'complete', id, mode, ...sampleCompletion(mode, r, 0.2), safetyFlag: r() < 0.2, ...(src ? { src } : {}) }
            : { type: 'helpline_tap', id, mode, helplineId: pick(r, ['childline', 'inochi-dial']), ...(r() < 0.7 ? { band: sampleCompletion(mode, r).band } : {}) };
    sent.push({ tenant, at, event });
  }
  // Fiscal-year boundary: 23:59 JST on March 31 is last year, 00:00 JST on April 1 is this year.
  sent.push({ tenant: 'matsudo', at: new Date('2026-03-31T23:59:00+09:00'), event: { type: 'view', id: crypto.randomUUID(), src: 'sticker-a' } });
  sent.push({ tenant: 'matsudo', at: new Date('2026-04-01T00:00:00+09:00'), event: { type: 'view', id: crypto.randomUUID(), src: 'sticker-a' } });
  // Today's morning (before NOW): counted by the store, but no report may include them until the day is over.
  for (let i = 0; i < 3; i++) sent.push({ tenant: 'matsudo', at: new Date(`2026-11-30T0${i}:30:00+09:00`), event: { type: 'view', id: crypto.randomUUID(), src: 'sticker-a' } });
  return sent;
};

/** The truth, counted straight from the events sent. */
const truth = (sent: Sent[], range: { start: string; end: string }) => {
  const inRange = sent.filter((s) => s.tenant === 'matsudo' && jstParts(s.at).date >= range.start && jstParts(s.at).date <= range.end);
  const count = (test: (s: Sent) => boolean) => inRange.filter(test).length;
  const complete = (test: (e: Extract<CountingEvent, { type: 'complete' }>, s: Sent) => boolean) =>
    count((s) => s.event.type === 'complete' && test(s.event, s));
  return {
    views: count((s) => s.event.type === 'view'),
    viewsBySrc: (src: string | undefined) => count((s) => s.event.type === 'view' && s.event.src === src),
    completions: complete(() => true),
    byModeAge: (mode: Mode, age: string) => complete((e) => e.mode === mode && e.ageBand === age),
    byMode: (mode: Mode) => complete((e) => e.mode === mode),
    byModeBand: (mode: Mode, band: string) => complete((e) => e.mode === mode && e.band === band),
    byModeGender: (mode: Mode, gender: string) => complete((e) => e.mode === mode && e.gender === gender),
    byModeRelationship: (mode: Mode, relationship: string) => complete((e) => e.mode === mode && e.relationship === relationship),
    /** Taps after a result, per instrument and band (the modes that run it together), or `none`. */
    tapsByBand: (instrument: string | undefined, band: string | undefined) =>
      count((s) => s.event.type === 'helpline_tap' && s.event.band === band && (band === undefined || modeSpec(s.event.mode).instrument === instrument)),
    byModeTopic: (mode: Mode, topic: string) => complete((e) => e.mode === mode && (e.topics as string[]).includes(topic)),
    byHour: (hour: number) => complete((_e, s) => jstParts(s.at).hour === hour),
    flagged: (mode: Mode) => complete((e) => e.mode === mode && e.safetyFlag),
    taps: (id: string) => count((s) => s.event.type === 'helpline_tap' && s.event.helplineId === id),
    completionsInMonth: (month: string, mode: Mode) => complete((e, s) => e.mode === mode && jstParts(s.at).date.startsWith(month)),
  };
};

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;
let admin: string;
const sent = makeEvents();

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  for (let i = 0; i < sent.length; i += 50) {
    await Promise.all(sent.slice(i, i + 50).map((s) => api.store.record(s.tenant, s.event, s.at)));
  }
  // Part of last year goes through monthly rollups, so the report reads both rollup and raw items.
  for (const month of ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09']) await api.store.rollupMonth('matsudo', month, NOW);
  staff = await api.signIn('staff@matsudo');
  admin = await api.signIn('admin@matsudo');
  const add = (tag: string, label: string) =>
    api.call(admin, '/api/staff/t/matsudo/channels', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tag, label, kind: 'sticker' }) });
  expect((await add('sticker-a', '市役所1階トイレ ステッカー')).status).toBe(201);
  expect((await add('flyer-b', 'ハローワーク, "チラシ"')).status).toBe(201);
});
afterAll(async () => dynamo?.close());

const getReport = async (query: string): Promise<Report> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
};
const lineOf = (report: Report, section: string, key: string) => report.sections.find((s) => s.id === section)?.lines.find((l) => l.key === key);

describe('staff report against the real store', () => {
  it('gives every figure of 令和8年度 so far exactly, with the same period of 令和7年度', async () => {
    const report = await getReport('fy=2026');
    const cur = truth(sent, CURRENT);
    const prev = truth(sent, PREVIOUS);
    expect(report.period).toMatchObject({ label: '令和8年度', start: CURRENT.start, end: CURRENT.end, previousLabel: '令和7年度同期間', previousStart: PREVIOUS.start, previousEnd: PREVIOUS.end });
    expect(lineOf(report, 'summary', 'views')).toMatchObject({ current: cur.views, previous: prev.views, change: cur.views - prev.views });
    expect(lineOf(report, 'summary', 'completions')).toMatchObject({ current: cur.completions, previous: prev.completions });
    expect(lineOf(report, 'viewsByChannel', 'sticker-a')).toMatchObject({ label: '市役所1階トイレ ステッカー', current: cur.viewsBySrc('sticker-a'), previous: prev.viewsBySrc('sticker-a') });
    expect(lineOf(report, 'viewsByChannel', '?unregistered')).toMatchObject({ label: '未登録', current: cur.viewsBySrc('rogue-x'), previous: prev.viewsBySrc('rogue-x') });
    expect(lineOf(report, 'viewsByChannel', '-')).toMatchObject({ current: cur.viewsBySrc(undefined) });
    for (const mode of MODES) {
      // The teen mode does not ask the age (always 10代): its other bands are structural zeros and have no row.
      for (const age of AGE_BANDS) {
        const line = lineOf(report, 'completionsByModeAge', `${mode}|${age}`);
        if (mode === 'teen' && age !== '10s') expect(line).toBeUndefined();
        else expect(line).toMatchObject({ current: cur.byModeAge(mode, age), previous: prev.byModeAge(mode, age) });
      }
      // Only the bands the mode's instrument gives have a row, each named by that instrument.
      const bands = instrumentFor(mode).result.bands;
      for (const band of BANDS) {
        const line = lineOf(report, 'completionsByModeBand', `${mode}|${band}`);
        const own = bands.find((b) => b.id === band);
        if (!own) expect(line).toBeUndefined();
        else expect(line).toMatchObject({ label: expect.stringContaining(own.label), current: cur.byModeBand(mode, band), previous: prev.byModeBand(mode, band) });
      }
      // A mode about someone else asks no gender (答えない only) and counts who the other person is; the others never do.
      for (const gender of GENDERS) {
        const line = lineOf(report, 'completionsByModeGender', `${mode}|${gender}`);
        if (modeSpec(mode).aboutOther && gender !== 'na') expect(line).toBeUndefined();
        else expect(line).toMatchObject({ current: cur.byModeGender(mode, gender), previous: prev.byModeGender(mode, gender) });
      }
      for (const relationship of RELATIONSHIPS) {
        const line = lineOf(report, 'completionsByModeRelationship', `${mode}|${relationship}`);
        if (!modeSpec(mode).aboutOther) expect(line).toBeUndefined();
        else expect(line).toMatchObject({ current: cur.byModeRelationship(mode, relationship), previous: prev.byModeRelationship(mode, relationship) });
      }
      expect(lineOf(report, 'completionsByMode', mode)).toMatchObject({ current: cur.byMode(mode), previous: prev.byMode(mode) });
      for (const topic of topicsForMode(mode)) expect(lineOf(report, 'topicsByMode', `${mode}|${topic}`)).toMatchObject({ current: cur.byModeTopic(mode, topic), previous: prev.byModeTopic(mode, topic) });
      expect(lineOf(report, 'safetyFlagsByMode', mode)).toMatchObject({ current: cur.flagged(mode), previous: prev.flagged(mode) });
    }
    for (let hour = 0; hour < 24; hour++) expect(lineOf(report, 'completionsByHour', String(hour))).toMatchObject({ current: cur.byHour(hour), previous: prev.byHour(hour) });
    for (const id of ['childline', 'inochi-dial']) expect(lineOf(report, 'helplineTaps', id)).toMatchObject({ current: cur.taps(id), previous: prev.taps(id) });
    for (const instrument of new Set(MODES.map((mode) => modeSpec(mode).instrument))) {
      for (const band of instrumentFor(MODES.find((mode) => modeSpec(mode).instrument === instrument) as Mode).result.bands) {
        expect(lineOf(report, 'helplineTapsByBand', `${instrument}|${band.id}`)).toMatchObject({ label: band.label, current: cur.tapsByBand(instrument, band.id), previous: prev.tapsByBand(instrument, band.id) });
      }
    }
    expect(lineOf(report, 'helplineTapsByBand', 'none')).toMatchObject({ current: cur.tapsByBand(undefined, undefined), previous: prev.tapsByBand(undefined, undefined) });
    // The fixture reaches 家族 on both sides, with relationships and signs to count.
    const family = MODES.filter((mode) => modeSpec(mode).aboutOther);
    expect(family.length).toBeGreaterThan(0);
    for (const mode of family) {
      expect(cur.byMode(mode)).toBeGreaterThan(5);
      expect(prev.byMode(mode)).toBeGreaterThan(0);
      expect(topicsForMode(mode).some((topic) => cur.byModeTopic(mode, topic) > 0)).toBe(true);
    }
    const june = report.monthly.find((m) => m.month === '2026-06')?.lines.find((l) => l.key === 'completions|teen');
    expect(june).toMatchObject({ current: cur.completionsInMonth('2026-06', 'teen'), previous: prev.completionsInMonth('2025-06', 'teen') });
    expect(report.read.items).toBeGreaterThan(0);
    // Today's views exist in the store yet are not in the figures above.
    expect(truth(sent, TODAY).views).toBeGreaterThanOrEqual(3);
    expect(lineOf(report, 'summary', 'views')?.current).toBe(truth(sent, { start: CURRENT.start, end: TODAY.end }).views - truth(sent, TODAY).views);
  });

  it('puts 23:59 JST on March 31 in the old fiscal year and midnight April 1 in the new one', async () => {
    const report = await getReport('start=2026-04-01&end=2026-04-01');
    expect(lineOf(report, 'summary', 'views')?.current).toBe(truth(sent, { start: '2026-04-01', end: '2026-04-01' }).views);
    const march31 = await getReport('start=2026-03-31&end=2026-03-31');
    expect(lineOf(march31, 'summary', 'views')?.current).toBe(truth(sent, { start: '2026-03-31', end: '2026-03-31' }).views);
    expect(lineOf(march31, 'summary', 'views')?.current).toBeGreaterThanOrEqual(1);
  });

  it('writes a CSV that parses back to the same figures, with a BOM and Japanese headers', async () => {
    const report = await getReport('from=2026-06&to=2026-11');
    const res = await api.call(staff, '/api/staff/t/matsudo/report.csv?from=2026-06&to=2026-11');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''kokoro-check_matsudo_");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Line 1 says what the file is; notes (※) close it (test/integration/staff-publish.test.ts checks both).
    const records = (parse(new TextDecoder().decode(bytes), { bom: true, columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[]).filter((x) => !x.期間?.startsWith('※'));
    expect(Object.keys(records[0] ?? {}).slice(0, 6)).toEqual(['期間', '区分', '項目', '件数', '前年度同期間', '増減']);
    // November is still running on 2026-11-30, so the range is cut at the 29th, last year's too.
    const t = truth(sent, { start: '2026-06-01', end: '2026-11-29' });
    const p = truth(sent, { start: '2025-06-01', end: '2025-11-29' });
    const cell = (section: string, item: string) => records.find((x) => x.区分 === section && x.項目 === item);
    expect(cell('概要', 'アクセス数')).toMatchObject({ 件数: String(t.views), 前年度同期間: String(p.views), 増減: String(t.views - p.views) });
    expect(cell('チェック完了数（モード×年代）', '10代モード・10代')).toMatchObject({ 件数: String(t.byModeAge('teen', '10s')), 前年度同期間: String(p.byModeAge('teen', '10s')) });
    expect(cell('アクセス数（経路別）', 'ハローワーク, "チラシ"')).toMatchObject({ 件数: String(t.viewsBySrc('flyer-b')) });
    // Every JSON line appears in the CSV with the same numbers.
    const jsonLines = report.sections.flatMap((s) => s.lines.map((l) => [s.title, l.label, String(l.current), String(l.previous)]));
    const csvLines = records.filter((x) => !['月別', '計画の指標', '年度推移'].includes(x.区分 ?? '')).map((x) => [x.区分, x.項目, x.件数, x.前年度同期間]);
    expect(csvLines).toEqual(jsonLines);
    // And the plan's indicators, as the dashboard shows them.
    const indicatorLines = records.filter((x) => x.区分 === '計画の指標').map((x) => [x.項目, x.件数, x.前年度同期間]);
    expect(indicatorLines).toEqual((report.indicators ?? []).map((i) => [i.name, String(i.value), String(i.lastYear)]));
    expect(indicatorLines.length).toBeGreaterThan(0);
  });

  it('suppresses every count below 5 as 5未満 when asked', async () => {
    const res = await api.call(staff, '/api/staff/t/matsudo/report.csv?from=2026-06&to=2026-07&suppress=1');
    const records = (parse(await res.text(), { bom: true, columns: true, from_line: 2, relax_column_count: true }) as Record<string, string>[]).filter((x) => !x.期間?.startsWith('※'));
    const counts = records.filter((x) => !x.項目?.includes('率')).flatMap((x) => [x.件数, x.前年度同期間]);
    expect(counts).toContain('5未満');
    // 秘匿 (hidden to protect a 5未満 cell) is the other mark; staff-publish.test.ts checks what stands behind it.
    expect(counts.filter((v) => v !== '5未満' && v !== '秘匿' && v !== '記録なし').every((v) => Number(v) >= 5)).toBe(true);
  });

  it('says which parameter is wrong', async () => {
    for (const [query, words] of [
      ['', 'exactly one period'],
      ['fy=20x6', 'fy'],
      ['from=2026-06', 'to'],
      ['fy=2026&suppress=yes', 'suppress'],
      ['fy=2027', 'no complete day yet'],
      ['start=2026-11-30&end=2026-11-30', 'no complete day yet'],
    ]) {
      const res = await api.call(staff, `/api/staff/t/matsudo/report?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('invalid_query');
      expect(body.message).toContain(words);
    }
  });

  it('never lets one tenant’s staff see another tenant, and keeps tenants’ figures apart', async () => {
    const res = await api.call(admin, '/api/staff/t/kashiwa/report?fy=2026');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe('forbidden');
    expect((await api.call(staff, '/api/staff/t/kashiwa/report.csv?fy=2026')).status).toBe(403);
    const kashiwaViews = sent.filter((s) => s.tenant === 'kashiwa' && s.event.type === 'view').length;
    expect(kashiwaViews).toBeGreaterThan(0);
  });

  it('refuses without a token, and staff may not manage channels', async () => {
    expect((await api.app.request('/api/staff/t/matsudo/report?fy=2026')).status).toBe(401);
    const res = await api.call(staff, '/api/staff/t/matsudo/channels');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toContain('admin');
  });
});
