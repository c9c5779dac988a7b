/**
 * @module
 * The site's own addresses besides the tenant pages, in one place because
 * three parties must agree on them: the prerender writes the files, the two
 * routers (the local server and the CloudFront function) send requests to
 * them, and the resident page's quick exit leaves for one of them. A path
 * renamed here moves in all of them at once. The first script imports this
 * file, so it holds strings only.
 */
import { DEFAULT_LANG, langSegment, type Lang } from '../languages';

/**
 * Where quick exit lands when the tenant names no site of its own: an ordinary
 * calendar on our origin, so the page left behind shows nothing about the check.
 * Its own path, because `/` is the service's directory of municipalities.
 */
export const NEUTRAL_PAGE_PATH = '/calendar/';

/** The file (from the site root) every unknown address is answered with: 119/110, the 24 h lines and the municipalities served. */
export const NOT_FOUND_FILE = 'not-found.html';

/** A tenant's page in a language (shared/languages): the address on its stickers and flyers. Japanese, the default, has no language segment. */
export const tenantPath = (id: string, lang: Lang = DEFAULT_LANG): string => `/t/${id}/${langSegment(lang)}`;

/** Where a tenant's page sends its counting events (functions/public/app.ts). */
export const tenantEventsPath = (id: string): string => `/api/t/${id}/events`;

/** A prefecture's entry page, for a prefecture-wide QR code: the resident picks their town there. */
export const prefecturePath = (id: string): string => `/p/${id}/`;

/** Where the prefecture entry page counts its views (functions/public/app.ts). */
export const prefectureEventsPath = (id: string): string => `/api/p/${id}/events`;
