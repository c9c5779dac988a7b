/**
 * @module
 * Outreach channels as issue 11 asks for them, through the staff API on
 * dynalite: kind, copies handed out and places; editing everything but the
 * tag; archiving instead of deleting (history stays under the channel, never
 * 未登録; no new QR codes until restored); a CSV import of 31 schools that is
 * all or nothing; and the report's per-channel completion rate, accesses per
 * 100 copies and totals by kind, checked against the events sent — with the
 * published (公表用) figures never letting a rate give back a hidden count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountingEvent } from '../../shared/events';
import type { Report } from '../../functions/staff/report';
import { COMPLEMENT_SUPPRESSED, isHidden, SUPPRESSED } from '../../functions/staff/report';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

const NOW = new Date('2026-12-01T03:00:00Z');
const base = '/api/staff/t/matsudo/channels';
const json = { 'content-type': 'application/json' };

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let admin: string;
let staff: string;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => NOW);
  admin = await api.signIn('admin@matsudo');
  staff = await api.signIn('staff@matsudo');
});
afterAll(async () => dynamo?.close());

const send = (token: string, path: string, method: string, body?: unknown) =>
  api.call(token, path, { method, headers: json, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const channelItems = async () => ((await dynamo.scanAll()).filter(notAudit)).filter((i) => i.pk?.S === 'CH#matsudo');
const getReport = async (query: string): Promise<Report> => {
  const res = await api.call(staff, `/api/staff/t/matsudo/report?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
};
const section = (report: Report, id: string) => report.sections.find((s) => s.id === id);
const lineOf = (report: Report, id: string, key: string) => section(report, id)?.lines.find((l) => l.key === key);

/** `n` events of one kind on one day from one channel. */
const record = async (n: number, src: string | undefined, type: 'view' | 'complete', day: string) => {
  const at = new Date(`${day}T12:00:00+09:00`);
  const event = (): CountingEvent =>
    type === 'view'
      ? { type: 'view', id: crypto.randomUUID(), ...(src ? { src } : {}) }
      : { type: 'complete', id: crypto.randomUUID(), mode: 'self', ageBand: '30s', gender: 'na', band: 'low', safetyFlag: false, topics: [], ...(src ? { src } : {}) };
  await Promise.all(Array.from({ length: n }, () => api.store.record('matsudo', event(), at)));
};

/** The audit trail records a refused admin action (403) by design; everything else must stay untouched. */
const notAudit = (item: Record<string, { S?: string }>) => !item.pk?.S?.startsWith('AU#');

describe('channel fields, editing and archiving', () => {
  it('registers a flyer with copies and places, and edits its label, kind and counts but never its tag', async () => {
    const created = await send(admin, base, 'POST', { tag: 'flyer-city', label: '市内配布チラシ', kind: 'flyer', quantity: 13157, places: 47 });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { channel: object }).channel).toMatchObject({ tag: 'flyer-city', kind: 'flyer', quantity: 13157, places: 47, createdOn: '2026-12-01' });
    expect(await channelItems()).toContainEqual(expect.objectContaining({ sk: { S: 'flyer-city' }, quantity: { N: '13157' }, places: { N: '47' } }));

    const edited = await send(admin, `${base}/flyer-city`, 'PUT', { label: '市内47か所配布チラシ', kind: 'flyer', quantity: 13200, places: 47 });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { channel: object }).channel).toMatchObject({ tag: 'flyer-city', label: '市内47か所配布チラシ', quantity: 13200, createdOn: '2026-12-01' });
    // A tag in the body is refused: printed codes carry it, so it cannot change.
    const before = (await dynamo.scanAll()).filter(notAudit);
    expect((await send(admin, `${base}/flyer-city`, 'PUT', { tag: 'other', label: 'x', kind: 'flyer' })).status).toBe(400);
    expect((await send(admin, `${base}/flyer-city`, 'PUT', { label: 'x', kind: 'flyer', quantity: -1 })).status).toBe(400);
    expect((await send(admin, `${base}/flyer-city`, 'PUT', { label: 'x', kind: 'flyer', places: 1.5 })).status).toBe(400);
    expect((await dynamo.scanAll()).filter(notAudit)).toEqual(before);
    expect((await send(admin, `${base}/nope`, 'PUT', { label: 'x', kind: 'web' })).status).toBe(404);
    // Leaving the counts out clears them (a web page has no copies).
    const cleared = await send(admin, `${base}/flyer-city`, 'PUT', { label: '市内47か所配布チラシ', kind: 'sns' });
    expect(((await cleared.json()) as { channel: Record<string, unknown> }).channel).not.toHaveProperty('quantity');
    await send(admin, `${base}/flyer-city`, 'PUT', { label: '市内47か所配布チラシ', kind: 'flyer', quantity: 13157, places: 47 });
  });

  it('archives instead of deleting: the history stays under the channel, marked, and its QR code is refused until restored', async () => {
    expect((await send(admin, base, 'POST', { tag: 'sticker-old', label: '旧庁舎トイレ ステッカー', kind: 'sticker' })).status).toBe(201);
    await record(7, 'sticker-old', 'view', '2026-05-10');
    await record(2, 'sticker-old', 'complete', '2026-05-10');
    expect((await api.call(admin, `${base}/sticker-old`, { method: 'DELETE' })).status).toBe(404);

    const archived = await send(admin, `${base}/sticker-old/archive`, 'POST');
    expect(archived.status).toBe(200);
    expect(((await archived.json()) as { channel: object }).channel).toMatchObject({ tag: 'sticker-old', archivedOn: '2026-12-01' });
    expect(await channelItems()).toContainEqual(expect.objectContaining({ sk: { S: 'sticker-old' }, archivedOn: { S: '2026-12-01' } }));
    // Codes still on the wall keep counting as this channel.
    await record(3, 'sticker-old', 'view', '2026-11-20');

    const report = await getReport('fy=2026');
    expect(lineOf(report, 'viewsByChannel', 'sticker-old')).toMatchObject({ label: '旧庁舎トイレ ステッカー（アーカイブ済み）', current: 10 });
    expect(lineOf(report, 'completionsByChannel', 'sticker-old')).toMatchObject({ current: 2 });
    expect(lineOf(report, 'viewsByChannel', '?unregistered')).toMatchObject({ current: 0 });
    expect(section(report, 'viewsByChannel')?.channels).toContainEqual({ key: 'sticker-old', kind: 'sticker', archived: true });

    expect((await api.call(staff, `${base}/sticker-old/qr.svg`)).status).toBe(409);
    expect(((await (await api.call(admin, `${base}/sticker-old/qr.svg`)).json()) as { error: string }).error).toBe('archived');
    // A second archive keeps the day it was retired; restoring brings the QR code back.
    expect((await send(admin, `${base}/sticker-old/archive`, 'POST')).status).toBe(200);
    const restored = await send(admin, `${base}/sticker-old/restore`, 'POST');
    expect(((await restored.json()) as { channel: Record<string, unknown> }).channel).not.toHaveProperty('archivedOn');
    expect((await api.call(staff, `${base}/sticker-old/qr.svg`)).status).toBe(200);
    await send(admin, `${base}/sticker-old/archive`, 'POST');
    expect((await send(admin, `${base}/nope/archive`, 'POST')).status).toBe(404);
  });

  it('never loses an archive to an edit made at the same moment (each write is conditioned on the revision it read)', async () => {
    await api.channels.add('matsudo', { tag: 'race', label: '同時編集', kind: 'flyer', createdOn: '2026-12-01' });
    await Promise.all([
      api.channels.setArchived('matsudo', 'race', '2026-12-01'),
      api.channels.update('matsudo', 'race', { label: '同時編集（修正）', kind: 'flyer', quantity: 500 }),
      api.channels.update('matsudo', 'race', { label: '同時編集（修正）', kind: 'flyer', quantity: 500, places: 5 }),
    ]);
    const stored = (await api.channels.list('matsudo')).find((ch) => ch.tag === 'race');
    expect(stored).toMatchObject({ label: '同時編集（修正）', quantity: 500, archivedOn: '2026-12-01' });
    expect((await channelItems()).find((i) => i.sk?.S === 'race')?.rev).toEqual({ N: '4' });
  });

  it('keeps staff to QR codes: every admin route answers 403 and writes nothing', async () => {
    const before = (await dynamo.scanAll()).filter(notAudit);
    for (const [path, method, body] of [
      [base, 'GET', undefined],
      [base, 'POST', { tag: 'x', label: 'x', kind: 'web' }],
      [`${base}/import`, 'POST', { csv: 'x,x,web' }],
      [`${base}/flyer-city`, 'PUT', { label: 'x', kind: 'web' }],
      [`${base}/flyer-city/archive`, 'POST', undefined],
      [`${base}/sticker-old/restore`, 'POST', undefined],
    ] as const) {
      expect((await send(staff, path, method, body)).status, `${method} ${path}`).toBe(403);
    }
    expect((await dynamo.scanAll()).filter(notAudit)).toEqual(before);
  });
});

describe('CSV import', () => {
  const schools = Array.from({ length: 31 }, (_, i) => `school-${String(i + 1).padStart(2, '0')},市立第${i + 1}中学校 クリアファイル,学校配布物,${i === 30 ? 196 : 220},1`);

  it('refuses a file with one bad row with 400, every problem by line, and saves nothing', async () => {
    const before = (await dynamo.scanAll()).filter(notAudit);
    const bad = ['tag,label,kind,quantity,places', ...schools.slice(0, 10), 'school-bad,第十一中学校,clearfile,220,1', ...schools.slice(10)].join('\r\n');
    const res = await send(admin, `${base}/import`, 'POST', { csv: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('invalid_import');
    expect(body.issues).toEqual([{ path: 'line 12', message: expect.stringMatching(/^12行目：種類は/) }]);
    expect((await dynamo.scanAll()).filter(notAudit)).toEqual(before);
    // A tag already registered (archived ones too) refuses the file as well.
    const taken = await send(admin, `${base}/import`, 'POST', { csv: [...schools, 'sticker-old,x,sticker'].join('\n') });
    expect(taken.status).toBe(400);
    expect(((await taken.json()) as { message: string }).message).toContain('32行目：タグ「sticker-old」はすでに登録されています');
    expect((await dynamo.scanAll()).filter(notAudit)).toEqual(before);
    expect((await send(admin, `${base}/import`, 'POST', { text: 'x' })).status).toBe(400);
  });

  it('registers all 31 schools in one go, 6,796 clear files to 31 places', async () => {
    const res = await send(admin, `${base}/import`, 'POST', { csv: `tag,label,kind,quantity,places\n${schools.join('\n')}\n` });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { channels: { tag: string; quantity?: number; url: string }[] };
    expect(body.channels).toHaveLength(31);
    expect(body.channels.reduce((n, ch) => n + (ch.quantity ?? 0), 0)).toBe(6796);
    expect(body.channels[0]?.url).toBe('https://kokoro.example.jp/t/matsudo/?src=school-01');
    const list = (await (await api.call(admin, base)).json()) as { channels: { tag: string }[] };
    expect(list.channels.filter((c) => c.tag.startsWith('school-'))).toHaveLength(31);
    // The same file again: every tag is taken now, and nothing changes.
    const before = (await dynamo.scanAll()).filter(notAudit);
    expect((await send(admin, `${base}/import`, 'POST', { csv: schools.join('\n') })).status).toBe(400);
    expect((await dynamo.scanAll()).filter(notAudit)).toEqual(before);
  });

  it('is all or nothing in the store too: a tag taken between the check and the write cancels every row', async () => {
    const before = (await api.channels.list('matsudo')).length;
    const rows = ['late-a', 'flyer-city', 'late-b'].map((tag) => ({ tag, label: tag, kind: 'web' as const, createdOn: '2026-12-01' }));
    await expect(api.channels.addAll('matsudo', rows)).rejects.toMatchObject({ name: 'ChannelExistsError', tag: 'flyer-city' });
    expect((await api.channels.list('matsudo')).length).toBe(before);
  });
});

describe('channel figures in the report', () => {
  beforeAll(async () => {
    await send(admin, base, 'POST', { tag: 'web-koho', label: '広報まつど ウェブ版', kind: 'web' });
    // 令和8年度 (2026-04-01..2026-11-30) and the same days of 令和7年度.
    await record(400, 'flyer-city', 'view', '2026-06-15');
    await record(100, 'flyer-city', 'complete', '2026-06-15');
    await record(200, 'flyer-city', 'view', '2025-06-15');
    await record(40, 'flyer-city', 'complete', '2025-06-15');
    await record(60, 'school-01', 'view', '2026-07-01');
    await record(30, 'school-01', 'complete', '2026-07-01');
    await record(50, 'school-02', 'view', '2026-07-01');
    await record(20, 'school-02', 'complete', '2026-07-01');
    await record(3, 'school-03', 'view', '2026-07-01');
    await record(80, 'web-koho', 'view', '2026-08-01');
    await record(9, 'web-koho', 'complete', '2026-08-01');
    await record(25, undefined, 'view', '2026-08-01');
    await record(12, undefined, 'complete', '2026-08-01');
  });

  it('gives each channel its completion rate, last year, and accesses per 100 copies; kinds add up', async () => {
    const report = await getReport('fy=2026');
    expect(report.period).toMatchObject({ start: '2026-04-01', end: '2026-11-30' });
    expect(lineOf(report, 'viewsByChannel', 'flyer-city')).toMatchObject({ current: 400, previous: 200, change: 200, changeRate: 100 });
    expect(lineOf(report, 'completionRateByChannel', 'flyer-city')).toMatchObject({ current: 25, previous: 20, change: 5 });
    // 400 accesses from 13,157 flyers: 3.0 per 100.
    expect(lineOf(report, 'viewsPer100ByChannel', 'flyer-city')).toMatchObject({ label: '市内47か所配布チラシ（13,157部）', current: 3 });
    // A web page has no copies: no per-100 row.
    expect(lineOf(report, 'viewsPer100ByChannel', 'web-koho')).toBeUndefined();
    expect(lineOf(report, 'completionRateByChannel', 'web-koho')).toMatchObject({ current: 11.3 });

    // 31 schools, 6,796 clear files: 113 accesses, 50 completions.
    expect(lineOf(report, 'viewsByChannelKind', 'school')).toMatchObject({ label: '学校配布物計', current: 113, previous: 0 });
    expect(lineOf(report, 'completionsByChannelKind', 'school')).toMatchObject({ label: '学校配布物計', current: 50 });
    expect(lineOf(report, 'completionRateByChannelKind', 'school')).toMatchObject({ current: 44.2 });
    expect(lineOf(report, 'viewsPer100ByChannelKind', 'school')).toMatchObject({ label: '学校配布物計（6,796部）', current: 1.7 });
    expect(lineOf(report, 'viewsByChannelKind', 'sticker')).toMatchObject({ label: 'ステッカー計', current: 10 });
    // Every channel is a sticker, flyer, school or web page here: no row for SNS or その他, which cannot have counts.
    expect(section(report, 'viewsByChannelKind')?.lines.map((l) => l.key)).toEqual(['sticker', 'flyer', 'school', 'web']);
    const kindViews = section(report, 'viewsByChannelKind')?.lines.reduce((n, l) => n + Number(l.current), 0) ?? 0;
    expect(kindViews + Number(lineOf(report, 'viewsByChannel', '-')?.current) + Number(lineOf(report, 'viewsByChannel', '?unregistered')?.current)).toBe(
      lineOf(report, 'summary', 'views')?.current,
    );
    expect(section(report, 'viewsByChannel')?.channels).toContainEqual({ key: 'flyer-city', kind: 'flyer', quantity: 13157, places: 47, archived: false });
  });

  it('publishes no rate that gives back a hidden count, and the CSV carries every channel section', async () => {
    const report = await getReport('fy=2026&suppress=1');
    // school-03: 3 accesses, 5未満; its rate is withheld.
    expect(lineOf(report, 'viewsByChannel', 'school-03')).toMatchObject({ current: SUPPRESSED });
    expect(lineOf(report, 'completionRateByChannel', 'school-03')).toMatchObject({ current: COMPLEMENT_SUPPRESSED, change: null });
    expect(lineOf(report, 'viewsPer100ByChannel', 'school-03')).toMatchObject({ current: COMPLEMENT_SUPPRESSED });
    for (const [rates, views, completions] of [
      ['completionRateByChannel', 'viewsByChannel', 'completionsByChannel'],
      ['completionRateByChannelKind', 'viewsByChannelKind', 'completionsByChannelKind'],
    ] as const) {
      for (const rate of section(report, rates)?.lines ?? []) {
        for (const column of ['current', 'previous'] as const) {
          const parts = [lineOf(report, views, rate.key)?.[column], lineOf(report, completions, rate.key)?.[column]];
          if (parts.some((cell) => cell === undefined || isHidden(cell))) expect(rate[column], `${rates} ${rate.key} ${column}`).toBe(COMPLEMENT_SUPPRESSED);
          else expect(typeof rate[column]).toBe('number');
        }
      }
    }
    // In every kind group, a lone hidden cell would be given back by the kind total: never exactly one.
    for (const id of ['viewsByChannel', 'completionsByChannel'] as const) {
      const kinds = section(report, id)?.channels ?? section(report, 'viewsByChannel')?.channels ?? [];
      for (const kind of new Set(kinds.map((k) => k.kind))) {
        const total = lineOf(report, id === 'viewsByChannel' ? 'viewsByChannelKind' : 'completionsByChannelKind', kind);
        const members = kinds.filter((k) => k.kind === kind).map((k) => lineOf(report, id, k.key));
        for (const column of ['current', 'previous'] as const) {
          expect([total, ...members].filter((l) => l && isHidden(l[column])).length, `${id} ${kind} ${column}`).not.toBe(1);
        }
      }
    }

    const csv = await (await api.call(staff, '/api/staff/t/matsudo/report.csv?fy=2026')).text();
    for (const title of ['チェック完了率（経路別・完了数÷アクセス数、%）', 'アクセス数（経路別・配布100部あたり、部数は登録値）', 'アクセス数（経路の種類別）', 'チェック完了数（経路の種類別）']) {
      expect(csv, title).toContain(title);
    }
    expect(csv).toMatch(/チェック完了率（経路別・完了数÷アクセス数、%）,市内47か所配布チラシ,25,20,5,,/);
    expect(csv).toMatch(/アクセス数（経路の種類別）,学校配布物計,113,0,113,,/);
  });
});
