/**
 * @module
 * The palette written in place: same values where they were used, no
 * `:root` left for colours that never change, the dark-mode ones kept as
 * short `var()`s in both palettes, and a build stop for anything that could
 * change a colour.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CustomPropertyError, inlineCustomProperties } from './css';

describe('inlineCustomProperties', () => {
  it('writes each value where it is used and drops the :root block', () => {
    const css = ':root { --ink: #1f2933; --accent: #1e6a6f; }\nbody { color: var(--ink); }\n.a { border: 2px solid var( --accent ); background: var(--accent); }';
    expect(inlineCustomProperties(css)).toBe('\nbody { color: #1f2933; }\n.a { border: 2px solid #1e6a6f; background: #1e6a6f; }');
  });

  it('leaves a style without custom properties as it is', () => {
    expect(inlineCustomProperties('a { color: red; }')).toBe('a { color: red; }');
  });

  it('stops on a use it cannot resolve exactly', () => {
    const root = ':root { --ink: #111; }';
    expect(() => inlineCustomProperties(`${root} a { color: var(--nope); }`)).toThrow(CustomPropertyError);
    expect(() => inlineCustomProperties(`${root} a { color: var(--ink, red); }`)).toThrow(CustomPropertyError);
    expect(() => inlineCustomProperties(`${root} @media (prefers-color-scheme: dark) { body { --ink: #eee; } }`)).toThrow(CustomPropertyError);
  });

  it('keeps the colours dark mode overrides as short var()s in both palettes, and writes the rest in place', () => {
    const css = [
      ':root { --ink: #1f2933; --accent: #1e6a6f; --open: #1b6b3a; }',
      '@media (prefers-color-scheme: dark) { :root { --ink: #dde; --accent: #6bb; } }',
      'body { color: var(--ink); } .a { border: 2px solid var(--accent); color: var(--open); }',
    ].join('\n');
    expect(inlineCustomProperties(css)).toBe(
      ':root{--a:#1f2933;--b:#1e6a6f}\n@media (prefers-color-scheme:dark){:root{--a:#dde;--b:#6bb}}\nbody { color: var(--a); } .a { border: 2px solid var(--b); color: #1b6b3a; }',
    );
  });

  it('stops on a dark palette it cannot keep exactly', () => {
    const dark = '@media (prefers-color-scheme: dark) { :root { --ink: #eee; } }';
    expect(() => inlineCustomProperties(`:root { --bg: #fff; } ${dark} a { color: var(--bg); }`)).toThrow(/not on :root/);
    expect(() => inlineCustomProperties(`${dark} :root { --ink: #111; } a { color: var(--ink); }`)).toThrow(/before :root/);
    expect(() => inlineCustomProperties(`${dark} a { color: red; }`)).toThrow(CustomPropertyError);
    expect(() => inlineCustomProperties(':root { --ink: #111; } @media (prefers-color-scheme: dark) { :root { --ink: var(--x); } }')).toThrow(/refers to another/);
  });

  it("resolves the page's own styles.css: every var() is a dark-mode colour set in both palettes", async () => {
    const source = await readFile(new URL('../styles.css', import.meta.url), 'utf8');
    const out = inlineCustomProperties(source);
    const [, light = '', dark = ''] = /^\s*:root\{([^}]*)\}\s*@media \(prefers-color-scheme:dark\)\{:root\{([^}]*)\}\}/.exec(out) ?? [];
    const names = (block: string) => [...block.matchAll(/--(\w+):/g)].map((m) => m[1]);
    expect(names(light).length).toBeGreaterThan(0);
    expect(names(dark)).toEqual(names(light));
    const used = new Set([...out.matchAll(/var\(--(\w+)\)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...names(light)].sort());
    expect(light).toContain('#1e6a6f');
    expect(out).not.toMatch(/--[a-z]{2,}/);
  });

  it('keeps palette colours out of later.css, which no build step resolves (it is linked as written)', async () => {
    const later = await readFile(new URL('../later.css', import.meta.url), 'utf8');
    expect(later).toMatch(/\.picture\s*\{/);
    expect(later).not.toMatch(/var\(|--[\w-]+\s*:|#[0-9a-f]{3,8}\b|rgb|hsl/i);
  });
});
