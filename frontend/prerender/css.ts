/**
 * @module
 * Build-time CSS step for the inlined page style. styles.css names its
 * palette as custom properties on `:root` for people editing it, and dark
 * mode overrides some of them in one `prefers-color-scheme: dark` block on
 * `:root`. The phone gets the colours that never change written in place
 * (nothing else can set them, so the computed style is identical), and those
 * that change with the scheme kept as `var()` under one-letter names: both
 * save compressed bytes inside the page's first round trip. Any use this step
 * cannot resolve exactly (a fallback, an unknown property, one set anywhere
 * else or overridden only for dark mode) stops the build instead of changing
 * a colour.
 */

export class CustomPropertyError extends Error {
  override name = 'CustomPropertyError';
}

const COMMENT = /\/\*[\s\S]*?\*\//g;
const DARK_BLOCK = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/;
const ROOT_BLOCK = /:root\s*\{([^}]*)\}/;
const DECLARATION = /--([\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)/g;
const HOLE = '\u0000';

function declarations(block: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, name = '', value = ''] of block.matchAll(DECLARATION)) {
    if (/var\(/.test(value)) throw new CustomPropertyError(`--${name} refers to another property`);
    values.set(name, value);
  }
  return values;
}

/**
 * Writes each `var(--name)` that only `:root` sets as its value; keeps those
 * the dark block overrides as `var()` with short names, in both blocks.
 */
export function inlineCustomProperties(source: string): string {
  let css = source.replace(COMMENT, '');
  const darkBlock = DARK_BLOCK.exec(css);
  // Cut the dark block out first, so the top-level :root is the one found next.
  if (darkBlock) css = css.slice(0, darkBlock.index) + HOLE + css.slice(darkBlock.index + darkBlock[0].length);
  const root = ROOT_BLOCK.exec(css);
  if (root === null) {
    if (darkBlock) throw new CustomPropertyError('a dark palette without a :root palette');
    return css;
  }
  const values = declarations(root[1] ?? '');
  const dark = declarations(darkBlock?.[1] ?? '');
  if (darkBlock && css.indexOf(HOLE) < root.index) throw new CustomPropertyError('the dark palette comes before :root, which would override it');
  const short = new Map<string, string>();
  for (const name of dark.keys()) {
    if (!values.has(name)) throw new CustomPropertyError(`--${name} is set for dark mode but not on :root`);
    short.set(name, (short.size + 10).toString(36));
  }
  const rest = css.slice(0, root.index) + HOLE + css.slice(root.index + root[0].length);
  const redefined = /(^|[{;\s])--([\w-]+)\s*:/.exec(rest);
  if (redefined) throw new CustomPropertyError(`--${redefined[2]} is set outside :root; its value would depend on where it is used`);
  const block = (from: Map<string, string>) => [...short].map(([name, s]) => `--${s}:${from.get(name)}`).join(';');
  const written = rest.replace(/var\(\s*--([\w-]+)\s*(,[^)]*)?\)/g, (_use, name: string, fallback?: string) => {
    if (fallback !== undefined) throw new CustomPropertyError(`var(--${name}${fallback}) has a fallback`);
    const scheme = short.get(name);
    if (scheme !== undefined) return `var(--${scheme})`;
    const value = values.get(name);
    if (value === undefined) throw new CustomPropertyError(`--${name} is used but not set on :root`);
    return value;
  });
  const [before = '', between = '', after = ''] = written.split(HOLE);
  if (!darkBlock) return before + between;
  return `${before}:root{${block(values)}}${between}@media (prefers-color-scheme:dark){:root{${block(dark)}}}${after}`;
}
