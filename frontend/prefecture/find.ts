/**
 * @module
 * How the entry page's find box matches a town: by its name or its reading,
 * typed in hiragana or katakana, full- or half-width, with or without spaces.
 * An empty box matches every town.
 */

/** NFKC (half-width katakana and full-width letters to their usual forms), katakana to hiragana, no spaces. */
export const foldForFind = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '')
    .toLowerCase();

export const matchesTown = (query: string, name: string, reading: string): boolean => {
  const q = foldForFind(query);
  return q === '' || foldForFind(name).includes(q) || foldForFind(reading).includes(q);
};
