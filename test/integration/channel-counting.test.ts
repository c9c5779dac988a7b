/**
 * Channel tags through the public API against dynalite: a tag the tenant
 * registered (through the staff channel store) counts as itself, any other
 * as the one 未登録 bucket and is stored nowhere, a newly registered tag
 * counts once the cache window has passed, a failed tag read never fails an
 * event; 10,000 distinct made-up tags leave a day's read exactly as large as
 * no tags at all; and a scan of the whole table finds no key or attribute
 * name that joins a channel with a personal dimension or the page's language. Also: counters stored
 * under the older channel-keyed `V#<src>`, `S#<mode>#<src>` and `C#<mode>#<src>` keys still read and roll up, and markers
 * keep an expiry on the whole hour that still de-duplicates a late retry.
 */
import { UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, ALL_TOPICS, BANDS, DIRECT_SRC, GENDERS, MODES, UNREGISTERED_SRC, type Mode } from '../../shared/domain';
import { RELATIONSHIPS } from '../../shared/domain/relationships';
import { LANGS } from '../../shared/languages';
import { instrumentFor } from '../../shared/instruments/for-mode';
import { modeSpec } from '../../shared/modes';
import type { CountingEvent } from '../../shared/events';
import { createPublicApp } from '../../functions/public';
import { createDynamoChannelStore } from '../../functions/staff';
import { aggregate } from '../../functions/staff/report';
import { createDynamoCounterStore, createRegisteredTags, REGISTERED_TAGS_TTL_MS, SHARD_COUNT, type CounterRow, type RegisteredTags } from '../../functions/store';
import { counterPk, MARKER_TTL_SECONDS, markerKey } from '../../functions/store/keys';
import type { Dynamo } from '../../functions/dynamo';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { topicsForMode } from '../../shared/instruments/for-mode';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo('channel-counting');
});
afterAll(async () => {
  await dynamo?.close();
});

const store = () => createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
const channels = () => createDynamoChannelStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName });
const register = (tenant: string, tag: string) => channels().add(tenant, { tag, label: `経路 ${tag}`, kind: 'sticker', createdOn: '2026-06-01' });

/** The public app counting at `at`, learning tags through `tags` (its own cache and clock). */
const appAt = (at: Date, tags: RegisteredTags = createRegisteredTags({ dynamo: dynamo.dynamo, tableName: dynamo.tableName })) =>
  createPublicApp({ store: store(), registeredTags: tags, clock: () => at });
const post = async (app: ReturnType<typeof appAt>, tenant: string, event: CountingEvent) => {
  const res = await app.request(`/api/t/${tenant}/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
  return res.status;
};

const completion = (mode: Mode, i: number, src?: string): CountingEvent => ({
  type: 'complete',
  id: crypto.randomUUID(),
  mode,
  ageBand: modeSpec(mode).fixedAgeBand ?? (AGE_BANDS[i % AGE_BANDS.length] as (typeof AGE_BANDS)[number]),
  // A mode about someone else (家族) asks no gender and says who the other person is.
  gender: modeSpec(mode).aboutOther ? 'na' : (GENDERS[i % GENDERS.length] as (typeof GENDERS)[number]),
  band: instrumentFor(mode).result.bands[i % instrumentFor(mode).result.bands.length]?.id as (typeof BANDS)[number],
  safetyFlag: i % 7 === 0,
  topics: topicsForMode(mode).slice(i % 3, (i % 3) + 1),
  ...(modeSpec(mode).aboutOther ? { relationship: RELATIONSHIPS[i % RELATIONSHIPS.length] as (typeof RELATIONSHIPS)[number] } : {}),
  ...(src ? { src } : {}),
});
/** Views, starts and completions over every mode. */
const eventAt = (i: number, src?: string): CountingEvent => {
  const mode = MODES[i % MODES.length] as Mode;
  const tag = src ? { src } : {};
  if (i % 3 === 0) return { type: 'view', id: crypto.randomUUID(), ...tag };
  if (i % 3 === 1) return { type: 'start', id: crypto.randomUUID(), mode, ...tag };
  return completion(mode, i, src);
};

const rowsOn = async (tenant: string, day: string) => (await store().readCounters(tenant, day, day)).rows;
const viewsFrom = (rows: CounterRow[], src: string) => rows.filter((r) => r.kind === 'view').reduce((n, r) => n + (r.channel[src] ?? 0), 0);
const completionsFrom = (rows: CounterRow[], src: string) => rows.filter((r) => r.kind === 'complete').reduce((n, r) => n + (r.channel[src] ?? 0), 0);
/** Every key and attribute name in the table, one string per item. */
const everyName = (items: Record<string, AttributeValue>[]) => items.map((item) => [item.pk?.S, item.sk?.S, ...Object.keys(item)].join(' '));

describe('channel tags', () => {
  it('counts a registered tag as itself and any other as 未登録, storing the other tag nowhere', async () => {
    await register('matsudo', 'sticker-a');
    const app = appAt(new Date('2026-06-01T03:00:00Z'));
    for (const src of ['sticker-a', 'emp-000123']) {
      expect(await post(app, 'matsudo', { type: 'view', id: crypto.randomUUID(), src })).toBe(202);
      expect(await post(app, 'matsudo', { type: 'start', id: crypto.randomUUID(), mode: 'self', src })).toBe(202);
      expect(await post(app, 'matsudo', completion('self', 1, src))).toBe(202);
    }
    const rows = await rowsOn('matsudo', '2026-06-01');
    expect(viewsFrom(rows, 'sticker-a')).toBe(1);
    expect(viewsFrom(rows, UNREGISTERED_SRC)).toBe(1);
    // One row per kind (and mode); the channel is a marginal beside the language (and a completion's age band), not a key.
    expect(rows.filter((r) => r.kind === 'view')).toMatchObject([{ count: 2, channel: { 'sticker-a': 1, [UNREGISTERED_SRC]: 1 }, language: { ja: 2 } }]);
    expect(rows.filter((r) => r.kind === 'start')).toMatchObject([{ mode: 'self', count: 2, channel: { 'sticker-a': 1, [UNREGISTERED_SRC]: 1 }, language: { ja: 2 } }]);
    const done = rows.filter((r) => r.kind === 'complete');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ mode: 'self', count: 2, channel: { 'sticker-a': 1, [UNREGISTERED_SRC]: 1 } });
    // Staff reports show it under 未登録, as before.
    const registered = new Set((await channels().list('matsudo')).map((c) => c.tag));
    expect(aggregate(rows, registered).completionsByChannel).toEqual({ 'sticker-a': 1, '?unregistered': 1 });
    expect(aggregate(rows, registered).viewsByChannel).toEqual({ 'sticker-a': 1, '?unregistered': 1 });
    expect(everyName(await dynamo.scanAll()).filter((names) => names.includes('emp-000123'))).toEqual([]);
  });

  it('counts a tag registered after the cache window as itself, and archived tags still as themselves', async () => {
    let now = 1_000_000;
    const tags = createRegisteredTags({ dynamo: dynamo.dynamo, tableName: dynamo.tableName, now: () => now });
    const app = appAt(new Date('2026-06-02T03:00:00Z'), tags);
    const view = () => post(app, 'matsudo', { type: 'view', id: crypto.randomUUID(), src: 'flyer-new' });
    expect(await view()).toBe(202);
    await register('matsudo', 'flyer-new');
    // Within the window the set read before stands; once it has passed, the new tag counts as itself.
    now += REGISTERED_TAGS_TTL_MS - 1;
    expect(await view()).toBe(202);
    now += 1;
    expect(await view()).toBe(202);
    await channels().setArchived('matsudo', 'flyer-new', '2026-06-02');
    now += REGISTERED_TAGS_TTL_MS;
    expect(await view()).toBe(202);
    const rows = await rowsOn('matsudo', '2026-06-02');
    expect(viewsFrom(rows, UNREGISTERED_SRC)).toBe(2);
    expect(viewsFrom(rows, 'flyer-new')).toBe(2);
  });

  it('never fails an event on a failed tag read: the last set read stands, and with none the tag counts as 未登録', async () => {
    await register('sample-town', 'school-x');
    let failing = false;
    const flaky: Dynamo = { call: (op, input) => (failing && op === 'GetItem' ? Promise.reject(new Error('simulated outage')) : dynamo.dynamo.call(op, input)) };
    let now = 5_000_000;
    const logged: string[] = [];
    const tags = createRegisteredTags({ dynamo: flaky, tableName: dynamo.tableName, now: () => now, log: (line) => logged.push(line) });
    const app = appAt(new Date('2026-06-03T03:00:00Z'), tags);
    const view = () => post(app, 'sample-town', { type: 'view', id: crypto.randomUUID(), src: 'school-x' });
    expect(await view()).toBe(202);
    failing = true;
    now += REGISTERED_TAGS_TTL_MS;
    expect(await view()).toBe(202);
    const cold = createRegisteredTags({ dynamo: flaky, tableName: dynamo.tableName, log: (line) => logged.push(line) });
    expect(await post(appAt(new Date('2026-06-03T03:00:00Z'), cold), 'sample-town', { type: 'view', id: crypto.randomUUID(), src: 'school-x' })).toBe(202);
    const rows = await rowsOn('sample-town', '2026-06-03');
    expect(viewsFrom(rows, 'school-x')).toBe(2);
    expect(viewsFrom(rows, UNREGISTERED_SRC)).toBe(1);
    expect(logged).toHaveLength(2);
    expect(logged.every((line) => line.includes('read failed (Error)'))).toBe(true);
  });

  it('keeps a day’s read as small under 10,000 distinct made-up tags as with no tags at all', async () => {
    const DAY = '2026-06-20';
    const app = appAt(new Date('2026-06-20T03:00:00Z'));
    const n = 10_000;
    const sends: (() => Promise<number>)[] = [];
    for (let i = 0; i < n; i++) {
      sends.push(() => post(app, 'matsudo', eventAt(i, `bogus-${i}`)));
      sends.push(() => post(app, 'sample-town', eventAt(i)));
    }
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(Array.from({ length: 32 }, async () => {
      while (next < sends.length) statuses.push(await (sends[next++] as () => Promise<number>)());
    }));
    expect(statuses.filter((status) => status !== 202)).toEqual([]);

    const bogus = await store().readCounters('matsudo', DAY, DAY);
    const none = await store().readCounters('sample-town', DAY, DAY);
    console.info(`one day, 10,000 events: ${bogus.itemsRead} items read with distinct bogus tags, ${none.itemsRead} with none`);
    expect(bogus.itemsRead).toBe(none.itemsRead);
    // Bounded by construction: per shard one view item, one start and one completion item per mode.
    expect(bogus.itemsRead).toBeLessThanOrEqual(SHARD_COUNT * (1 + 2 * MODES.length));
    // The same figures, the 未登録 bucket standing where the untagged events have none.
    const asUntagged = (rows: CounterRow[]) =>
      rows.map(({ channel, ...row }) => ({
        ...row,
        channel: Object.fromEntries(Object.entries(channel).map(([tag, count]) => [tag === UNREGISTERED_SRC ? DIRECT_SRC : tag, count])),
      }));
    expect(asUntagged(bogus.rows)).toEqual(asUntagged(none.rows));
    expect(bogus.rows.reduce((sum, row) => sum + row.count, 0)).toBe(n);
    expect(everyName(await dynamo.scanAll()).filter((names) => names.includes('bogus-'))).toEqual([]);
    // 20,000 transactions on an in-process dynalite: minutes on a busy 2-core machine.
  }, 600_000);
});

describe('the registered-tags item', () => {
  it('keeps every tag when admins register channels at the same moment, and is left alone by an edit', async () => {
    const tags = Array.from({ length: 6 }, (_, i) => `race-${i}`);
    await Promise.all([...tags.slice(0, 4).map((tag) => register('race-a', tag)), channels().addAll('race-a', tags.slice(4).map((tag) => ({ tag, label: tag, kind: 'flyer', createdOn: '2026-06-01' })))]);
    const item = async () => (await dynamo.scanAll()).find((i) => i.pk?.S === 'RT#race-a');
    expect((await item())?.tags?.SS?.sort()).toEqual(tags);
    const rev = (await item())?.rev?.N;
    await channels().update('race-a', 'race-0', { label: '新しい名前', kind: 'sticker' });
    expect((await item())?.rev?.N).toBe(rev);
  });
});

describe('counters stored under the older completion key', () => {
  it('read and roll up into their mode, their count into that channel', async () => {
    const tenant = 'legacy-a';
    const at = new Date('2026-05-10T03:00:00Z');
    // As the store wrote completions before: one item per mode and channel, with every dimension on it.
    const old = async (shard: number, src: string, attributes: Record<string, number>) =>
      dynamo.client.send(new UpdateItemCommand({
        TableName: dynamo.tableName,
        Key: { pk: { S: counterPk(tenant, '2026-05', shard) }, sk: { S: `10#C#self#${src}` } },
        UpdateExpression: `ADD ${Object.keys(attributes).map((_, i) => `#a${i} :v${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(Object.keys(attributes).map((name, i) => [`#a${i}`, name])),
        ExpressionAttributeValues: Object.fromEntries(Object.values(attributes).map((value, i) => [`:v${i}`, { N: String(value) }])),
      }));
    await old(3, 'sticker-a', { n: 3, a20s: 2, a30s: 1, gna: 3, blow: 3, h12: 3, f: 1, twork: 2 });
    await old(5, '-', { n: 2, a20s: 2, gmale: 2, bhigh: 2, h12: 2 });
    await store().record(tenant, { ...completion('self', 0), ageBand: '20s' } as CountingEvent, at);
    const expected = { kind: 'complete', mode: 'self', count: 6, channel: { 'sticker-a': 3, '-': 3 } };

    const raw = (await store().readCounters(tenant, '2026-05-10', '2026-05-10')).rows;
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ ...expected, ageBand: { '20s': 5, '30s': 1 }, safetyFlagged: 2, topic: { work: 2 } });
    await store().rollupDay(tenant, '2026-05-10', new Date('2026-06-10T00:00:00Z'));
    expect((await store().readCounters(tenant, '2026-05-10', '2026-05-10')).rows).toEqual(raw);
    await store().rollupMonth(tenant, '2026-05', new Date('2026-06-10T00:00:00Z'));
    const month = (await store().readCounters(tenant, '2026-05-01', '2026-05-31')).rows;
    expect(month).toEqual([{ ...raw[0], period: '2026-05' }]);
    // The rollups themselves are in today's shape: no completion item keyed by a channel.
    const rollupKeys = (await dynamo.scanAll()).filter((item) => /^[RD]#legacy-a#/.test(item.pk?.S ?? '')).map((item) => item.sk?.S);
    expect(rollupKeys.filter((sk) => /#C#self#/.test(sk ?? ''))).toEqual([]);
  });
});

describe('counters stored under the older view and start keys', () => {
  it('read and roll up as the one view item and the mode’s start item, their count under that channel and in 日本語', async () => {
    const tenant = 'legacy-v';
    const at = new Date('2026-05-11T03:00:00Z');
    // As the store wrote views and starts before languages were counted: keyed by channel, a count and its hours.
    const old = async (shard: number, kind: string, attributes: Record<string, number>) =>
      dynamo.client.send(new UpdateItemCommand({
        TableName: dynamo.tableName,
        Key: { pk: { S: counterPk(tenant, '2026-05', shard) }, sk: { S: `11#${kind}` } },
        UpdateExpression: `ADD ${Object.keys(attributes).map((_, i) => `#a${i} :v${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(Object.keys(attributes).map((name, i) => [`#a${i}`, name])),
        ExpressionAttributeValues: Object.fromEntries(Object.values(attributes).map((value, i) => [`:v${i}`, { N: String(value) }])),
      }));
    await old(2, 'V#sticker-a', { n: 4, h12: 4 });
    await old(7, 'V#-', { n: 1, h09: 1 });
    await old(2, 'S#teen#sticker-a', { n: 3, h12: 3 });
    await store().record(tenant, { type: 'view', id: crypto.randomUUID(), src: 'sticker-a', lang: 'vi' }, at);
    await store().record(tenant, { type: 'start', id: crypto.randomUUID(), mode: 'teen', lang: 'en' }, at);

    const raw = (await store().readCounters(tenant, '2026-05-11', '2026-05-11')).rows;
    expect(raw.map(({ kind, mode, count, channel, language }) => ({ kind, mode, count, channel, language }))).toEqual([
      { kind: 'start', mode: 'teen', count: 4, channel: { 'sticker-a': 3, '-': 1 }, language: { en: 1 } },
      { kind: 'view', mode: undefined, count: 6, channel: { 'sticker-a': 5, '-': 1 }, language: { vi: 1 } },
    ]);
    // What was stored without a language was a Japanese page (the only one there was).
    const figures = aggregate(raw, new Set(['sticker-a']));
    expect(figures.viewsByLanguage).toEqual({ ja: 5, vi: 1 });
    expect(figures.startsByLanguage).toEqual({ ja: 3, en: 1 });
    expect(figures.viewsByChannel).toEqual({ 'sticker-a': 5, '-': 1 });
    await store().rollupDay(tenant, '2026-05-11', new Date('2026-06-10T00:00:00Z'));
    expect((await store().readCounters(tenant, '2026-05-11', '2026-05-11')).rows).toEqual(raw);
    await store().rollupMonth(tenant, '2026-05', new Date('2026-06-10T00:00:00Z'));
    expect((await store().readCounters(tenant, '2026-05-01', '2026-05-31')).rows).toEqual(raw.map((row) => ({ ...row, period: '2026-05' })));
    const rollupKeys = (await dynamo.scanAll()).filter((item) => /^[RD]#legacy-v#/.test(item.pk?.S ?? '')).map((item) => (item.sk?.S ?? '').replace(/^[\d-]+#/, ''));
    expect([...new Set(rollupKeys)].sort()).toEqual(['DONE', 'S#teen', 'V']);
  });
});

describe('de-duplication markers', () => {
  it('expire on a whole hour, never sooner than three days on, and a retry just inside that still counts once', async () => {
    const at = new Date('2026-06-04T05:17:42.123Z');
    const event = completion('self', 2);
    expect((await store().record('marker-a', event, at)).outcome).toBe('counted');
    const marker = markerKey('marker-a', event.id);
    const item = (await dynamo.scanAll()).find((i) => i.pk?.S === marker.pk);
    expect(Object.keys(item ?? {}).sort()).toEqual(['expiresAt', 'pk', 'sk']);
    const expiresAt = Number(item?.expiresAt?.N);
    expect(expiresAt % 3600).toBe(0);
    expect(expiresAt * 1000).toBeGreaterThanOrEqual(at.getTime() + MARKER_TTL_SECONDS * 1000);
    expect(expiresAt * 1000 - at.getTime()).toBeLessThan((MARKER_TTL_SECONDS + 3600) * 1000);
    const lateRetry = new Date(at.getTime() + MARKER_TTL_SECONDS * 1000 - 1000);
    expect((await store().record('marker-a', event, lateRetry)).outcome).toBe('duplicate');
  });
});

describe('the whole table', () => {
  it('holds no key or attribute name that joins a channel with language, age, gender, band, flag, topic, relationship or hour', async () => {
    const tags = new Set(['sticker-a', 'flyer-new', 'school-x', DIRECT_SRC, UNREGISTERED_SRC]);
    const hours = Array.from({ length: 24 }, (_, h) => `h${String(h).padStart(2, '0')}`);
    const langs = LANGS.map((l) => `l${l}`);
    const dims = new Set(['n', 'f', ...AGE_BANDS.map((a) => `a${a}`), ...GENDERS.map((g) => `g${g}`), ...BANDS.map((b) => `b${b}`), ...ALL_TOPICS.map((t) => `t${t}`), ...RELATIONSHIPS.map((r) => `r${r}`), ...langs, ...hours]);
    const isChannel = (name: string) => name.startsWith('c') && tags.has(name.slice(1));
    const problems: string[] = [];
    for (const item of await dynamo.scanAll()) {
      const pk = item.pk?.S ?? '';
      if (!/^[CDR]#/.test(pk)) continue;
      const sk = item.sk?.S ?? '';
      if (sk.endsWith('#DONE')) continue;
      const kind = pk.startsWith('R#') ? sk.slice(8) : sk.slice(3);
      const names = Object.keys(item).filter((name) => name !== 'pk' && name !== 'sk');
      // Written in the old, channel-keyed shape on purpose, above.
      if (/^[CDR]#legacy-[av]#/.test(pk) && /^(V#[^#]+|[SC]#[a-z]+#[^#]+)$/.test(kind)) continue;
      if (kind === 'V' || /^S#[a-z]+$/.test(kind)) {
        // A count, its hours, its languages and its channels, each a marginal of its own; nothing about the person.
        for (const name of names) if (name !== 'n' && !hours.includes(name) && !langs.includes(name) && !isChannel(name)) problems.push(`${pk} ${sk} ${name}`);
      } else if (kind.startsWith('C#')) {
        if (!/^C#[a-z]+$/.test(kind)) problems.push(`${pk} ${sk}: completion keyed by more than its mode`);
        for (const name of names) if (!dims.has(name) && !isChannel(name)) problems.push(`${pk} ${sk} ${name}`);
      } else if (kind.startsWith('V') || kind.startsWith('S')) {
        problems.push(`${pk} ${sk}: view or start keyed by more than its kind and mode`);
      }
    }
    expect(problems).toEqual([]);
  });
});
