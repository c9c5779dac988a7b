import { describe, expect, it } from 'vitest';
import { StaffApiError } from './client';
import { reasonOf, refusalText } from './refusals';

/** Japanese throughout; file formats staff know by name (SVG, PNG, CSV) are the only Latin letters. */
const japanese = /^(?:[^A-Za-z]|SVG|PNG|CSV)*$/;

describe('refusal messages', () => {
  it('says every code the staff API answers with in Japanese, with no English from the server', () => {
    const codes = ['unauthorized', 'forbidden', 'invalid_query', 'invalid_body', 'not_found', 'conflict', 'limit_reached', 'not_configured', 'payload_too_large', 'store_unavailable', 'auth_unavailable', 'internal_error', 'network'];
    const texts = codes.map((code) => refusalText(code, 400));
    for (const text of texts) expect(text).toMatch(japanese);
    // One sentence per code, none borrowed from another.
    expect(new Set(texts).size).toBe(codes.length);
    expect(refusalText('unauthorized', 401)).toContain('もう一度ログイン');
    expect(refusalText('forbidden', 403)).toContain('権限');
    expect(refusalText('store_unavailable', 503)).toContain('少し待って');
  });

  it('falls back on the status for a code it does not know, and on a calm sentence for anything else', () => {
    expect(refusalText('http_401', 401)).toBe(refusalText('unauthorized', 401));
    expect(refusalText('http_403', 403)).toBe(refusalText('forbidden', 403));
    expect(refusalText('something_new', 404)).toBe(refusalText('not_found', 404));
    expect(refusalText('http_413', 413)).toBe(refusalText('payload_too_large', 413));
    expect(refusalText('http_429', 429)).toContain('アクセスが集中');
    expect(refusalText('http_502', 502)).toBe(refusalText('internal_error', 500));
    expect(refusalText('whatever', 0)).toBe(refusalText('network', 0));
    expect(refusalText('teapot', 418)).toMatch(japanese);
    expect(refusalText('toString', 418)).toMatch(japanese);
  });

  it('never passes an unexpected error’s own English text on', () => {
    expect(reasonOf(new StaffApiError(refusalText('forbidden', 403), 403, 'forbidden'))).toBe(refusalText('forbidden', 403));
    expect(reasonOf(new SyntaxError('Unexpected token < in JSON at position 0'))).toMatch(japanese);
    expect(reasonOf('boom')).toMatch(japanese);
  });
});
