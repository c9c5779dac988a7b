/**
 * @module
 * Outreach channel management for tenant admins: list, register and remove
 * channels, and download each one's QR code as SVG or PNG, sized for a
 * sticker or an A4 flyer. Listing, registering and removing need the admin
 * role; the QR download needs only staff, so staff who reprint a sticker for
 * a channel they see in the report need not ask an admin.
 */
import { Hono } from 'hono/tiny';
import * as z from '../../shared/validation';
import { jstParts } from '../../shared/time';
import { requireTenantRole, type StaffEnv } from '../auth';
import type { ErrorBody } from '../http';
import { channelInput, type ChannelStore } from './channels';
import { badRequest, issuesOf } from './errors';
import { channelUrl, qrPng, qrSvg, QR_SIZES, type QrSize } from './qr';

export interface ChannelDeps {
  channels: ChannelStore;
  siteOrigin: string;
  qrFontFiles: readonly string[];
  now: () => Date;
}

const sizeQuery = z.object({ size: z._default(z.enum(Object.keys(QR_SIZES) as [QrSize, ...QrSize[]], 'size must be sticker or a4'), 'sticker') });
const notFound = (tag: string): ErrorBody => ({ error: 'not_found', message: `No channel with tag "${tag}".` });

export const channelRoutes = ({ channels, siteOrigin, qrFontFiles, now }: ChannelDeps) => {
  const withUrl = (tenant: string) => <T extends { tag: string }>(ch: T) => ({ ...ch, url: channelUrl(siteOrigin, tenant, ch.tag) });
  const qr = async (tenant: string, tag: string, query: Record<string, string>) => {
    const size = sizeQuery.safeParse(query);
    if (!size.success) return { kind: 'invalid', issues: issuesOf(size.error) } as const;
    const channel = (await channels.list(tenant)).find((ch) => ch.tag === tag);
    if (!channel) return { kind: 'missing' } as const;
    const svg = qrSvg({ url: channelUrl(siteOrigin, tenant, tag), label: channel.label, size: size.data.size });
    return { kind: 'ok', svg, size: size.data.size, file: `qr-${tenant}-${tag}-${size.data.size}` } as const;
  };

  const admin = requireTenantRole('admin');
  const staff = requireTenantRole('staff');
  return new Hono<StaffEnv>()
    .get('/', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      return c.json({ channels: (await channels.list(tenant)).map(withUrl(tenant)) });
    })
    .post('/', admin, async (c) => {
      const tenant = c.req.param('tenant') ?? '';
      const body = await c.req.json().catch(() => undefined);
      const parsed = channelInput.safeParse(body);
      if (!parsed.success) return badRequest(c, 'invalid_body', body === undefined ? [{ path: '', message: 'send a JSON body' }] : issuesOf(parsed.error));
      const channel = { ...parsed.data, createdOn: jstParts(now()).date };
      await channels.add(tenant, channel);
      return c.json({ channel: withUrl(tenant)(channel) }, 201);
    })
    .delete('/:tag', admin, async (c) => {
      const tag = c.req.param('tag');
      return (await channels.remove(c.req.param('tenant') ?? '', tag)) ? c.body(null, 204) : c.json(notFound(tag), 404);
    })
    .get('/:tag/qr.svg', staff, async (c) => {
      const out = await qr(c.req.param('tenant') ?? '', c.req.param('tag'), c.req.query());
      if (out.kind === 'invalid') return badRequest(c, 'invalid_query', out.issues);
      if (out.kind === 'missing') return c.json(notFound(c.req.param('tag')), 404);
      return c.body(out.svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${out.file}.svg"` });
    })
    .get('/:tag/qr.png', staff, async (c) => {
      const out = await qr(c.req.param('tenant') ?? '', c.req.param('tag'), c.req.query());
      if (out.kind === 'invalid') return badRequest(c, 'invalid_query', out.issues);
      if (out.kind === 'missing') return c.json(notFound(c.req.param('tag')), 404);
      const png = await qrPng(out.svg, out.size, qrFontFiles);
      return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="${out.file}.png"` });
    });
};
