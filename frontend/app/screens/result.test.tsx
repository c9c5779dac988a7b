/**
 * The result against the safety answer, for every safety answer × band × mode:
 * with the flag raised it opens with thanks, 119/110 and crisis lines open now,
 * before the picture; its picture is never the clear sky and none of the band's
 * own words or tips (「おだやかな晴れ」, 「好きなことをする時間をつくる」) appear.
 * Without the flag the band's words show as before. Rendered as the page's
 * chunk renders it, from the built matsudo data.
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BANDS, MODES, SAFETY_ANSWERS, isSafetyFlagged, type Band, type Mode, type SafetyAnswer } from '../../../shared/domain';
import { instrumentFor } from '../../../shared/instruments';
import { ja } from '../../../shared/messages';
import { modeSpec, type AskedInstrumentId } from '../../../shared/modes';
import { MATSUDO } from '../../../shared/tenants/matsudo';
import { fullData, pageData } from '../../data';
import { setEnv } from '../context';
import { neverLater } from '../later';
import { withoutReadings } from '../parts/Furigana';
import { landingFrom } from './Landing';
import { Result } from './Result';

const tenant = fullData(MATSUDO);
/** K6 answers at each band's edges: 4 (low), 5 (some), 12 (high), 13 (veryHigh). */
const K6_FOR: Record<Band, number[]> = { low: [1, 1, 1, 1, 0, 0], some: [1, 1, 1, 1, 1, 0], high: [2, 2, 2, 2, 2, 2], veryHigh: [3, 2, 2, 2, 2, 2] };
const answersOf = (mode: Mode, scores: number[]) => Object.fromEntries(instrumentFor(mode).items.map((item, i) => [item.id, scores[i] as number]));
// A Tuesday 03:00 JST: only the 24 h lines are open.
const NIGHT = new Date('2026-12-01T18:00:00Z');

function render(mode: Mode, band: Band, safety: SafetyAnswer): { html: string; text: string } {
  setEnv({ tenant: pageData(MATSUDO, '/x.json'), messages: ja, Landing: landingFrom(ja.landing, MODES), later: neverLater, events: { send: () => undefined }, now: () => NIGHT, exitUrl: '/', exit: () => undefined });
  const outcome = { mode, answers: answersOf(mode, K6_FOR[band]), safety, safetyFlag: isSafetyFlagged(safety), topics: [] };
  const html = renderToString(<Result outcome={outcome} tenant={tenant} words={ja} onRestart={() => undefined} />);
  // Text as read: teen ruby readings (<rt>) left out, so it compares with the catalogue's words.
  return { html, text: html.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '') };
}

/** A catalogue text for the mode, without its in-place teen readings. */
function pickText<T extends string | readonly string[]>(t: T | { adult: T; teen: T }, mode: Mode): T {
  const v = typeof t === 'object' && t !== null && 'adult' in t ? t[modeSpec(mode).wording] : (t as T);
  return (typeof v === 'string' ? withoutReadings(v) : (v as readonly string[]).map(withoutReadings)) as T;
}

const wordsOf = (band: Band, mode: Mode): string[] => {
  const b = ja.result.bands[modeSpec(mode).instrument as AskedInstrumentId][band];
  const flaggedCare = pickText(ja.result.flagged.selfCare, mode);
  // A tip the flagged list shares (「ひとりでかかえこまない」) is about reaching a person, not the band's own.
  return [pickText(b.title, mode), pickText(b.message, mode), ...pickText(b.selfCare, mode).filter((t) => !flaggedCare.includes(t)), `aria-label="${b.picture}"`];
};
const index = (html: string, needle: string) => {
  const i = html.indexOf(needle);
  expect(i, `${needle} is on the result`).toBeGreaterThanOrEqual(0);
  return i;
};

describe.each(MODES.filter((m) => !modeSpec(m).aboutOther))('result in %s mode', (mode) => {
  describe.each(SAFETY_ANSWERS.filter(isSafetyFlagged))('after the safety answer %s', (safety) => {
    it.each(BANDS)('with the %s band leads with thanks and crisis help and never says all is well', (band) => {
      const { html, text } = render(mode, band, safety);
      const r = ja.result.flagged;
      expect(text).toMatch(/^答えてくれて、ありがとう/);
      // 119, 110 and a 24 h crisis line come before the picture and the band's message.
      const picture = index(html, '<svg');
      expect(index(html, 'href="tel:119"')).toBeLessThan(picture);
      expect(index(html, 'href="tel:110"')).toBeLessThan(picture);
      expect(index(html, 'href="tel:0120783556"') < picture || index(html, 'href="tel:0120279338"') < picture).toBe(true);
      // The clear or lightly clouded sky (its sun) never shows; the lighthouse always does.
      expect(html).not.toContain('fill="#ffe2a0"');
      expect(html).toContain('fill="#ffe9a8"');
      for (const w of wordsOf(band, mode)) expect(w.startsWith('aria-label') ? html : text).not.toContain(w);
      expect(text).toContain(pickText(r.title, mode));
      expect(text).toContain('診断ではありません');
      const lead = safety === 'now' ? r.urgentLead : r.lead;
      expect(text).toContain(pickText(lead, mode));
      if (safety === 'now') expect(text).toContain(ja.panel.urgentOpenNowHeading);
    });
  });

  it.each(BANDS)('after 「なかった」 with the %s band shows the band as it is, with help below', (band) => {
    const { html, text } = render(mode, band, 'no');
    for (const w of wordsOf(band, mode)) expect(w.startsWith('aria-label') ? html : text).toContain(w);
    expect(text).toMatch(/^いまのこころの空もよう/);
    if (mode === 'teen') expect(html).toContain('<ruby>');
    expect(html).not.toContain('href="tel:119"');
    expect(index(html, '<svg')).toBeLessThan(index(html, 'class="lines"'));
    expect(html).toContain('href="tel:');
  });
});

describe('result in family mode (about someone else: no picture, no score)', () => {
  const o = ja.other.result;
  const signs = instrumentFor('family').items;
  const renderFamily = (topics: readonly string[], safety: SafetyAnswer) => {
    setEnv({ tenant: pageData(MATSUDO, '/x.json'), messages: ja, Landing: landingFrom(ja.landing, MODES), later: neverLater, events: { send: () => undefined }, now: () => NIGHT, exitUrl: '/', exit: () => undefined });
    const outcome = { mode: 'family' as const, answers: {}, safety, safetyFlag: isSafetyFlagged(safety), topics: topics as never[] };
    const html = renderToString(<Result outcome={outcome} tenant={tenant} words={ja} onRestart={() => undefined} />);
    return { html, text: html.replace(/<[^>]+>/g, '') };
  };

  it.each([
    [0, 'low'],
    [2, 'some'],
    [3, 'high'],
  ] as const)('with %i signs shows the words for band %s, the signs back, the four roles, help and self-care, each quote with its source', (n, band) => {
    const { html, text } = renderFamily(signs.slice(0, n).map((s) => s.id), 'no');
    expect(text.startsWith(o.heading)).toBe(true);
    expect(text).toContain(o.bands[band]!.title);
    for (const s of signs.slice(0, n)) expect(text).toContain(s.text);
    for (const s of signs.slice(n)) expect(text).not.toContain(s.text);
    for (const role of o.roles) expect(text).toContain(role.text);
    expect(html).toContain(`href="${o.rolesSource.url}"`);
    expect(html).toContain(`href="${o.selfCareSource.url}"`);
    for (const care of o.selfCare) expect(text).toContain(care);
    expect(html).not.toContain('<svg');
    expect(html).toContain('href="tel:');
    expect(html).not.toContain('href="tel:119"');
  });

  it.each(['sometimes', 'now', 'unsure'] as const)('after 「%s」 leads with thanks, 119/110 and lines open now, and no words for how many signs', (safety) => {
    const { html, text } = renderFamily(['gloomy'], safety);
    expect(text.startsWith(o.flaggedHeading)).toBe(true);
    expect(text).toContain(safety === 'now' ? o.urgentLead : o.flaggedLead);
    const roles = index(html, o.rolesHeading);
    expect(index(html, 'href="tel:119"')).toBeLessThan(roles);
    expect(index(html, 'href="tel:110"')).toBeLessThan(roles);
    for (const b of Object.values(o.bands)) expect(text).not.toContain(b.title);
    // The sign they noticed still shows, and help for the family member follows.
    expect(text).toContain(signs[0]!.text);
  });
});
