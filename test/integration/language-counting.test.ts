/**
 * @module
 * The page language as a counted dimension, end to end against dynalite:
 * views, starts and completions in every language (and without one, as a
 * page cached before languages were counted sends them) go in through
 * `POST /api/t/:tenant/events`, and come out exactly in the staff report's
 * language sections, with 前年度同期間, and in the 庁内用 and 公表用 CSV
 * (5未満 where the other sections have it). An unknown language is refused
 * with 400 and counts nothing. The language never joins a channel: the
 * channel figures are the same whatever the language, and no stored name
 * holds both.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES } from '../../shared/domain';
import { DEFAULT_LANG, LANGS, type Lang } from '../../shared/languages';
import { LANGUAGE_LABELS_JA } from '../../shared/messages/ja/languages';
import type { CountingEvent } from '../../shared/events';
import { createPublicApp } from '../../functions/public';
import type { Report } from '../../functions/staff/report';
import { SUPPRESSED, SUPPRESSION_THRESHOLD } from '../../functions/staff/report/lines';
import { createRegisteredTags } from '../../functions/store';
import { sampleCompletion } from '../../scripts/sample-completion';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

/** Reports are asked on 2026-07-01 (JST): 令和8年度 so far is April–June 2026, against April–June 2025. */
const NOW = new Date('2026-07-01T03:00:00Z');
const THIS_YEAR = ['2026-04-10', '2026-05-20', '2026-06-30'];
const LAST_YEAR = ['2025-04-11', '2025-06-29'];

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

interface Sent {
  day: string;
  event: CountingEvent;
}

/** Counts chosen so the 公表用 figures have cells over and under 5 in each section. */
const PLAN: Record<'view' | 'start' | 'complete', Partial<Record<Lang | 'none', number>>> = {
  view: { ja: 23, none: 9, easy: 6, en: 2, zh: 11, vi: 4 },
  start: { ja: 12, none: 3, easy: 1, zh: 7, vi: 5 },
  complete: { ja: 8, none: 2, zh: 6, vi: 3, en: 1 },
};
/** Last year: pages before languages were counted (no `lang`), and a few in other languages. */
const LAST_PLAN: Record<'view' | 'start' | 'complete', Partial<Record<Lang | 'none', number>>> = {
  view: { none: 14, en: 5 },
  start: { none: 6 },
  complete: { none: 4, zh: 5 },
};

const eventsFor = (plan: typeof PLAN, days: readonly string[], seed: number): Sent[] => {
  const r = rng(seed);
  const sent: Sent[] = [];
  let i = 0;
  for (const [type, counts] of Object.entries(plan) as [keyof typeof PLAN, Partial<Record<Lang | 'none', number>>][]) {
    for (const [lang, n] of Object.entries(counts) as [Lang | 'none', number][]) {
      for (let k = 0; k < n; k++, i++) {
        const id = crypto.randomUUID();
        const mode = MODES[i % MODES.length] ?? 'self';
        const day = days[i % days.length] as string;
        const common = { id, ...(i % 3 === 0 ? {} : { src: i % 2 ? 'sticker-a' : 'flyer-b' }), ...(lang === 'none' ? {} : { lang }) };
        const event: CountingEvent =
          type === 'view'
            ? { type, ...common }
            : type === 'start'
              ? { type, mode, ...common }
              : { type, mode, ...sampleCompletion(mode, r), safetyFlag: false, ...common };
        sent.push({ day, event });
      }
    }
  }
  return sent;
};

const current = eventsFor(PLAN, THIS_YEAR, 3);
const previous = eventsFor(LAST_PLAN, LAST_YEAR, 4);

/** The truth from the events sent: by type and language, Japanese when none was sent. */
const truthOf = (sent: readonly Sent[], type: CountingEvent['type'], lang: Lang) =>
  sent.filter((s) => s.event.type === type && ('lang' in s.event && s.event.lang !== undefined ? s.event.lang : DEFAULT_LANG) === lang).length;

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let staff: string;

/** The public API counting at 10:00 JST of `day`. */
const post = (day: string, body: unknown) =>
  createPublicApp({ store: api.store, registeredTags: createRegisteredTags({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }), clock: () => new Date(`${day}T10:00:00+09:00`) }).request(
    '/api/t/matsudo/events',
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );

beforeAll(async () => {
  dynamo = await startTestDynamo('language-counting');
  api = await startStaffApi(dynamo, () => NOW);
  staff = await api.signIn('staff@matsudo');
  const admin = await api.signIn('admin@matsudo');
  for (const [tag, label] of [['sticker-a', '市役所1階トイレ ステッカー'], ['flyer-b', 'ハローワーク チラシ']]) {
    const res = await api.call(admin, '/api/staff/t/matsudo/channels', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tag, label, kind: 'sticker' }) });
    expect(res.status).toBe(201);
  }
  for (const s of [...current, ...previous]) expect((await post(s.day, s.event)).status).toBe(202);
  // Part of last year through a monthly rollup: the language rides through it like every other counter.
  await api.store.rollupMonth('matsudo', '2025-04', NOW);
}, 120_000);
afterAll(async () => dynamo?.close());

const SECTIONS = { view: 'viewsByLanguage', start: 'startsByLanguage', complete: 'completionsByLanguage' } as const;
const TITLES = { view: 'アクセス数（ページの言語別）', start: 'チェック開始数（ページの言語別）', complete: 'チェック完了数（ページの言語別）' } as const;

const report = async (suppress: boolean): Promise<Report> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report?fy=2026${suppress ? '&suppress=1' : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
};
const csvRows = async (suppress: boolean) => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report.csv?fy=2026${suppress ? '&suppress=1' : ''}`);
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  return parse(text, { from_line: 2, columns: true, relax_column_count: true }) as Record<string, string>[];
};
const shown = (n: number, suppress: boolean) => (suppress && n < SUPPRESSION_THRESHOLD ? SUPPRESSED : n);

describe('the page language through the events API', () => {
  it('gives views, starts and completions per language exactly, with the same period last year (older counts as 日本語)', async () => {
    const r = await report(false);
    for (const type of ['view', 'start', 'complete'] as const) {
      const lines = r.sections.find((s) => s.id === SECTIONS[type])?.lines ?? [];
      expect(lines.map((l) => [l.key, l.label, l.current, l.previous])).toEqual(
        LANGS.map((lang) => [lang, LANGUAGE_LABELS_JA[lang], truthOf(current, type, lang), truthOf(previous, type, lang)]),
      );
      // Every language together is the summary's figure.
      const total = r.sections.find((s) => s.id === 'summary')?.lines.find((l) => l.key === `${type === 'complete' ? 'completions' : `${type}s`}`);
      expect(total).toMatchObject({ current: current.filter((s) => s.event.type === type).length, previous: previous.filter((s) => s.event.type === type).length });
    }
    expect(r.sections.find((s) => s.id === 'viewsByLanguage')?.lines.find((l) => l.key === 'ja')).toMatchObject({ current: 32, previous: 14, change: 18 });
    // Channels are counted as before, whatever the language: never split by it.
    const byChannel = r.sections.find((s) => s.id === 'viewsByChannel')?.lines ?? [];
    const views = current.filter((s) => s.event.type === 'view');
    expect(byChannel.find((l) => l.key === 'sticker-a')?.current).toBe(views.filter((s) => 'src' in s.event && s.event.src === 'sticker-a').length);
    expect(byChannel.find((l) => l.key === '-')?.current).toBe(views.filter((s) => !('src' in s.event) || s.event.src === undefined).length);
  });

  it('writes the same figures into the 庁内用 CSV, and the 公表用 one with 5未満', async () => {
    for (const suppress of [false, true]) {
      const rows = await csvRows(suppress);
      for (const type of ['view', 'start', 'complete'] as const) {
        const section = rows.filter((row) => row['区分'] === TITLES[type]);
        expect(section.map((row) => [row['項目'], row['件数'], row['前年度同期間']])).toEqual(
          LANGS.map((lang) => [LANGUAGE_LABELS_JA[lang], String(shown(truthOf(current, type, lang), suppress)), String(shown(truthOf(previous, type, lang), suppress))]),
        );
      }
    }
    const notes = (await csvRows(true)).map((row) => row['期間'] ?? '').filter((cell) => cell.startsWith('※'));
    expect(notes.some((note) => note.includes('ページの言語別の数'))).toBe(true);
  });

  it.each([
    ['an unknown language', { type: 'view', id: crypto.randomUUID(), lang: 'fr' }],
    ['a tag in capitals', { type: 'start', id: crypto.randomUUID(), mode: 'self', lang: 'EN' }],
    ['an empty language', { type: 'view', id: crypto.randomUUID(), src: 'sticker-a', lang: '' }],
    ['a BCP 47 tag instead of the id', { type: 'view', id: crypto.randomUUID(), lang: 'zh-Hans' }],
    ['a number', { type: 'view', id: crypto.randomUUID(), lang: 1 }],
    ['a completion in Korean (not offered yet)', { type: 'complete', id: crypto.randomUUID(), mode: 'self', ageBand: '30s', gender: 'na', band: 'low', safetyFlag: false, topics: [], lang: 'ko' }],
  ])('refuses %s with 400 naming lang, counting nothing', async (_what, body) => {
    const before = await dynamo.scanAll();
    const res = await post('2026-06-30', body);
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(answer.error).toBe('invalid_event');
    expect(answer.issues.map((i) => i.path)).toEqual(['lang']);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('stores no name that joins a language with a channel, and no item keyed by either', async () => {
    const problems: string[] = [];
    for (const item of await dynamo.scanAll()) {
      const pk = item.pk?.S ?? '';
      if (!/^[CDR]#matsudo#/.test(pk)) continue;
      const sk = item.sk?.S ?? '';
      if (LANGS.some((lang) => sk.split('#').includes(lang)) || /#(sticker-a|flyer-b)$/.test(sk)) problems.push(sk);
      for (const name of Object.keys(item)) if (/^l/.test(name) && !LANGS.includes(name.slice(1) as Lang)) problems.push(`${sk} ${name}`);
    }
    expect(problems).toEqual([]);
  });
});
