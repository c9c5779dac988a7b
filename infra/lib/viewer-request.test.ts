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

  it('sends unknown or malformed tenants to the site root', () => {
    expect(run('/t/nowhere/')).toMatchObject({ statusCode: 302, headers: { location: { value: '/' } } });
    expect(run('/t/../secret/')).toMatchObject({ statusCode: 302 });
    expect(run('/t/')).toMatchObject({ statusCode: 302 });
  });

  it('accepts any well-formed tenant when no list is baked in', () => {
    expect(run('/t/anywhere/', undefined, []).uri).toBe('/t/anywhere/index.html');
  });

  it('maps the staff dashboard and directory paths to their index pages', () => {
    expect(run('/staff').headers?.location?.value).toBe('/staff/');
    expect(run('/staff/reports').uri).toBe('/staff/index.html');
    expect(run('/staff/config.json').uri).toBe('/staff/config.json');
    expect(run('/').uri).toBe('/index.html');
    expect(run('/assets/app-1a2b.js').uri).toBe('/assets/app-1a2b.js');
  });
});
