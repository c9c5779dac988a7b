import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, EARLY_TAP_SCRIPT, jsonForHtml, residentPage } from './html';

describe('page shell', () => {
  it('cannot let inlined data close its script element', () => {
    const json = jsonForHtml({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('hashes the exact style text for the CSP', () => {
    const css = 'body{margin:0}';
    expect(cspHash(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('has one external module script, only the early-tap inline script (allowed by its hash), no inline handler and no favicon request', () => {
    const html = residentPage({ lang: 'ja', title: 'T', css: 'a{}', scriptPath: '/assets/m.js', body: '<p>x</p>', data: { id: 'x' } });
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual(['', ' type="module" src="/assets/m.js"', ' type="application/json" id="tenant-data"']);
    expect(html).toContain(`<script>${EARLY_TAP_SCRIPT}</script>`);
    // The one inline script registers a listener and nothing else runs: no eval, no network, no storage.
    expect(EARLY_TAP_SCRIPT).not.toMatch(/eval|fetch|Storage|cookie|XMLHttpRequest|import/);
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).not.toMatch(/\son[a-z]+=/);
  });
});
