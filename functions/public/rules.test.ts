import { describe, expect, it, vi } from 'vitest';
import type { CompleteEvent } from '../../shared/events';

const complete: CompleteEvent = { type: 'complete', id: '00000000-0000-4000-8000-000000000000', mode: 'teen', ageBand: '10s', gender: 'na', band: 'some', safetyFlag: false, topics: ['school'] };

describe('eventRuleIssues', () => {
  it('accepts a complete event the mode can give', async () => {
    const { eventRuleIssues } = await import('./rules');
    expect(eventRuleIssues(complete, new Set())).toEqual([]);
    expect(eventRuleIssues({ ...complete, mode: 'self', ageBand: '40s', topics: ['work'], band: 'veryHigh' }, new Set())).toEqual([]);
  });

  it('refuses a mode the municipality does not offer, on a start, a completion and a tap', async () => {
    const { eventRuleIssues } = await import('./rules');
    const id = complete.id;
    expect(eventRuleIssues(complete, new Set(), ['self']).map((i) => i.path)).toEqual(['mode']);
    expect(eventRuleIssues({ type: 'start', id, mode: 'teen' }, new Set(), ['self']).map((i) => i.path)).toEqual(['mode']);
    expect(eventRuleIssues({ type: 'helpline_tap', id, mode: 'teen', helplineId: 'x' }, new Set(['x']), ['self']).map((i) => i.path)).toEqual(['mode']);
    expect(eventRuleIssues({ type: 'view', id }, new Set(), ['self'])).toEqual([]);
    expect(eventRuleIssues(complete, new Set(), ['self', 'teen'])).toEqual([]);
  });

  it('refuses a teen check counted outside 10代 and a topic of another mode', async () => {
    const { eventRuleIssues } = await import('./rules');
    expect(eventRuleIssues({ ...complete, ageBand: '20s', topics: ['work'] }, new Set()).map((i) => i.path)).toEqual(['topics.0', 'ageBand']);
  });

  it('asks a mode about someone else (家族) for the relationship, and refuses one on any other mode', async () => {
    const { eventRuleIssues } = await import('./rules');
    const family: CompleteEvent = { ...complete, mode: 'family', ageBand: '50s', band: 'some', topics: ['gloomy', 'drinking'], relationship: 'partner' };
    expect(eventRuleIssues(family, new Set())).toEqual([]);
    expect(eventRuleIssues({ ...family, relationship: 'na', topics: [], band: 'low' }, new Set())).toEqual([]);
    const { relationship: _, ...without } = family;
    expect(eventRuleIssues(without, new Set()).map((i) => i.path)).toEqual(['relationship']);
    expect(eventRuleIssues({ ...complete, relationship: 'parent' }, new Set()).map((i) => i.path)).toEqual(['relationship']);
    expect(eventRuleIssues({ ...complete, mode: 'self', ageBand: '40s', topics: ['work'], relationship: 'na' }, new Set()).map((i) => i.path)).toEqual(['relationship']);
    // It asks who they are and their age, not a gender.
    expect(eventRuleIssues({ ...family, gender: 'female' }, new Set()).map((i) => i.path)).toEqual(['gender']);
  });

  it('refuses a family sign on another mode, an adult topic and a K6 band on the family checklist', async () => {
    const { eventRuleIssues } = await import('./rules');
    expect(eventRuleIssues({ ...complete, mode: 'self', ageBand: '40s', topics: ['gloomy'] }, new Set()).map((i) => i.path)).toEqual(['topics.0']);
    const family: CompleteEvent = { ...complete, mode: 'family', ageBand: '50s', band: 'veryHigh', topics: ['work'], relationship: 'child' };
    expect(eventRuleIssues(family, new Set()).map((i) => i.path)).toEqual(['topics.0', 'band']);
  });

  it('refuses a band the mode’s instrument does not give, on a completion and on a tap', async () => {
    vi.resetModules();
    vi.doMock('../../shared/instruments/for-mode', async (original) => {
      const real = await original<typeof import('../../shared/instruments/for-mode')>();
      const k6 = real.instrumentFor('self');
      const narrow = { ...k6, result: { ...k6.result, bands: k6.result.bands.filter((b) => b.id !== 'veryHigh') } };
      return { ...real, instrumentFor: (mode: 'self' | 'teen') => (mode === 'teen' ? narrow : k6) };
    });
    const { eventRuleIssues } = await import('./rules');
    expect(eventRuleIssues({ ...complete, band: 'veryHigh' }, new Set()).map((i) => i.path)).toEqual(['band']);
    expect(eventRuleIssues({ type: 'helpline_tap', id: complete.id, mode: 'teen', helplineId: 'x', band: 'veryHigh' }, new Set(['x'])).map((i) => i.path)).toEqual(['band']);
    expect(eventRuleIssues({ type: 'helpline_tap', id: complete.id, mode: 'teen', helplineId: 'x' }, new Set(['x']))).toEqual([]);
    vi.doUnmock('../../shared/instruments/for-mode');
  });
});
