/**
 * @module
 * Source of the CloudFront Function (cloudfront-js-2.0) on the page
 * behaviour. S3 has no directory indexes, so `/t/<tenant>/` must be rewritten
 * to the prerendered `/t/<tenant>/index.html`; `/t/<tenant>` (a QR code printed
 * without the slash) is redirected with its `?src=` kept, or the outreach
 * channel would be lost, and so is a known id typed in capitals (`/t/MATSUDO/`);
 * deeper paths without a file extension fall back to the tenant's page (SPA
 * routes). The quick-exit calendar has its own folder. Any other address
 * without a file extension — an unknown tenant from an old sticker, a typo —
 * is served the not-found page, which offers 119/110, the 24 h lines and the
 * municipalities served, instead of S3's access-denied XML. A viewer-request
 * function can only rewrite, so CloudFront answers that page with 200 where
 * the local server says 404; it carries `noindex`. The known tenants are
 * baked in at synth time: adding a municipality is a deploy anyway, because
 * its page is prerendered.
 */
import { TENANT_ID_PATTERN } from '../../shared/domain';
import { NEUTRAL_PAGE_PATH, NOT_FOUND_FILE } from '../../shared/site';

/** Builds the function source for the given tenant ids (empty list = accept any well-formed id). */
export function viewerRequestSource(tenantIds: readonly string[]): string {
  const pageFolders = [NEUTRAL_PAGE_PATH.split('/')[1]];
  return `var TENANTS = ${JSON.stringify(Object.fromEntries(tenantIds.map((id) => [id, true])))};
var ANY_TENANT = ${tenantIds.length === 0};
var TENANT_ID = /${TENANT_ID_PATTERN.source}/;
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

function known(tenant) {
  return TENANT_ID.test(tenant) && (ANY_TENANT || TENANTS[tenant] === true);
}

function notFound(request) {
  request.uri = NOT_FOUND;
  return request;
}

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var parts = uri.split('/');
  var last = parts[parts.length - 1];
  if (parts[1] === 't') {
    var tenant = parts[2] || '';
    if (!known(tenant)) {
      var lower = tenant.toLowerCase();
      return lower !== tenant && known(lower) ? redirect(301, '/t/' + lower + '/' + query(request)) : notFound(request);
    }
    if (parts.length === 3) return redirect(301, '/t/' + tenant + '/' + query(request));
    if (last.indexOf('.') === -1) request.uri = '/t/' + tenant + '/index.html';
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
