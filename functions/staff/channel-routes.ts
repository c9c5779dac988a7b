/**
 * @module
 * Outreach channel management for tenant admins: list, register one, import
 * many from CSV text (all or nothing), edit a channel's label, kind, copies
 * and places (never its tag), archive and bring back — and, for any staff,
 * each active channel's QR code as SVG or PNG, sized for a sticker or an A4
 * flyer, so staff who reprint a sticker need not ask an admin.
 *
 * There is no delete: an archived channel keeps its tag registered, so codes
 * already handed out keep counting under it and its history is never moved
 * to 未登録. An archived channel gets no new QR codes (409 `archived`): it was
 * retired, and fresh prints of it would bring new figures under a label the
 * reports mark （アーカイブ済み）. An admin who wants it back restores it.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { bodyLimit } from 'hono/body-limit';
import * as z from '../../shared/validation';
import { jstParts } from '../../shared/time';
import { requireTenantRole, type StaffEnv } from '../auth';
import type { ErrorBody } from '../http';
import { MAX_IMPORT_CHARS } from './channels/kinds';
import { channelFields, channelInput, type Channel } from './channels/schema';
import type { ChannelStore } from './channels/store';
import { badRequest, issuesOf } from './errors';
import { channelUrl } from './qr/print';
import { channelQrOptionsOf, qrDownload } from './qr/respond';
import { DEFAULT_LANG } from '../../shared/languages';

export interface ChannelDeps {
  channels: ChannelStore;
  siteOrigin: string;
  qrFontFiles: readonly string[];
  now: () => Date;
}

const importBody = z.strictObject({ csv: z.string() });
const notFound = (tag: string): ErrorBody => ({ error: 'not_found', message: `No channel with tag "${tag}".` });
const archived = (tag: string): ErrorBody => ({ error: 'archived', message: `Channel "${tag}" is archived; restore it to print its QR code again.` });
/** CSV text in a JSON string: up to MAX_IMPORT_CHARS characters of at most 3 bytes, escaped. */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 6 + 1024;

export const channelRoutes = ({ channels, siteOrigin, qrFontFiles, now }: ChannelDeps) => {
  const withUrl = (tenant: string) => <T extends { tag: string }>(ch: T) => ({ ...ch, url: channelUrl(siteOrigin, tenant, ch.tag) });
  const today = () => jstParts(now()).date;
  /**
   * A channel's QR code: only for one that exists and is not archived (its size and page language are checked first).
   * A language other than Japanese points the code at that language's page and names the file after it.
   */
  const qr = async (c: Context<StaffEnv>, format: 'svg' | 'png') => {
    const tenant = c.req.param('tenant') ?? '';
    const tag = c.req.param('tag') ?? '';
    const options = channelQrOptionsOf(c.req.query());
    if (!options.ok) return badRequest(c, 'invalid_query', options.issues);
    const channel = (await channels.list(tenant)).find((ch) => ch.tag === tag);
    if (!channel) return c.json(notFound(tag), 404);
    if (channel.archivedOn) return c.json(archived(tag), 409);
    const { size, lang } = options;
    const file = `qr-${tenant}-${tag}${lang === DEFAULT_LANG ? '' : `-${lang}`}`;
    return qrDownload(c, { url: channelUrl(siteOrigin, tenant, tag, lang), label: channel.label, file, format, size, fonts: qrFontFiles });
  };
  const body = (c: { req: { json: () => Promise<unknown> } }) => c.req.json().catch(() => undefined);
  const noBody = [{ path: '', message: 'send a JSON body' }];

  const admin = requireTenantRole('admin');
  const staff = requireTenantRole('staff');
  return new Hono<StaffEnv>()
    .get('/', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      return c.json({ channels: (await channels.list(tenant)).map(withUrl(tenant)) });
    })
    .post('/', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      const input = await body(c);
      const parsed = channelInput.safeParse(input);
      if (!parsed.success) return badRequest(c, 'invalid_body', input === undefined ? noBody : issuesOf(parsed.error));
      const channel: Channel = { ...parsed.data, createdOn: today() };
      await channels.add(tenant, channel);
      return c.json({ channel: withUrl(tenant)(channel) }, 201);
    })
    // Body `{csv}`: the file's text. Problems come back per line, in Japanese, for the admin who fixes the file.
    .post(
      '/import',
      admin,
      bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => c.json({ error: 'payload_too_large', message: 'An import may be at most 100,000 characters.' } satisfies ErrorBody, 413) }),
      async (c) => {
        const tenant = c.req.param('tenant') ?? '';
        const input = await body(c);
        const parsed = importBody.safeParse(input);
        if (!parsed.success) return badRequest(c, 'invalid_body', input === undefined ? noBody : issuesOf(parsed.error));
        const { readChannelImport } = await import('./channels/import');
        const read = readChannelImport(parsed.data.csv, new Set((await channels.list(tenant)).map((ch) => ch.tag)));
        if (!read.ok) {
          const issues = read.problems.map((p) => ({ path: p.line > 0 ? `line ${p.line}` : '', message: p.message }));
          return c.json({ error: 'invalid_import', message: issues.map((i) => i.message).join(' '), issues } satisfies ErrorBody, 400);
        }
        const createdOn = today();
        const added: Channel[] = read.channels.map((ch) => ({ ...ch, createdOn }));
        await channels.addAll(tenant, added);
        return c.json({ channels: added.map(withUrl(tenant)) }, 201);
      },
    )
    .put('/:tag', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      const tag = c.req.param('tag');
      const input = await body(c);
      const parsed = channelFields.safeParse(input);
      if (!parsed.success) return badRequest(c, 'invalid_body', input === undefined ? noBody : issuesOf(parsed.error));
      const channel = await channels.update(tenant, tag, parsed.data);
      return channel ? c.json({ channel: withUrl(tenant)(channel) }) : c.json(notFound(tag), 404);
    })
    .post('/:tag/archive', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      const tag = c.req.param('tag');
      const current = (await channels.list(tenant)).find((ch) => ch.tag === tag);
      // Archiving twice keeps the first date: the day it was retired.
      const channel = current?.archivedOn ? current : await channels.setArchived(tenant, tag, today());
      return channel ? c.json({ channel: withUrl(tenant)(channel) }) : c.json(notFound(tag), 404);
    })
    .post('/:tag/restore', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      const tag = c.req.param('tag');
      const channel = await channels.setArchived(tenant, tag, undefined);
      return channel ? c.json({ channel: withUrl(tenant)(channel) }) : c.json(notFound(tag), 404);
    })
    .get('/:tag/qr.svg', staff, (c) => qr(c, 'svg'))
    .get('/:tag/qr.png', staff, (c) => qr(c, 'png'));
};
