/**
 * @module
 * Extending the page CSP for the staff dashboard: a directive that is absent
 * meant default-src's sources, so adding the sign-in origin must keep them.
 */
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../functions/http/security';
import { HeadersPolicyError, withSources } from './headers';

describe('withSources', () => {
  it('extends a directive that is spelt out', () => {
    expect(withSources("default-src 'self'; img-src 'self' data:", 'img-src', ['https://x.example'])).toBe(
      "default-src 'self'; img-src 'self' data: https://x.example",
    );
  });

  it("spells out an absent fetch directive from default-src's sources before adding", () => {
    const csp = withSources(buildContentSecurityPolicy(), 'connect-src', ['https://sign-in.example']);
    expect(csp.split('; ')).toContain("connect-src 'self' https://sign-in.example");
    expect(csp.split('; ')).toContain("default-src 'self'");
  });

  it('refuses a directive that does not fall back to default-src', () => {
    expect(() => withSources(buildContentSecurityPolicy(), 'sandbox', ['allow-forms'])).toThrow(HeadersPolicyError);
  });
});
