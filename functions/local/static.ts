/**
 * @module
 * Serves the built front end (dist/frontend) the way CloudFront does in AWS:
 * `/t/<tenant>/` → that tenant's prerendered page (revalidated every time),
 * `/t/<tenant>/<lang>/` → the page in another language (shared/languages;
 * a segment naming no other language gets the tenant's own page, as in AWS),
 * `/t/<tenant>` or a known id in capitals → redirected there with its query,
 * `/assets/*` → hashed files cached for a year, `/` → the site's root page,
 * the quick-exit calendar at its own path, and any other address → the
 * build's not-found page (119/110, the 24 h lines, the municipalities) as a
 * 404. Only names matching a strict pattern are looked up, so no path can
 * walk out of the folder.
 * Text files are sent as the build precompressed them (`.br`, then `.gz`, by
 * the request's Accept-Encoding, with `Vary: Accept-Encoding` like CloudFront),
 * so local measurements are the bytes a phone pays. HTTP/1.1 connections
 * persist unless closed, so these responses leave out the `Connection:
 * keep-alive` and `Keep-Alive: timeout=5` lines Node adds for HTTP/1.0-era
 * clients (47 bytes on each of the first screen's two responses).
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { TENANT_ID_PATTERN } from '../../shared/domain';
import { DEFAULT_LANG, isLang } from '../../shared/languages';
import { PREFECTURE_ID_PATTERN } from '../../shared/regions';
import { NEUTRAL_PAGE_PATH, NOT_FOUND_FILE, prefecturePath, tenantPath } from '../../shared/site';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts and JSON are UTF-8 by definition (HTML, RFC 8259): a charset parameter is bytes for nothing.
  '.js': 'text/javascript',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const SAFE_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;
const IMMUTABLE = 'max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** Build metadata for servers, not for browsers. */
const PRIVATE_FILES = new Set(['csp-hashes.json']);
/** Precompressed twins are chosen by negotiation, never fetched by name. */
const COMPRESSED_TWIN = /\.(br|gz)$/;
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Encodings the client accepts (q > 0), from an Accept-Encoding header. */
export const acceptedEncodings = (header: string | undefined): Set<string> => {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
};

const readIfPresent = async (path: string): Promise<ArrayBuffer | undefined> => {
  try {
    const data = await readFile(path);
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
};

const fileResponse = (body: ArrayBuffer, name: string, cacheControl: string, encoding?: string) =>
  new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      'Cache-Control': cacheControl,
      ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
    },
  });

/** The best precompressed twin the client accepts, else the file itself; undefined when missing. */
const sendFile = async (path: string, cacheControl: string, acceptEncoding: string | undefined) => {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [encoding, suffix] of ENCODINGS) {
    if (!accepted.has(encoding)) continue;
    const body = await readIfPresent(`${path}${suffix}`);
    if (body) return fileResponse(body, path, cacheControl, encoding);
  }
  const body = await readIfPresent(path);
  return body ? fileResponse(body, path, cacheControl) : undefined;
};

/** Only when the front end was never built: the real page (NOT_FOUND_FILE) carries the numbers to call, from the data. */
const UNBUILT_NOT_FOUND = '<!doctype html><html lang="ja"><meta charset="utf-8"><title>ページが見つかりません</title><p>ページが見つかりません。</p></html>';

/**
 * The answer to every address no page lives at: the build's page with
 * 119/110, the 24 h lines and the municipalities served, as a 404 (CloudFront
 * serves the same file for unknown tenants).
 */
export const notFoundPage = async (distDir: string, acceptEncoding: string | undefined): Promise<Response> => {
  const page = await sendFile(join(distDir, NOT_FOUND_FILE), REVALIDATE, acceptEncoding);
  if (page) return new Response(page.body, { status: 404, headers: page.headers });
  return new Response(UNBUILT_NOT_FOUND, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': REVALIDATE } });
};

/**
 * Node's own switch: with the Connection header removed it sends neither it
 * nor Keep-Alive, keeps an HTTP/1.1 connection open (its idle timeout still
 * applies) and closes an HTTP/1.0 one, exactly as those versions default to.
 */
const implicitPersistence: MiddlewareHandler = async (c, next) => {
  (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing?.removeHeader('Connection');
  await next();
};

export const createStaticApp = ({ distDir, isTenant, isPrefecture = () => false }: { distDir: string; isTenant: (id: string) => boolean; isPrefecture?: (id: string) => boolean }) => {
  const app = new Hono();
  app.use(implicitPersistence);
  const notFound = (c: Context) => notFoundPage(distDir, c.req.header('Accept-Encoding'));
  /**
   * A folder of prerendered pages, one per id (`/t/<tenant>/`, `/p/<prefecture>/`), like CloudFront's copy: the
   * slash added and capitals lowered with the query kept — a sticker's address still reaches its page, outreach tag
   * and all — and any id not served answered by the not-found page.
   */
  const pageFolder = (folder: 't' | 'p', pathOf: (id: string) => string, known: (id: string) => boolean) => {
    const toPage = (c: Context, id: string) => c.redirect(`${pathOf(id)}${new URL(c.req.url).search}`, 301);
    app.get(`/${folder}/:id`, (c) => {
      const id = c.req.param('id').toLowerCase();
      return known(id) ? toPage(c, id) : notFound(c);
    });
    app.get(`/${folder}/:id/`, async (c) => {
      const id = c.req.param('id');
      if (!known(id)) return known(id.toLowerCase()) ? toPage(c, id.toLowerCase()) : notFound(c);
      return (await sendFile(join(distDir, folder, id, 'index.html'), REVALIDATE, c.req.header('Accept-Encoding'))) ?? notFound(c);
    });
  };
  pageFolder('t', tenantPath, (id) => TENANT_ID_PATTERN.test(id) && isTenant(id));
  // A tenant's page in another language (shared/languages), like CloudFront's copy: slash added, capitals lowered, query kept.
  // A segment that names no other language (/t/<id>/fr/, /t/<id>/ja/) gets the tenant's own page, as CloudFront answers it.
  const languagePage = async (c: Context, slash: boolean) => {
    const id = c.req.param('id') ?? '';
    const segment = c.req.param('lang') ?? '';
    const lang = segment.toLowerCase();
    if (!TENANT_ID_PATTERN.test(id) || !isTenant(id) || segment.includes('.')) return notFound(c);
    if (!isLang(lang) || lang === DEFAULT_LANG) return (await sendFile(join(distDir, 't', id, 'index.html'), REVALIDATE, c.req.header('Accept-Encoding'))) ?? notFound(c);
    if (!slash || lang !== c.req.param('lang')) return c.redirect(`${tenantPath(id, lang)}${new URL(c.req.url).search}`, 301);
    return (await sendFile(join(distDir, 't', id, lang, 'index.html'), REVALIDATE, c.req.header('Accept-Encoding'))) ?? notFound(c);
  };
  app.get('/t/:id/:lang', (c) => languagePage(c, false));
  app.get('/t/:id/:lang/', (c) => languagePage(c, true));
  pageFolder('p', prefecturePath, (id) => PREFECTURE_ID_PATTERN.test(id) && isPrefecture(id));
  app.get('/assets/:file', async (c) => {
    const file = c.req.param('file');
    const ok = SAFE_FILE_NAME.test(file) && !COMPRESSED_TWIN.test(file);
    const body = ok ? await sendFile(join(distDir, 'assets', file), IMMUTABLE, c.req.header('Accept-Encoding')) : undefined;
    return body ?? notFound(c);
  });
  // The calendar quick exit lands on, at its own folder like CloudFront's copy in S3.
  app.get(NEUTRAL_PAGE_PATH.slice(0, -1), (c) => c.redirect(NEUTRAL_PAGE_PATH, 301));
  app.get(NEUTRAL_PAGE_PATH, async (c) => (await sendFile(join(distDir, NEUTRAL_PAGE_PATH, 'index.html'), REVALIDATE, c.req.header('Accept-Encoding'))) ?? notFound(c));
  app.get('/', async (c) => (await sendFile(join(distDir, 'index.html'), REVALIDATE, c.req.header('Accept-Encoding'))) ?? notFound(c));
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    const ok = SAFE_FILE_NAME.test(file) && !PRIVATE_FILES.has(file) && extname(file) in CONTENT_TYPES;
    const body = ok ? await sendFile(join(distDir, file), REVALIDATE, c.req.header('Accept-Encoding')) : undefined;
    return body ?? notFound(c);
  });
  // On its own; mounted in the local server, that server's handler (which keeps JSON for /api/) answers instead.
  app.notFound(notFound);
  return app;
};
