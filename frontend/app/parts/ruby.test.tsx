/**
 * Furigana in teen mode: the readings render as <ruby> over the kanji they
 * follow, and no kanji in the teen K6 items, their explanations or the teen
 * result is left without a reading.
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { K6 } from '../../../shared/instruments/k6';
import { ja } from '../../../shared/messages';
import { Furigana, withoutReadings } from './Furigana';
import { WithRuby } from './Ruby';

const HAN = /\p{sc=Han}/u;
/** Teen strings of a catalogue part: every `teen` side of a pair, walked through nested objects and lists. */
function teenTexts(node: unknown, teen = false): string[] {
  if (typeof node === 'string') return teen ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((n) => teenTexts(n, teen));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([k, v]) => teenTexts(v, teen || k === 'teen'));
  return [];
}
/** What is left of a rendered text once every <ruby> base with its reading is taken out. */
const bare = (html: string) => html.replace(/<ruby>.*?<\/ruby>/g, '').replace(/<[^>]+>/g, '');

describe('furigana', () => {
  it('renders 漢字《よみ》 as ruby over the kanji before it, keeping the rest', () => {
    expect(renderToString(<Furigana text="話《はなし》を聞《き》いてくれる窓口" />)).toBe('<ruby>話<rt>はなし</rt></ruby>を<ruby>聞<rt>き</rt></ruby>いてくれる窓口');
    expect(renderToString(<Furigana text="相談できる窓口" />)).toBe('相談できる窓口');
    expect(withoutReadings('今日《きょう》、話《はな》す')).toBe('今日、話す');
  });

  it('leaves no kanji of the teen result without a reading', () => {
    const texts = teenTexts(ja.result);
    expect(texts.length).toBeGreaterThan(30);
    for (const t of texts) expect(HAN.test(bare(renderToString(<Furigana text={t} />))), t).toBe(false);
  });

  it('leaves no kanji of the teen K6 items and their explanations without a reading, and keeps each item word for word', () => {
    for (const item of K6.items) {
      const html = renderToString(<WithRuby text={item.text} readings={ja.items['k6-ja'].ruby} />);
      expect(HAN.test(bare(html)), item.text).toBe(false);
      expect(html.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '')).toBe(item.text);
    }
    for (const gloss of Object.values(ja.items['k6-ja'].gloss)) expect(HAN.test(bare(renderToString(<WithRuby text={gloss} readings={ja.items['k6-ja'].ruby} />))), gloss).toBe(false);
  });
});
