import { describe, expect, it } from 'vitest';
import { foldForFind, matchesTown } from './find';

describe('finding a town on the prefecture entry page', () => {
  it('matches the name or the reading, in hiragana, katakana or half-width katakana, spaces ignored', () => {
    for (const query of ['松戸', 'まつど', 'マツド', 'ﾏﾂﾄﾞ', ' まつ ど ', 'どし', '']) expect(matchesTown(query, '松戸市', 'まつどし'), query).toBe(true);
    for (const query of ['柏', 'かしわ', 'matsudo', 'まつどしし']) expect(matchesTown(query, '松戸市', 'まつどし'), query).toBe(false);
  });

  it('folds katakana to hiragana and keeps the long vowel mark', () => {
    expect(foldForFind('ヴァーチャル　タウン')).toBe('ゔぁーちゃるたうん');
  });
});
