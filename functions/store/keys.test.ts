import { describe, expect, it } from 'vitest';
import { ADULT_TOPICS } from '../../shared/domain';
import { addAttribute, emptyFigures, fiscalYearOfMonth, incrementFor, parseKindKey, shardOf, SHARD_COUNT } from './keys';

const id = '5b0c7f0e-7a51-4c3e-9a3f-2f1d7c1e9b10';

describe('counter keys', () => {
  it('spreads random event ids evenly over every shard, and a retried id always lands on the same one', () => {
    const seen = new Map<number, number>();
    const ids = 500 * SHARD_COUNT;
    for (let i = 0; i < ids; i++) {
      const shard = shardOf(crypto.randomUUID());
      seen.set(shard, (seen.get(shard) ?? 0) + 1);
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual([...Array(SHARD_COUNT).keys()]);
    // Uniform would be 500 each; a skewed hash would hot-spot one partition.
    for (const count of seen.values()) expect(count).toBeGreaterThan(400);
    expect(shardOf(id)).toBe(shardOf(id));
  });

  it('turns a completion into one kind key and one attribute per dimension', () => {
    const increment = incrementFor(
      { type: 'complete', id, mode: 'self', ageBand: '20s', gender: 'na', band: 'high', safetyFlag: true, topics: ['work', 'money'] },
      7,
    );
    expect(increment.kindKey).toBe('C#self#-');
    expect(increment.attributes.sort()).toEqual(['a20s', 'bhigh', 'f', 'gna', 'h07', 'n', 'tmoney', 'twork']);
  });

  it('keeps the outreach tag in views and the helpline in taps, and marks taps before a result', () => {
    expect(incrementFor({ type: 'view', id, src: 'sticker-cityhall' }, 23)).toEqual({ kindKey: 'V#sticker-cityhall', attributes: ['n', 'h23'] });
    expect(incrementFor({ type: 'helpline_tap', id, mode: 'teen', helplineId: 'childline' }, 0)).toEqual({
      kindKey: 'T#teen#childline',
      attributes: ['n', 'bnone'],
    });
  });

  it('reads back what it wrote', () => {
    expect(parseKindKey('S#teen#school-a')).toEqual({ kind: 'start', mode: 'teen', src: 'school-a' });
    expect(parseKindKey('T#self#inochi')).toEqual({ kind: 'helpline_tap', mode: 'self', helplineId: 'inochi' });
    expect(parseKindKey('X#self')).toBeUndefined();
    const figures = emptyFigures();
    for (const [name, value] of [['n', 3], ['a10s', 2], ['h07', 1], ['h07', 2], ['tschool', 1], ['f', 1], ['bnone', 4]] as const) {
      addAttribute(figures, name, value);
    }
    expect(figures).toEqual({ count: 3, safetyFlagged: 1, ageBand: { '10s': 2 }, gender: {}, band: { none: 4 }, topic: { school: 1 }, hour: { 7: 3 } });
  });

  it('counts a repeated topic once rather than letting DynamoDB refuse the update', () => {
    const { attributes } = incrementFor(
      { type: 'complete', id, mode: 'self', ageBand: '30s', gender: 'male', band: 'low', safetyFlag: false, topics: [...ADULT_TOPICS, 'work'] },
      12,
    );
    expect(new Set(attributes).size).toBe(attributes.length);
  });

  it('puts March in the previous fiscal year and April in the new one', () => {
    expect(fiscalYearOfMonth('2026-03')).toBe(2025);
    expect(fiscalYearOfMonth('2026-04')).toBe(2026);
  });
});
