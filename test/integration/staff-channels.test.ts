/**
 * @module
 * Outreach channels through the staff API on dynalite: registering and listing, refusals
 * that write nothing, and QR downloads decoded back to the channel URL.
 */
import { existsSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CJK_FONT_CANDIDATES } from '../../functions/staff/qr';
import { startTestDynamo, type TestDynamo } from './helpers/dynamo';
import { startStaffApi } from './helpers/staff';

let dynamo: TestDynamo;
let api: Awaited<ReturnType<typeof startStaffApi>>;
let admin: string;
const json = { 'content-type': 'application/json' };
const base = '/api/staff/t/matsudo/channels';

beforeAll(async () => {
  dynamo = await startTestDynamo();
  api = await startStaffApi(dynamo, () => new Date('2026-06-01T00:00:00Z'), SYSTEM_CJK_FONT_CANDIDATES.filter((f) => existsSync(f)).slice(0, 1));
  admin = await api.signIn('admin@matsudo');
});
afterAll(async () => dynamo?.close());

describe('outreach channels', () => {
  it('registers and lists a channel, stored under CH#<tenant>, and has no delete (channels are archived)', async () => {
    const created = await api.call(admin, base, { method: 'POST', headers: json, body: JSON.stringify({ tag: 'sticker-cityhall-1f', label: '市役所1階トイレ ステッカー', kind: 'sticker' }) });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      channel: { tag: 'sticker-cityhall-1f', label: '市役所1階トイレ ステッカー', kind: 'sticker', createdOn: '2026-06-01', url: 'https://kokoro.example.jp/t/matsudo/?src=sticker-cityhall-1f' },
    });
    expect((await dynamo.scanAll()).map((i) => [i.pk?.S, i.sk?.S])).toContainEqual(['CH#matsudo', 'sticker-cityhall-1f']);
    const again = await api.call(admin, base, { method: 'POST', headers: json, body: JSON.stringify({ tag: 'sticker-cityhall-1f', label: 'x', kind: 'flyer' }) });
    expect(again.status).toBe(409);
    const list = (await (await api.call(admin, base)).json()) as { channels: { tag: string }[] };
    expect(list.channels.map((c) => c.tag)).toEqual(['sticker-cityhall-1f']);
    expect((await api.call(admin, `${base}/sticker-cityhall-1f`, { method: 'DELETE' })).status).toBe(404);
    expect(list.channels).toHaveLength(1);
  });

  it.each([
    [{ tag: 'Bad Tag', label: 'x', kind: 'sticker' }, 'tag'],
    [{ tag: '-', label: 'x', kind: 'sticker' }, 'reserved'],
    [{ tag: 'ok', label: '', kind: 'sticker' }, 'label'],
    [{ tag: 'ok', label: 'a\nb', kind: 'sticker' }, 'control'],
    [{ tag: 'ok', label: 'x', kind: 'billboard' }, 'kind'],
    [{ tag: 'ok', label: 'x', kind: 'web', extra: 1 }, 'extra'],
  ])('refuses %j with a 400 naming the field, writing nothing', async (body, words) => {
    const before = await dynamo.scanAll();
    const res = await api.call(admin, base, { method: 'POST', headers: json, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(words);
    expect(await dynamo.scanAll()).toEqual(before);
  });

  it('downloads the QR code as SVG and PNG that decode to the channel URL', async () => {
    await api.call(admin, base, { method: 'POST', headers: json, body: JSON.stringify({ tag: 'flyer-hellowork', label: 'ハローワーク チラシ', kind: 'flyer' }) });
    const svg = await api.call(admin, `${base}/flyer-hellowork/qr.svg?size=a4`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.headers.get('content-disposition')).toContain('qr-matsudo-flyer-hellowork-a4.svg');
    expect(await svg.text()).toContain('ハローワーク チラシ</text>');
    const png = await api.call(admin, `${base}/flyer-hellowork/qr.png?size=sticker`);
    expect(png.status).toBe(200);
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe('https://kokoro.example.jp/t/matsudo/?src=flyer-hellowork');
    expect((await api.call(admin, `${base}/flyer-hellowork/qr.svg?size=poster`)).status).toBe(400);
    // A page language: the code opens /t/<id>/<lang>/ with the same tag, and the file says which language it is for.
    const vi = await api.call(admin, `${base}/flyer-hellowork/qr.png?size=sticker&lang=vi`);
    expect(vi.status).toBe(200);
    expect(vi.headers.get('content-disposition')).toContain('qr-matsudo-flyer-hellowork-vi-sticker.png');
    const viImage = PNG.sync.read(Buffer.from(await vi.arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(viImage.data), viImage.width, viImage.height)?.data).toBe('https://kokoro.example.jp/t/matsudo/vi/?src=flyer-hellowork');
    expect(await (await api.call(admin, `${base}/flyer-hellowork/qr.svg?lang=easy`)).text()).toContain('https://kokoro.example.jp/t/matsudo/easy/?src=flyer-hellowork</text>');
    expect(await (await api.call(admin, `${base}/flyer-hellowork/qr.svg?lang=ja`)).text()).toContain('https://kokoro.example.jp/t/matsudo/?src=flyer-hellowork</text>');
    const unknown = await api.call(admin, `${base}/flyer-hellowork/qr.svg?lang=fr`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('lang');
    expect((await api.call(admin, `${base}/nope/qr.svg`)).status).toBe(404);
  });
});
