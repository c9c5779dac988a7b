/**
 * @module
 * Source of the CloudFront Function (cloudfront-js-2.0) on the page
 * behaviour. S3 has no directory indexes, so `/t/<tenant>/` must be rewritten
 * to the prerendered `/t/<tenant>/index.html`; `/t/<tenant>` (a QR code printed
 * without the slash) is redirected with its `?src=` kept, or the outreach
 * channel would be lost, and so is a known id typed in capitals (`/t/MATSUDO/`);
 * deeper paths without a file extension fall back to the tenant's page (SPA
 * routes). A page in another language, `/t/<tenant>/<lang>/` (shared/languages),
 * is served, slash-added and lowered the same way. A prefecture's entry page (`/p/<pref>/`, where a prefecture-wide QR
 * code lands) is handled the same way — slash added, capitals lowered, both
 * keeping the query — except that it has no deeper routes and no files of its
 * own (its script is under /assets/), so anything else under `/p/` is not
 * found. The quick-exit calendar has its own folder. Any other address
 * without a file extension — an unknown tenant from an old sticker, a typo —
 * is served the not-found page, which offers 119/110, the 24 h lines and the
 * municipalities served, instead of S3's access-denied XML. A viewer-request
 * function can only rewrite, so CloudFront answers that page with 200 where
 * the local server says 404; it carries `noindex`. The served tenants and
 * prefectures are not in the code: the function asks a CloudFront
 * KeyValueStore the stack fills with their keys (`servedKeyValueData`: a
 * tenant by its id, a prefecture as `p/<id>`, which no tenant id can be), so
 * the function stays the same few kilobytes for 2 or 2,000 municipalities
 * (CloudFront Functions allow 10 KB of code; a KeyValueStore 5 MB). Adding a
 * municipality is a deploy anyway, because its page is prerendered.
 */
import { createHash } from 'node:crypto';
import { TENANT_ID_PATTERN } from '../../shared/domain';
import { DEFAULT_LANG, LANGS } from '../../shared/languages';
import { PREFECTURE_ID_PATTERN } from '../../shared/regions';
import { NEUTRAL_PAGE_PATH, NOT_FOUND_FILE } from '../../shared/site';

/** What a deployment serves at the edge: its tenants' pages and its prefectures' entry pages. */
export interface ServedIds {
  tenantIds: readonly string[];
  prefectureIds: readonly string[];
}

/** Before a prefecture id in the store: a slash is never in a tenant id (TENANT_ID_PATTERN), so the two cannot collide. */
export const PREFECTURE_KEY_PREFIX = 'p/';

/** The store's keys: each tenant id as it is, each prefecture id behind PREFECTURE_KEY_PREFIX. */
export const servedKeys = ({ tenantIds, prefectureIds }: ServedIds): string[] => [
  ...tenantIds,
  ...prefectureIds.map((id) => `${PREFECTURE_KEY_PREFIX}${id}`),
];

/** The KeyValueStore's import data: one key per served tenant and prefecture (the value is not read). */
export const servedKeyValueData = (served: ServedIds): string =>
  JSON.stringify({ data: servedKeys(served).map((key) => ({ key, value: '1' })) });

/** Eight hex digits naming what is served, order ignored: it changes exactly when the store's keys do. */
export const servedListHash = (served: ServedIds): string =>
  createHash('sha256').update(servedKeys(served).sort().join('\n')).digest('hex').slice(0, 8);

/** The first line of the source: the KeyValueStore module (tests stand it in, see viewer-request.test.ts). */
export const KVS_IMPORT = "import cf from 'cloudfront';";

/** Builds the function source; it reads the served tenants and prefectures from the associated KeyValueStore. */
export function viewerRequestSource(): string {
  const pageFolders = [NEUTRAL_PAGE_PATH.split('/')[1]];
  return `${KVS_IMPORT}
var kvs = cf.kvs();
var TENANT_ID = /${TENANT_ID_PATTERN.source}/;
var PREFECTURE_ID = /${PREFECTURE_ID_PATTERN.source}/;
var PREFECTURE_KEY = ${JSON.stringify(PREFECTURE_KEY_PREFIX)};
var LANGS = ${JSON.stringify(Object.fromEntries(LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => [l, true])))};
var PAGE_FOLDERS = ${JSON.stringify(Object.fromEntries(pageFolders.map((folder) => [folder, true])))};
var NOT_FOUND = ${JSON.stringify(`/${NOT_FOUND_FILE}`)};

function query(request) {
  var raw = typeof request.rawQueryString === 'function' ? request.rawQueryString() : undefined;
  return raw ? '?' + raw : '';
}

function redirect(status, location) {
  return {
    statusCode: status,
    statusDescription: status === 301 ? 'Moved Permanently' : 'Found',
    headers: { location: { value: location }, 'cache-control': { value: 'public, max-age=300' } },
  };
}

async function served(pattern, id, key) {
  if (!pattern.test(id)) return false;
  try {
    return await kvs.exists(key);
  } catch (e) {
    // The store could not answer (rare): serve the page, so real towns stay up; an unknown id then gets S3's refusal instead of the calm page.
    return true;
  }
}

function known(tenant) {
  return served(TENANT_ID, tenant, tenant);
}

function knownPrefecture(pref) {
  return served(PREFECTURE_ID, pref, PREFECTURE_KEY + pref);
}

function notFound(request) {
  request.uri = NOT_FOUND;
  return request;
}

async function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var parts = uri.split('/');
  var last = parts[parts.length - 1];
  if (parts[1] === 't') {
    var tenant = parts[2] || '';
    if (!(await known(tenant))) {
      var lower = tenant.toLowerCase();
      return lower !== tenant && (await known(lower)) ? redirect(301, '/t/' + lower + '/' + query(request)) : notFound(request);
    }
    if (parts.length === 3) return redirect(301, '/t/' + tenant + '/' + query(request));
    // The page in another language (/t/<tenant>/<lang>/): slash added and capitals lowered, query kept, like the tenant's own.
    var lang = parts[3];
    var lowerLang = lang.toLowerCase();
    if (LANGS[lowerLang] === true) {
      if (parts.length === 4 || lowerLang !== lang) return redirect(301, '/t/' + tenant + '/' + lowerLang + '/' + parts.slice(4).join('/') + query(request));
      if (last.indexOf('.') === -1) request.uri = '/t/' + tenant + '/' + lang + '/index.html';
      return request;
    }
    if (last.indexOf('.') === -1) request.uri = '/t/' + tenant + '/index.html';
    return request;
  }
  if (parts[1] === 'p') {
    var pref = parts[2] || '';
    // The page itself, with or without its slash or file name; its script lives under /assets/.
    var page = parts.length === 3 || (parts.length === 4 && (last === '' || last === 'index.html'));
    if (!page) return notFound(request);
    if (!(await knownPrefecture(pref))) {
      var lowerPref = pref.toLowerCase();
      return lowerPref !== pref && (await knownPrefecture(lowerPref)) ? redirect(301, '/p/' + lowerPref + '/' + query(request)) : notFound(request);
    }
    if (parts.length === 3) return redirect(301, '/p/' + pref + '/' + query(request));
    request.uri = '/p/' + pref + '/index.html';
    return request;
  }
  if (parts[1] === 'staff') {
    if (parts.length === 2) return redirect(301, '/staff/' + query(request));
    if (last.indexOf('.') === -1) request.uri = '/staff/index.html';
    return request;
  }
  if (uri === '/') {
    request.uri = '/index.html';
    return request;
  }
  if (PAGE_FOLDERS[parts[1]] === true && parts.length === 2) return redirect(301, uri + '/' + query(request));
  if (PAGE_FOLDERS[parts[1]] === true && parts.length === 3 && last === '') {
    request.uri = uri + 'index.html';
    return request;
  }
  return last.indexOf('.') === -1 ? notFound(request) : request;
}
`;
}
