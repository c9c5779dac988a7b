/**
 * @module
 * Runs the generated CloudFront Function source in a fresh V8 context with
 * viewer-request events shaped like CloudFront's, so the rewrite and redirect
 * rules are checked without deploying anything. The QR-code case matters most:
 * a printed `/t/matsudo?src=…` (or a prefecture-wide `/p/chiba?src=…`) must
 * keep its outreach tag.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { KVS_IMPORT, servedKeyValueData, servedListHash, viewerRequestSource, type ServedIds } from './viewer-request';

type Result = { uri?: string; statusCode?: number; headers?: Record<string, { value: string }> };

const storeKeys = (served: ServedIds): string[] =>
  (JSON.parse(servedKeyValueData(served)) as { data: { key: string }[] }).data.map((entry) => entry.key);

/** CloudFront's `cloudfront` module stood in: a KeyValueStore holding exactly the import data the stack uploads. */
const keyValueStore = (served: ServedIds, failing = false) => {
  const keys = new Set(storeKeys(served));
  return { kvs: () => ({ exists: async (key: string) => (failing ? Promise.reject(new Error('KVS unavailable')) : keys.has(key)) }) };
};

const SERVED: ServedIds = { tenantIds: ['matsudo', 'sample-town'], prefectureIds: ['chiba'] };

async function run(uri: string, rawQuery?: string, tenants: readonly string[] = SERVED.tenantIds, failing = false, prefectureIds = SERVED.prefectureIds): Promise<Result> {
  const sandbox: { event: unknown; cf: unknown; result?: Promise<Result> } = {
    event: { request: { method: 'GET', uri, querystring: {}, headers: {}, rawQueryString: () => rawQuery } },
    cf: keyValueStore({ tenantIds: tenants, prefectureIds }, failing),
  };
  const source = viewerRequestSource();
  expect(source.startsWith(KVS_IMPORT)).toBe(true);
  // A script cannot hold an import statement; the sandbox provides `cf` in its place.
  runInNewContext(`${source.slice(KVS_IMPORT.length)}\nresult = handler(event);`, sandbox);
  const result = await sandbox.result;
  if (!result) throw new Error('handler returned nothing');
  return result;
}

describe('viewer-request function', async () => {
  it('serves the prerendered page for a tenant root', async () => {
    expect((await run('/t/matsudo/', 'src=sticker-cityhall')).uri).toBe('/t/matsudo/index.html');
  });

  it('redirects a tenant path without the slash and keeps the outreach tag', async () => {
    const result = (await run('/t/matsudo', 'src=sticker-cityhall-1f'));
    expect(result.statusCode).toBe(301);
    expect(result.headers?.location?.value).toBe('/t/matsudo/?src=sticker-cityhall-1f');
    expect((await run('/t/matsudo')).headers?.location?.value).toBe('/t/matsudo/');
  });

  it('serves a tenant\'s page in each other language, adding the slash and lowering capitals with the outreach tag kept', async () => {
    for (const lang of ['easy', 'en', 'zh', 'vi']) expect((await run(`/t/matsudo/${lang}/`, 'src=sticker')).uri).toBe(`/t/matsudo/${lang}/index.html`);
    const bare = await run('/t/matsudo/en', 'src=sticker-cityhall');
    expect([bare.statusCode, bare.headers?.location?.value]).toEqual([301, '/t/matsudo/en/?src=sticker-cityhall']);
    expect((await run('/t/matsudo/ZH/', 'src=x')).headers?.location?.value).toBe('/t/matsudo/zh/?src=x');
    expect((await run('/t/matsudo/vi/result')).uri).toBe('/t/matsudo/vi/index.html');
    // Japanese has no segment of its own, and an unknown one is a route of the Japanese page.
    expect((await run('/t/matsudo/ja/')).uri).toBe('/t/matsudo/index.html');
    expect((await run('/t/matsudo/fr/')).uri).toBe('/t/matsudo/index.html');
    expect((await run('/t/nowhere/en/')).uri).toBe('/not-found.html');
  });

  it('falls back to the tenant page for routes without a file extension', async () => {
    expect((await run('/t/matsudo/result')).uri).toBe('/t/matsudo/index.html');
  });

  it('leaves files under a tenant alone', async () => {
    expect((await run('/t/matsudo/icon.svg')).uri).toBe('/t/matsudo/icon.svg');
  });

  it('serves the not-found page, in place, for unknown or malformed tenants', async () => {
    for (const uri of ['/t/no-such-town/', '/t/no-such-town', '/t/nowhere/result', '/t/../secret/', '/t/', '/t', '/t/constructor/', '/t/Bad_Id/']) {
      const result = (await run(uri, 'src=sticker-old'));
      expect(result.uri, uri).toBe('/not-found.html');
      expect(result.statusCode, uri).toBeUndefined();
    }
  });

  it('sends a known tenant typed in capitals to its page, keeping the outreach tag', async () => {
    for (const uri of ['/t/MATSUDO/', '/t/MATSUDO', '/t/Matsudo/result']) {
      expect((await run(uri, 'src=x')), uri).toMatchObject({ statusCode: 301, headers: { location: { value: '/t/matsudo/?src=x' } } });
    }
    expect((await run('/t/Sample-Town/')).headers?.location?.value).toBe('/t/sample-town/');
    // Capitals of an id nobody serves are just unknown.
    expect((await run('/t/NOWHERE/')).uri).toBe('/not-found.html');
  });

  it('reads the served towns from the KeyValueStore, so its code is the same for 2 or 2,000 towns', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => `town-${String(i).padStart(4, '0')}`);
    expect((await run('/t/town-1999/', undefined, many)).uri).toBe('/t/town-1999/index.html');
    expect((await run('/t/town-2000/', undefined, many)).uri).toBe('/not-found.html');
    expect(viewerRequestSource()).not.toContain('matsudo');
    expect(viewerRequestSource()).not.toContain('chiba');
    // CloudFront Functions allow 10 KB of code; a KeyValueStore 5 MB of data.
    expect(new TextEncoder().encode(viewerRequestSource()).length).toBeLessThan(10 * 1024);
    expect(new TextEncoder().encode(servedKeyValueData({ tenantIds: many, prefectureIds: SERVED.prefectureIds })).length).toBeLessThan(5 * 1024 * 1024);
  });

  it('serves a served prefecture\'s entry page, adding the slash and keeping the outreach tag', async () => {
    expect((await run('/p/chiba/', 'src=poster-pref')).uri).toBe('/p/chiba/index.html');
    expect((await run('/p/chiba/index.html')).uri).toBe('/p/chiba/index.html');
    const result = await run('/p/chiba', 'src=poster-pref-station');
    expect(result).toMatchObject({ statusCode: 301, headers: { location: { value: '/p/chiba/?src=poster-pref-station' } } });
    expect((await run('/p/chiba')).headers?.location?.value).toBe('/p/chiba/');
  });

  it('sends a served prefecture typed in capitals to its page, keeping the outreach tag', async () => {
    for (const uri of ['/p/CHIBA/', '/p/CHIBA', '/p/Chiba/']) {
      expect((await run(uri, 'src=x')), uri).toMatchObject({ statusCode: 301, headers: { location: { value: '/p/chiba/?src=x' } } });
    }
    // Capitals of a prefecture nobody here serves are just unknown.
    expect((await run('/p/KYOTO/')).uri).toBe('/not-found.html');
  });

  it('serves the not-found page, in place, for any other address under /p/', async () => {
    const uris = [
      // Well-formed but not served (no town of ours is there), and not a prefecture at all.
      '/p/kyoto/', '/p/kyoto', '/p/narnia/',
      // Malformed ids, refused before the store is asked.
      '/p/../', '/p/chiba123/', '/p/chiba-ken/', '/p/c/', '/p/', '/p',
      // No deeper routes and no files of its own: the page's script is under /assets/.
      '/p/chiba/foo', '/p/chiba/foo/', '/p/chiba/x.js', '/p/chiba/index.html/', '/p/CHIBA/foo', '/p/kyoto/index.html',
    ];
    for (const uri of uris) {
      const result = await run(uri, 'src=poster-old');
      expect(result.uri, uri).toBe('/not-found.html');
      expect(result.statusCode, uri).toBeUndefined();
    }
  });

  it('keeps tenants and prefectures apart in the store, so neither can stand for the other', async () => {
    // A prefecture's key cannot be a tenant id, and a tenant id is not a served prefecture.
    expect(storeKeys(SERVED)).toEqual(['matsudo', 'sample-town', 'p/chiba']);
    expect((await run('/t/chiba/')).uri).toBe('/not-found.html');
    expect((await run('/p/matsudo/')).uri).toBe('/not-found.html');
    expect((await run('/t/p/chiba/')).uri).toBe('/not-found.html');
    // Serving no prefecture leaves the town pages as they were.
    expect((await run('/p/chiba/', undefined, undefined, false, [])).uri).toBe('/not-found.html');
    expect((await run('/t/matsudo/', undefined, undefined, false, [])).uri).toBe('/t/matsudo/index.html');
  });

  it('names the store by what it holds, in any order', () => {
    const hash = servedListHash(SERVED);
    expect(hash).toMatch(/^[0-9a-f]{8}$/);
    expect(servedListHash({ tenantIds: ['sample-town', 'matsudo'], prefectureIds: ['chiba'] })).toBe(hash);
    expect(servedListHash({ ...SERVED, prefectureIds: ['chiba', 'saitama'] })).not.toBe(hash);
    expect(servedListHash({ ...SERVED, prefectureIds: [] })).not.toBe(hash);
    // The same id as a tenant or as a prefecture is a different store.
    expect(servedListHash({ tenantIds: ['chiba'], prefectureIds: [] })).not.toBe(servedListHash({ tenantIds: [], prefectureIds: ['chiba'] }));
  });

  it('keeps the towns up when the KeyValueStore cannot answer', async () => {
    expect((await run('/t/matsudo/', 'src=x', undefined, true)).uri).toBe('/t/matsudo/index.html');
    expect((await run('/p/chiba/', 'src=x', undefined, true)).uri).toBe('/p/chiba/index.html');
    // A malformed id is refused before the store is asked.
    expect((await run('/t/Bad_Id/', undefined, undefined, true)).uri).toBe('/not-found.html');
    expect((await run('/p/chiba123/', undefined, undefined, true)).uri).toBe('/not-found.html');
  });

  it('serves the quick-exit calendar from its folder, adding the slash when it is missing', async () => {
    expect((await run('/calendar/')).uri).toBe('/calendar/index.html');
    expect((await run('/calendar'))).toMatchObject({ statusCode: 301, headers: { location: { value: '/calendar/' } } });
    expect((await run('/assets/calendar-1a2b.js')).uri).toBe('/assets/calendar-1a2b.js');
  });

  it('serves the not-found page for any other address without a file extension, and leaves files to S3', async () => {
    for (const uri of ['/matsudo', '/matsudo/', '/calendar/next', '/no/such/page', '/constructor/']) expect((await run(uri)).uri, uri).toBe('/not-found.html');
    expect((await run('/not-found.html')).uri).toBe('/not-found.html');
    expect((await run('/robots.txt')).uri).toBe('/robots.txt');
  });

  it('maps the staff dashboard and directory paths to their index pages', async () => {
    expect((await run('/staff')).headers?.location?.value).toBe('/staff/');
    expect((await run('/staff/reports')).uri).toBe('/staff/index.html');
    expect((await run('/staff/config.json')).uri).toBe('/staff/config.json');
    expect((await run('/')).uri).toBe('/index.html');
    expect((await run('/assets/app-1a2b.js')).uri).toBe('/assets/app-1a2b.js');
  });
});
