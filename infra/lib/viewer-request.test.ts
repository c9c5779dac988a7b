/**
 * @module
 * Runs the generated CloudFront Function source in a fresh V8 context with
 * viewer-request events shaped like CloudFront's, so the rewrite and redirect
 * rules are checked without deploying anything. The QR-code case matters most:
 * a printed `/t/matsudo?src=…` must keep its outreach tag.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { viewerRequestSource } from './viewer-request';

type Result = { uri?: string; statusCode?: number; headers?: Record<string, { value: string }> };

function run(uri: string, rawQuery?: string, tenants: readonly string[] = ['matsudo', 'sample-town']): Result {
  const sandbox: { event: unknown; result?: Result } = {
    event: { request: { method: 'GET', uri, querystring: {}, headers: {}, rawQueryString: () => rawQuery } },
  };
  runInNewContext(`${viewerRequestSource(tenants)}\nresult = handler(event);`, sandbox);
  if (!sandbox.result) throw new Error('handler returned nothing');
  return sandbox.result;
}

describe('viewer-request function', () => {
  it('serves the prerendered page for a tenant root', () => {
    expect(run('/t/matsudo/', 'src=sticker-cityhall').uri).toBe('/t/matsudo/index.html');
  });

  it('redirects a tenant path without the slash and keeps the outreach tag', () => {
    const result = run('/t/matsudo', 'src=sticker-cityhall-1f');
    expect(result.statusCode).toBe(301);
    expect(result.headers?.location?.value).toBe('/t/matsudo/?src=sticker-cityhall-1f');
    expect(run('/t/matsudo').headers?.location?.value).toBe('/t/matsudo/');
  });

  it('falls back to the tenant page for routes without a file extension', () => {
    expect(run('/t/matsudo/result').uri).toBe('/t/matsudo/index.html');
  });

  it('leaves files under a tenant alone', () => {
    expect(run('/t/matsudo/icon.svg').uri).toBe('/t/matsudo/icon.svg');
  });

  it('serves the not-found page, in place, for unknown or malformed tenants', () => {
    for (const uri of ['/t/no-such-town/', '/t/no-such-town', '/t/nowhere/result', '/t/../secret/', '/t/', '/t', '/t/constructor/', '/t/Bad_Id/']) {
      const result = run(uri, 'src=sticker-old');
      expect(result.uri, uri).toBe('/not-found.html');
      expect(result.statusCode, uri).toBeUndefined();
    }
  });

  it('sends a known tenant typed in capitals to its page, keeping the outreach tag', () => {
    for (const uri of ['/t/MATSUDO/', '/t/MATSUDO', '/t/Matsudo/result']) {
      expect(run(uri, 'src=x'), uri).toMatchObject({ statusCode: 301, headers: { location: { value: '/t/matsudo/?src=x' } } });
    }
    expect(run('/t/Sample-Town/').headers?.location?.value).toBe('/t/sample-town/');
    // Capitals of an id nobody serves are just unknown.
    expect(run('/t/NOWHERE/').uri).toBe('/not-found.html');
  });

  it('accepts any well-formed tenant when no list is baked in', () => {
    expect(run('/t/anywhere/', undefined, []).uri).toBe('/t/anywhere/index.html');
    expect(run('/t/ANYWHERE/', 'src=x', []).headers?.location?.value).toBe('/t/anywhere/?src=x');
    expect(run('/t/Bad_Id/', undefined, []).uri).toBe('/not-found.html');
  });

  it('serves the quick-exit calendar from its folder, adding the slash when it is missing', () => {
    expect(run('/calendar/').uri).toBe('/calendar/index.html');
    expect(run('/calendar')).toMatchObject({ statusCode: 301, headers: { location: { value: '/calendar/' } } });
    expect(run('/assets/calendar-1a2b.js').uri).toBe('/assets/calendar-1a2b.js');
  });

  it('serves the not-found page for any other address without a file extension, and leaves files to S3', () => {
    for (const uri of ['/matsudo', '/matsudo/', '/calendar/next', '/no/such/page', '/constructor/']) expect(run(uri).uri, uri).toBe('/not-found.html');
    expect(run('/not-found.html').uri).toBe('/not-found.html');
    expect(run('/robots.txt').uri).toBe('/robots.txt');
  });

  it('maps the staff dashboard and directory paths to their index pages', () => {
    expect(run('/staff').headers?.location?.value).toBe('/staff/');
    expect(run('/staff/reports').uri).toBe('/staff/index.html');
    expect(run('/staff/config.json').uri).toBe('/staff/config.json');
    expect(run('/').uri).toBe('/index.html');
    expect(run('/assets/app-1a2b.js').uri).toBe('/assets/app-1a2b.js');
  });
});
