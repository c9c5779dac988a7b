import { describe, expect, it } from 'vitest';
import { eventRuleIssues } from '../functions/public/rules';
import { UNREGISTERED_SRC } from '../shared/domain';
import { countingEvent } from '../shared/events';
import { MODES, modeSpec } from '../shared/modes';
import { getTenant } from '../shared/tenants';
import { demoEvents } from './demo-events';
import { LANGS } from '../shared/languages';
import { LANG_SHARES, sampleCompletion, sampleLang } from './sample-completion';

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const helplines = new Set(getTenant('matsudo')?.helplines.map((h) => h.id));
/** What the events API would say of the event: nothing, for one it counts. */
const refusals = (event: unknown) => {
  const parsed = countingEvent.safeParse(event);
  return parsed.success ? eventRuleIssues(parsed.data, helplines).map((i) => i.path) : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('synthetic completions', () => {
  it.each(MODES)('draws %s completions the events API accepts, in every band the mode gives', (mode) => {
    const r = rng(7);
    const bands = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const answers = sampleCompletion(mode, r, 0.3);
      bands.add(answers.band);
      expect(refusals({ type: 'complete', id: crypto.randomUUID(), mode, safetyFlag: false, ...answers })).toEqual([]);
      expect(answers.relationship !== undefined).toBe(modeSpec(mode).aboutOther === true);
    }
    expect(bands.size).toBeGreaterThan(2);
  });

  it('seeds demo events the events API accepts, 家族 with its relationships among them', () => {
    const events = [...demoEvents('2026-06-01', '2026-06-30', 30)].map((e) => e.event);
    // The 未登録 bucket is what the API stores in place of an unregistered tag: the page sends a tag, not it.
    const sent = events.map((e) => ('src' in e && e.src === UNREGISTERED_SRC ? { ...e, src: 'someones-tag' } : e));
    const refused = sent.map(refusals).filter((issues) => issues.length > 0);
    expect(refused).toEqual([]);
    const family = events.filter((e) => e.type === 'complete' && modeSpec(e.mode).aboutOther);
    expect(family.length).toBeGreaterThan(10);
  });

  it('draws page languages by their shares, mostly 日本語 (sent as ja or, as a cached page does, not at all), every language among them', () => {
    expect(Object.values(LANG_SHARES).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const r = rng(11);
    const drawn = Array.from({ length: 20_000 }, () => sampleLang(r).lang ?? 'ja');
    for (const lang of LANGS) expect(drawn.filter((l) => l === lang).length / drawn.length).toBeCloseTo(LANG_SHARES[lang], 1);
    const events = [...demoEvents('2026-06-01', '2026-06-30', 30)].map((e) => e.event);
    const langs = new Set(events.map((e) => ('lang' in e ? e.lang : undefined)));
    expect([...langs].sort()).toEqual([...LANGS, undefined].sort());
    expect(events.filter((e) => e.type === 'view' && e.lang !== undefined && e.lang !== 'ja').length).toBeGreaterThan(0);
  });
});
