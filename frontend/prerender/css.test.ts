/**
 * @module
 * The palette written in place: same values where they were used, no
 * `:root` left, and a build stop for anything that could change a colour.
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

  it("resolves the page's own styles.css completely", async () => {
    const source = await readFile(new URL('../styles.css', import.meta.url), 'utf8');
    const out = inlineCustomProperties(source);
    expect(out).not.toContain('var(');
    expect(out).not.toContain('--');
    expect(out).toContain('#1e6a6f');
  });
});
