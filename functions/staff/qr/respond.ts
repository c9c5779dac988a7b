/**
 * @module
 * Answering a QR request, for a channel's code and for a prefecture's entry
 * page alike: the size from the query (sticker or A4, `qrSizeOf`), then the
 * drawing as an SVG download or, with the Japanese font the label needs, a PNG. The encoder
 * (./svg) loads on the first request only.
 */
import type { Context } from 'hono';
import * as z from '../../../shared/validation';
import { DEFAULT_LANG, LANGS } from '../../../shared/languages';
import type { StaffEnv } from '../../auth';
import { issuesOf } from '../errors';
import { QR_SIZES, type QrSize } from './print';
import { qrPng } from './png';

const size = z._default(z.enum(Object.keys(QR_SIZES) as [QrSize, ...QrSize[]], 'size must be sticker or a4'), 'sticker');
const sizeQuery = z.object({ size });
/** A channel's code may point at the town's page in any of its languages (shared/languages); Japanese when none is asked. */
const channelQrQuery = z.object({ size, lang: z._default(z.enum(LANGS, `lang must be one of ${LANGS.join(', ')}`), DEFAULT_LANG) });

/** The size a query asks for, or what is wrong with it. */
export const qrSizeOf = (query: Record<string, string>) => {
  const parsed = sizeQuery.safeParse(query);
  return parsed.success ? ({ ok: true, size: parsed.data.size } as const) : ({ ok: false, issues: issuesOf(parsed.error) } as const);
};

/** A channel QR request's size and page language, or what is wrong with them. */
export const channelQrOptionsOf = (query: Record<string, string>) => {
  const parsed = channelQrQuery.safeParse(query);
  return parsed.success ? ({ ok: true, ...parsed.data } as const) : ({ ok: false, issues: issuesOf(parsed.error) } as const);
};

/** The code for `url` with `label` under it, at the `size` the caller read with `qrSizeOf`, as `<file>-<size>.svg` or `.png`. */
export const qrDownload = async (
  c: Context<StaffEnv>,
  { url, label, file, format, size, fonts }: { url: string; label: string; file: string; format: 'svg' | 'png'; size: QrSize; fonts: readonly string[] },
) => {
  const { qrSvg } = await import('./svg');
  const svg = qrSvg({ url, label, size });
  const name = `${file}-${size}`;
  if (format === 'svg') return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.svg"` });
  const png = await qrPng(svg, size, fonts);
  return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="${name}.png"` });
};
