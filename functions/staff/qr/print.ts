/**
 * @module
 * What the API knows about a channel's QR code without drawing one: the
 * print sizes a request may ask for and the URL the code carries. Kept apart
 * from the encoder (./svg) so the routes that only list channels, check a
 * size or record an audit entry do not load it; the staff function imports
 * ./svg on the first QR request.
 */
import { DEFAULT_LANG, type Lang } from '../../../shared/languages';
import { tenantPath } from '../../../shared/site';

export const QR_SIZES = {
  /** A toilet-door or desk sticker. */
  sticker: { pageWidth: 50, pageHeight: 62, top: 2, qr: 46, fontSize: 4.2, labelY: 53.5, urlSize: 2, urlY: 58.5 },
  /** A4 portrait flyer. */
  a4: { pageWidth: 210, pageHeight: 297, top: 40, qr: 120, fontSize: 9, labelY: 178, urlSize: 4.5, urlY: 192 },
} as const;
export type QrSize = keyof typeof QR_SIZES;

/**
 * The URL is built from the configured site origin only, never from a request: the town's page in `lang`
 * (`/t/<id>/` for Japanese, `/t/<id>/<lang>/` for the others, shared/site tenantPath) with the channel's tag.
 */
export const channelUrl = (siteOrigin: string, tenant: string, tag: string, lang: Lang = DEFAULT_LANG): string =>
  `${new URL(siteOrigin).origin}${tenantPath(encodeURIComponent(tenant), lang)}?src=${encodeURIComponent(tag)}`;

/** A prefecture's entry page, for a QR code handed out across its towns (no channel tag: a prefecture registers none yet). */
export const prefectureEntryUrl = (siteOrigin: string, prefecture: string): string => `${new URL(siteOrigin).origin}/p/${encodeURIComponent(prefecture)}/`;
