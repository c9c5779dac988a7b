/**
 * @module
 * Serves the staff dashboard locally the way CloudFront serves it in AWS:
 * `/staff` → `/staff/`, `/staff/` (and any extension-less path under it) →
 * the dashboard's index.html, `/staff/assets/*` → its hashed files, and
 * `/staff/config.json` → sign-in settings. In AWS that JSON names the Cognito
 * hosted page; here it points the dashboard at the development issuer's
 * sign-in page, which hands the ID token back in the URL fragment.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DEV_AUDIENCE, DEV_ISSUER_PATH, mountStaffLocally } from '../auth/dev-issuer/local';
import type { LocalServices } from './start';

/** What the dashboard reads from /staff/config.json when the development issuer signs people in. */
export interface DevStaffConfig {
  issuer: string;
  clientId: string;
  /** Same-origin sign-in page; the Cognito config has `signInDomain` instead. */
  devSignIn: string;
  redirectUri: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
const SAFE_ASSET = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;

const readOrUndefined = async (path: string): Promise<Buffer | undefined> => {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const send = (body: Buffer, type: string, cacheControl: string) =>
  new Response(new Uint8Array(body), { headers: { 'Content-Type': type, 'Cache-Control': cacheControl } });

const notBuilt = () =>
  new Response('<!doctype html><html lang="ja"><meta charset="utf-8"><title>未ビルド</title><p>職員用ページがまだビルドされていません（npm run build）。</p></html>', {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  });

export const devStaffConfig = (origin: string): DevStaffConfig => ({
  issuer: `${origin}${DEV_ISSUER_PATH}`,
  clientId: DEV_AUDIENCE,
  devSignIn: `${DEV_ISSUER_PATH}/login`,
  redirectUri: `${origin}/staff/`,
});

export const createStaffSiteApp = ({ distDir, config }: { distDir: string; config: DevStaffConfig }) => {
  const staffDir = join(distDir, 'staff');
  const page = async () => {
    const html = await readOrUndefined(join(staffDir, 'index.html'));
    return html ? send(html, 'text/html; charset=utf-8', 'no-cache') : notBuilt();
  };
  // Some routers let `/staff` match `/staff/` too, so the handler itself tells them apart (no redirect loop).
  const pageOrRedirect = (c: Context) => (c.req.path === '/staff' ? c.redirect('/staff/', 301) : page());
  return new Hono()
    .get('/staff', pageOrRedirect)
    .get('/staff/', pageOrRedirect)
    .get('/staff/config.json', (c) => c.json(config, 200, { 'Cache-Control': 'no-cache' }))
    .get('/staff/assets/:file', async (c) => {
      const file = c.req.param('file');
      const body = SAFE_ASSET.test(file) ? await readOrUndefined(join(staffDir, 'assets', file)) : undefined;
      return body ? send(body, TYPES[extname(file)] ?? 'application/octet-stream', 'public, max-age=31536000, immutable') : c.notFound();
    })
    // Like the CloudFront viewer-request function: a path without a dot is a dashboard view.
    .get('/staff/:view{[A-Za-z0-9_-]+}', page);
};

/** `extend` for startLocalServer: the staff API, the development issuer and the dashboard pages. */
export const mountStaffWithDashboard =
  (distDir: string, options: { quiet?: boolean } = {}) =>
  async (app: Hono, services: LocalServices): Promise<void> => {
    await mountStaffLocally(app, services, options);
    app.route('/', createStaffSiteApp({ distDir, config: devStaffConfig(services.origin) }));
  };
