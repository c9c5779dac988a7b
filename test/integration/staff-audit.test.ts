/**
 * @module
 * The staff audit trail through the staff API on dynalite: each audited
 * request leaves exactly one entry naming the signed-in account, its role,
 * the action, what it was done to and the answer's status; entries expire
 * after the retention; nothing about a resident or the caller's connection
 * is stored; only the tenant's admins read the trail, newest first; a store
 * that cannot take the entry costs the admin nothing but leaves a log line
 * with the metric, and a lost answer to the put never stores it twice.
 */
import { createDynamoExclusionStore } from '../../functions/staff/exclusions';
import { createDynamoPlausibilityStore } from '../../functions/plausibility';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteJwks } from '../../functions/auth';
import { createDevIssuerApp, DEV_ACCOUNTS, generateSigningKey, type DevAccount } from '../../functions/auth/dev-issuer';
import type { Dynamo } from '../../functions/dynamo';
import { createDynamoAuditStore, createDynamoChannelStore, createStaffApp, type AuditStore } from '../../functions/staff';
import { AUDIT_FAILURE_METRIC, AUDIT_RETENTION_DAYS, type AuditPage } from '../../functions/staff/audit';
import { createDynamoCounterStore } from '../../functions/store';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';

const ISSUER = 'http://localhost:8787/auth/dev';
const AUDIENCE = 'kokoro-check-dev';
const ACCOUNTS: DevAccount[] = [
  ...DEV_ACCOUNTS,
  { username: 'admin@sample-town', password: 'x', subject: '00000000-0000-4000-8000-0000000000a3', grants: [{ tenant: 'sample-town', role: 'admin' }] },
];
const subjectOf = (username: string) => ACCOUNTS.find((a) => a.username === username)?.subject;
const STORED_ATTRIBUTES = ['action', 'actor', 'at', 'expiresAt', 'pk', 'role', 'sk', 'status', 'target', 'username'];
const TARGET_KEYS = ['format', 'kind', 'lang', 'month', 'period', 'size', 'tag'];
const json = { 'content-type': 'application/json' };
/** What a browser would send about the person's connection; none of it may reach the trail. */
const CONNECTION = { 'user-agent': 'Mozilla/5.0 (iPhone) AuditProbeAgent', 'x-forwarded-for': '203.0.113.77', referer: 'https://kokoro.example.jp/t/matsudo/?src=probe' };

type Item = Record<string, AttributeValue>;

let dynamo: TestDynamo;
let issuer: ReturnType<typeof createDevIssuerApp>;
// Every request a second later, so "newest first" has an order to keep.
let clock = Date.parse('2026-06-01T00:00:00Z');
const now = () => new Date((clock += 1000));

const buildApp = (audit: AuditStore, auditLog?: (line: string) => void) =>
  createStaffApp({
    store: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }),
    exclusions: createDynamoExclusionStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }),
    plausibility: createDynamoPlausibilityStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName, counters: createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }) }),
    channels: createDynamoChannelStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }),
    audit,
    ...(auditLog ? { auditLog } : {}),
    auth: { issuer: ISSUER, audience: AUDIENCE, keySource: remoteJwks({ url: `${ISSUER}/.well-known/jwks.json`, fetch: async (url) => issuer.request(url.replace(ISSUER, '')) }) },
    siteOrigin: 'https://kokoro.example.jp',
    now,
  });

let app: ReturnType<typeof buildApp>;
const tokens: Record<string, string> = {};
const signIn = async (username: string) => {
  const password = ACCOUNTS.find((a) => a.username === username)?.password;
  const res = await issuer.request('/token', { method: 'POST', body: JSON.stringify({ username, password }) });
  return ((await res.json()) as { id_token: string }).id_token;
};
const call = async (target: { request: typeof app.request }, username: string, path: string, init: RequestInit = {}): Promise<Response> =>
  target.request(path, { ...init, headers: { authorization: `Bearer ${tokens[username]}`, ...CONNECTION, ...(init.headers as Record<string, string>) } });

const auditItems = async (tenant = 'matsudo'): Promise<Item[]> => (await dynamo.scanAll()).filter((i) => i.pk?.S?.startsWith(`AU#${tenant}#`));
/** Runs the request and returns the audit items it added. */
const added = async (request: () => Promise<Response>, tenant = 'matsudo'): Promise<{ res: Response; items: Item[] }> => {
  const before = new Set((await auditItems(tenant)).map((i) => i.sk?.S));
  const res = await request();
  const items = (await auditItems(tenant)).filter((i) => !before.has(i.sk?.S));
  return { res, items };
};
const plain = (item: Item) => ({
  actor: item.actor?.S,
  username: item.username?.S,
  role: item.role?.S,
  action: item.action?.S,
  target: Object.fromEntries(Object.entries(item.target?.M ?? {}).map(([k, v]) => [k, v.S])),
  status: Number(item.status?.N),
});

beforeAll(async () => {
  dynamo = await startTestDynamo();
  issuer = createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key: await generateSigningKey(), accounts: ACCOUNTS });
  app = buildApp(createDynamoAuditStore({ dynamo: dynamo.dynamo, tableName: dynamo.tableName }));
  for (const account of ACCOUNTS) tokens[account.username] = await signIn(account.username);
});
afterAll(async () => dynamo?.close());

describe('what each audited request writes', () => {
  const base = '/api/staff/t/matsudo';
  const staff = 'staff@matsudo';
  const admin = 'admin@matsudo';

  it.each([
    ['a report viewed', staff, `${base}/report?fy=2026`, {}, { action: 'report.view', role: 'staff', target: { period: '2026-04-01/2026-05-31', kind: 'full' }, status: 200 }],
    ['the 公表用 report viewed', staff, `${base}/report?from=2026-04&to=2026-05&suppress=1`, {}, { action: 'report.view', role: 'staff', target: { period: '2026-04-01/2026-05-31', kind: 'public' }, status: 200 }],
    ['the 庁内用 CSV', staff, `${base}/report.csv?fy=2026`, {}, { action: 'report.csv', role: 'staff', target: { period: '2026-04-01/2026-05-31', kind: 'full' }, status: 200 }],
    ['the 公表用 CSV', admin, `${base}/report.csv?start=2026-05-01&end=2026-05-31&suppress=1`, {}, { action: 'report.csv', role: 'admin', target: { period: '2026-05-01/2026-05-31', kind: 'public' }, status: 200 }],
    ['a channel registered', admin, `${base}/channels`, { method: 'POST', headers: json, body: JSON.stringify({ tag: 'flyer-hellowork', label: 'ハローワーク チラシ', kind: 'flyer' }) }, { action: 'channel.add', role: 'admin', target: { tag: 'flyer-hellowork' }, status: 201 }],
    ['its QR code downloaded by staff', staff, `${base}/channels/flyer-hellowork/qr.svg?size=a4`, {}, { action: 'qr.download', role: 'staff', target: { tag: 'flyer-hellowork', format: 'svg', size: 'a4', lang: 'ja' }, status: 200 }],
    ['its QR code for the Chinese page', staff, `${base}/channels/flyer-hellowork/qr.svg?size=sticker&lang=zh`, {}, { action: 'qr.download', role: 'staff', target: { tag: 'flyer-hellowork', format: 'svg', size: 'sticker', lang: 'zh' }, status: 200 }],
    ['a channel registration refused to staff', staff, `${base}/channels`, { method: 'POST', headers: json, body: JSON.stringify({ tag: 'sticker-x', label: 'x', kind: 'sticker' }) }, { action: 'channel.add', role: 'staff', target: { tag: 'sticker-x' }, status: 403 }],
    ['a channel edited', admin, `${base}/channels/flyer-hellowork`, { method: 'PUT', headers: json, body: JSON.stringify({ label: 'ハローワーク松戸 チラシ', kind: 'flyer', quantity: 300 }) }, { action: 'channel.edit', role: 'admin', target: { tag: 'flyer-hellowork' }, status: 200 }],
    ['a channel archived', admin, `${base}/channels/flyer-hellowork/archive`, { method: 'POST' }, { action: 'channel.archive', role: 'admin', target: { tag: 'flyer-hellowork' }, status: 200 }],
    ['a channel restored', admin, `${base}/channels/flyer-hellowork/restore`, { method: 'POST' }, { action: 'channel.restore', role: 'admin', target: { tag: 'flyer-hellowork' }, status: 200 }],
    ['channels imported', admin, `${base}/channels/import`, { method: 'POST', headers: json, body: JSON.stringify({ csv: 'school-a,市立A中学校,school,120,1\r\n' }) }, { action: 'channel.import', role: 'admin', target: {}, status: 201 }],
  ])('%s: exactly one entry with the account, action, target and status', async (_what, username, path, init, expected) => {
    const { res, items } = await added(() => call(app, username, path, init as RequestInit));
    expect(res.status).toBe(expected.status);
    expect(items).toHaveLength(1);
    expect(plain(items[0] as Item)).toEqual({ ...expected, actor: subjectOf(username), username });
  });

  it('stores each entry under AU#<tenant>#<Japan month>, expiring the retention after its time', async () => {
    const { items } = await added(() => call(app, staff, `${base}/report?fy=2026`));
    const item = items[0] as Item;
    const at = Date.parse(item.at?.S ?? '');
    expect(item.pk?.S).toBe('AU#matsudo#2026-06');
    expect(item.sk?.S).toMatch(new RegExp(`^${item.at?.S?.replaceAll('.', '\\.')}#[a-z0-9]{8}$`));
    expect(Number(item.expiresAt?.N)).toBe(Math.floor(at / 1000) + AUDIT_RETENTION_DAYS * 86_400);
  });

  it('leaves no entry for routes that are not audited, refusals that showed and changed nothing, nor sign-in failures', async () => {
    const refused = await added(() => call(app, staff, `${base}/report.csv?fy=1999`));
    expect(refused.res.status).toBe(400);
    expect(refused.items).toEqual([]);
    const unknownLang = await added(() => call(app, staff, `${base}/channels/flyer-hellowork/qr.svg?lang=fr`));
    expect(unknownLang.res.status).toBe(400);
    expect(unknownLang.items).toEqual([]);
    expect((await added(() => call(app, admin, `${base}/channels/nope/archive`, { method: 'POST' }))).items).toEqual([]);
    expect((await added(() => call(app, admin, `${base}/channels`))).items).toEqual([]);
    expect((await added(() => call(app, admin, `${base}/helplines`))).items).toEqual([]);
    expect((await added(async () => app.request(`${base}/report?fy=2026`, { headers: { authorization: 'Bearer nonsense' } }))).items).toEqual([]);
  });

  it('stores only the entry’s own fields — nothing about a resident or the connection', async () => {
    const items = await auditItems();
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(Object.keys(item).every((name) => STORED_ATTRIBUTES.includes(name)), Object.keys(item).join()).toBe(true);
      expect(Object.keys(item.target?.M ?? {}).every((name) => TARGET_KEYS.includes(name))).toBe(true);
    }
    const everything = JSON.stringify(items);
    for (const value of [...Object.values(CONNECTION), 'AuditProbeAgent', '203.0.113', 'probe', 'ハローワーク']) expect(everything).not.toContain(value);
  });
});

describe('GET /t/:tenant/audit', () => {
  it('refuses staff without the admin role, writing a refused audit.view', async () => {
    const { res, items } = await added(() => call(app, 'staff@matsudo', '/api/staff/t/matsudo/audit'));
    expect(res.status).toBe(403);
    expect(items.map(plain)).toEqual([{ actor: subjectOf('staff@matsudo'), username: 'staff@matsudo', role: 'staff', action: 'audit.view', target: { month: '2026-06' }, status: 403 }]);
  });

  it('gives admins the month’s entries newest first, in pages', async () => {
    const stored = (await auditItems()).map((i) => i.at?.S ?? '').sort().reverse();
    const res = await call(app, 'admin@matsudo', '/api/staff/t/matsudo/audit');
    expect(res.status).toBe(200);
    const page = (await res.json()) as AuditPage;
    expect(page).toMatchObject({ month: '2026-06', olderMonth: '2026-05', retentionDays: AUDIT_RETENTION_DAYS });
    expect(page.newerMonth).toBeUndefined();
    expect(page.entries.map((e) => e.at)).toEqual(stored);
    expect(page.entries.at(-1)).toMatchObject({ action: 'report.view', actor: subjectOf('staff@matsudo'), role: 'staff', target: { period: '2026-04-01/2026-05-31', kind: 'full' }, status: 200 });

    const first = (await (await call(app, 'admin@matsudo', '/api/staff/t/matsudo/audit?limit=3')).json()) as AuditPage;
    expect(first.entries).toHaveLength(3);
    expect(first.before).toBeDefined();
    const second = (await (await call(app, 'admin@matsudo', `/api/staff/t/matsudo/audit?limit=3&before=${encodeURIComponent(first.before ?? '')}`)).json()) as AuditPage;
    expect((second.entries[0]?.at ?? '') < (first.entries[2]?.at ?? '')).toBe(true);

    const may = (await (await call(app, 'admin@matsudo', '/api/staff/t/matsudo/audit?month=2026-05')).json()) as AuditPage;
    expect(may).toMatchObject({ month: '2026-05', entries: [], newerMonth: '2026-06' });
    expect((await call(app, 'admin@matsudo', '/api/staff/t/matsudo/audit?month=2026-13')).status).toBe(400);
    expect((await call(app, 'admin@matsudo', '/api/staff/t/matsudo/audit?limit=1000')).status).toBe(400);
  });

  it('shows another tenant’s admin nothing of this tenant, and leaves nothing in its trail', async () => {
    const outsider = 'admin@sample-town';
    const { res, items } = await added(() => call(app, outsider, '/api/staff/t/matsudo/audit'));
    expect(res.status).toBe(403);
    expect(items).toEqual([]);
    expect((await added(() => call(app, outsider, '/api/staff/t/matsudo/report.csv?fy=2026'))).items).toEqual([]);
    const own = await call(app, outsider, '/api/staff/t/sample-town/audit');
    expect(own.status).toBe(200);
    const page = (await own.json()) as AuditPage;
    expect(page.entries).toEqual([]);
    expect(JSON.stringify(page)).not.toContain('matsudo');
  });
});

describe('when the store cannot take the entry', () => {
  it('still answers the download, and logs the entry with the failure metric', async () => {
    const failing: AuditStore = { retentionDays: AUDIT_RETENTION_DAYS, record: async () => Promise.reject(Object.assign(new Error('down'), { name: 'AuditWriteError' })), list: async () => ({ entries: [] }) };
    const lines: string[] = [];
    const broken = buildApp(failing, (line: string) => lines.push(line));
    const { res, items } = await added(() => call(broken, 'staff@matsudo', '/api/staff/t/matsudo/report.csv?fy=2026'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('庁内用');
    expect(items).toEqual([]);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line[AUDIT_FAILURE_METRIC]).toBe(1);
    expect(line).toMatchObject({ tenant: 'matsudo', entry: { action: 'report.csv', actor: subjectOf('staff@matsudo'), target: { kind: 'full' }, status: 200 } });
  });

  it('stores an entry once when the first put landed but its answer was lost', async () => {
    let puts = 0;
    const losingFirstAnswer: Dynamo = {
      call: async (operation, input) => {
        const audited = operation === 'PutItem' && (input as { Item?: Item }).Item?.pk?.S?.startsWith('AU#');
        if (audited) puts += 1;
        // The retry's put meets the first copy's key and is refused by the condition; the store takes that as stored.
        const out = await dynamo.dynamo.call(operation, input);
        if (audited && puts === 1) throw Object.assign(new Error('socket hang up'), { name: 'DynamoError' });
        return out;
      },
    };
    const lines: string[] = [];
    const flaky = buildApp(createDynamoAuditStore({ dynamo: losingFirstAnswer, tableName: dynamo.tableName }), (line: string) => lines.push(line));
    const { res, items } = await added(() => call(flaky, 'admin@matsudo', '/api/staff/t/matsudo/report?fy=2026'));
    expect(res.status).toBe(200);
    expect(puts).toBe(2);
    expect(items.map(plain)).toEqual([{ actor: subjectOf('admin@matsudo'), username: 'admin@matsudo', role: 'admin', action: 'report.view', target: { period: '2026-04-01/2026-05-31', kind: 'full' }, status: 200 }]);
    expect(lines).toEqual([]);
  });
});
