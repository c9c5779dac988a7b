/**
 * @module
 * Source of the CloudFront Function (cloudfront-js-2.0) on the page
 * behaviour. S3 has no directory indexes, so `/t/<tenant>/` must be rewritten
 * to the prerendered `/t/<tenant>/index.html`; `/t/<tenant>` (a QR code printed
 * without the slash) is redirected with its `?src=` kept, or the outreach
 * channel would be lost; deeper paths without a file extension fall back to the
 * tenant's page (SPA routes). An unknown tenant goes to the site root rather
 * than to S3's access-denied XML. The known tenants are baked in at synth time:
 * adding a municipality is a deploy anyway, because its page is prerendered.
 */

/** Builds the function source for the given tenant ids (empty list = accept any well-formed id). */
export function viewerRequestSource(tenantIds: readonly string[]): string {
  return `var TENANTS = ${JSON.stringify(Object.fromEntries(tenantIds.map((id) => [id, true])))};
var ANY_TENANT = ${tenantIds.length === 0};
var TENANT_ID = /^[a-z][a-z0-9-]{1,30}$/;

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

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var parts = uri.split('/');
  if (parts[1] === 't') {
    var tenant = parts[2] || '';
    if (!TENANT_ID.test(tenant) || !(ANY_TENANT || TENANTS[tenant] === true)) return redirect(302, '/');
    if (parts.length === 3) return redirect(301, '/t/' + tenant + '/' + query(request));
    if (parts[parts.length - 1].indexOf('.') === -1) request.uri = '/t/' + tenant + '/index.html';
    return request;
  }
  if (parts[1] === 'staff') {
    if (parts.length === 2) return redirect(301, '/staff/' + query(request));
    if (parts[parts.length - 1].indexOf('.') === -1) request.uri = '/staff/index.html';
    return request;
  }
  if (uri.charAt(uri.length - 1) === '/') request.uri = uri + 'index.html';
  return request;
}
`;
}
