import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { ADULT_TOPICS } from '../../shared/domain';
import { RELATIONSHIPS } from '../../shared/domain/relationships';
import { addAttribute, counterEntries, emptyFigures, fiscalYearOfMonth, incrementFor, languagesOf, markerExpiresAt, MARKER_TTL_SECONDS, parseKindKey, shardOf, SHARD_COUNT } from './keys';

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

  it('turns a completion into one kind key by mode alone and one attribute per dimension, its channel one of them', () => {
    const increment = incrementFor(
      { type: 'complete', id, mode: 'self', ageBand: '20s', gender: 'na', band: 'high', safetyFlag: true, topics: ['work', 'money'] },
      7,
    );
    expect(increment.kindKey).toBe('C#self');
    expect(increment.attributes.sort()).toEqual(['a20s', 'bhigh', 'c-', 'f', 'gna', 'h07', 'lja', 'n', 'tmoney', 'twork']);
    const tagged = incrementFor({ type: 'complete', id, mode: 'teen', ageBand: '10s', gender: 'na', band: 'low', safetyFlag: false, topics: [], src: 'school-a' }, 7);
    expect(tagged.kindKey).toBe('C#teen');
    expect(tagged.attributes).toContain('cschool-a');
  });

  it('counts who the other person is (家族) as one more attribute on the mode’s item, and reads it back as its own dimension', () => {
    const increment = incrementFor(
      { type: 'complete', id, mode: 'family', ageBand: '50s', gender: 'female', band: 'some', safetyFlag: false, topics: ['gloomy', 'drinking'], relationship: 'partner', src: 'school-a' },
      21,
    );
    expect(increment.kindKey).toBe('C#family');
    expect(increment.attributes.sort()).toEqual(['a50s', 'bsome', 'cschool-a', 'gfemale', 'h21', 'lja', 'n', 'rpartner', 'tdrinking', 'tgloomy']);
    const figures = emptyFigures();
    for (const name of increment.attributes) addAttribute(figures, name, 1);
    expect(figures).toEqual({
      count: 1, safetyFlagged: 0, ageBand: { '50s': 1 }, gender: { female: 1 }, band: { some: 1 }, topic: { gloomy: 1, drinking: 1 },
      relationship: { partner: 1 }, language: { ja: 1 }, hour: { 21: 1 }, channel: { 'school-a': 1 },
    });
  });

  it('gives every relationship an attribute no other dimension reads, and one prefix letter to each dimension', () => {
    for (const relationship of RELATIONSHIPS) {
      const figures = emptyFigures();
      addAttribute(figures, `r${relationship}`, 2);
      expect(figures).toEqual({ ...emptyFigures(), relationship: { [relationship]: 2 } });
    }
    // The prefix letters in use: a relationship's `r` must not be one of them twice.
    const { attributes } = incrementFor(
      { type: 'complete', id, mode: 'family', ageBand: 'na', gender: 'na', band: 'low', safetyFlag: true, topics: ['loss'], relationship: 'na', src: 'x' },
      0,
    );
    const prefixed = attributes.filter((name) => name.length > 1);
    expect(new Set(prefixed.map((name) => name[0])).size).toBe(prefixed.length);
  });

  it('reads an item stored before relationships were counted with none, and adds nothing for a mode about the resident', () => {
    const item: Record<string, AttributeValue> = { pk: { S: 'C#matsudo#2025-06#3' }, sk: { S: '14#C#self' }, n: { N: '2' }, a20s: { N: '2' }, 'c-': { N: '2' } };
    const figures = emptyFigures();
    for (const [name, value] of counterEntries('C#self', item).entries) addAttribute(figures, name, value);
    expect(figures.relationship).toEqual({});
    expect(figures.count).toBe(2);
    const self = incrementFor({ type: 'complete', id, mode: 'self', ageBand: '20s', gender: 'na', band: 'low', safetyFlag: false, topics: [] }, 7);
    expect(self.attributes.some((name) => name.startsWith('r'))).toBe(false);
  });

  it('reads a completion stored under its channel (the older key) as its mode’s, its count under that channel', () => {
    const item: Record<string, AttributeValue> = { pk: { S: 'C#matsudo#2026-06#3' }, sk: { S: '14#C#self#sticker-a' }, n: { N: '2' }, a20s: { N: '2' }, h09: { N: '2' } };
    const { kindKey, entries } = counterEntries('C#self#sticker-a', item);
    expect(kindKey).toBe('C#self');
    expect(entries.sort()).toEqual([['a20s', 2], ['csticker-a', 2], ['h09', 2], ['n', 2]]);
    expect(parseKindKey('C#self#sticker-a')).toEqual({ kind: 'complete', mode: 'self' });
    expect(counterEntries('T#self#inochi', item).kindKey).toBe('T#self#inochi');
  });

  it('lets a marker expire no sooner than three days on, on a whole hour, so it cannot date its event to the second', () => {
    const at = new Date('2026-06-14T00:30:17.250Z');
    const expiresAt = markerExpiresAt(at);
    expect(expiresAt % 3600).toBe(0);
    expect(expiresAt).toBe(Date.parse('2026-06-17T01:00:00Z') / 1000);
    expect(expiresAt * 1000 - at.getTime()).toBeGreaterThanOrEqual(MARKER_TTL_SECONDS * 1000);
    // Every event of the hour carries the same value; one on the hour expires exactly three days on.
    expect(markerExpiresAt(new Date('2026-06-14T00:00:01Z'))).toBe(expiresAt);
    expect(markerExpiresAt(new Date('2026-06-14T00:00:00Z'))).toBe(Date.parse('2026-06-17T00:00:00Z') / 1000);
  });

  it('reads views and starts stored under their channel (the older keys) as today’s items, their count under that channel', () => {
    const item: Record<string, AttributeValue> = { pk: { S: 'C#matsudo#2026-06#3' }, sk: { S: '14#V#sticker-a' }, n: { N: '2' }, h09: { N: '2' } };
    expect(counterEntries('V#sticker-a', item)).toEqual({ kindKey: 'V', entries: [['n', 2], ['csticker-a', 2], ['h09', 2]] });
    expect(counterEntries('S#teen#-', item).kindKey).toBe('S#teen');
    expect(parseKindKey('V#sticker-a')).toEqual({ kind: 'view' });
    expect(parseKindKey('S#teen#school-a')).toEqual({ kind: 'start', mode: 'teen' });
  });

  it('counts the page language on the one item a view, start or completion writes, Japanese when the page sends none', () => {
    expect(incrementFor({ type: 'view', id, src: 'sticker-cityhall', lang: 'vi' }, 23)).toEqual({ kindKey: 'V', attributes: ['n', 'h23', 'lvi', 'csticker-cityhall'] });
    expect(incrementFor({ type: 'view', id }, 23)).toEqual({ kindKey: 'V', attributes: ['n', 'h23', 'lja', 'c-'] });
    expect(incrementFor({ type: 'start', id, mode: 'teen', lang: 'easy' }, 8)).toEqual({ kindKey: 'S#teen', attributes: ['n', 'h08', 'leasy', 'c-'] });
    const done = incrementFor({ type: 'complete', id, mode: 'self', ageBand: '30s', gender: 'male', band: 'low', safetyFlag: false, topics: [], lang: 'zh' }, 8);
    expect(done.kindKey).toBe('C#self');
    expect(done.attributes).toContain('lzh');
    expect(incrementFor({ type: 'helpline_tap', id, mode: 'self', helplineId: 'inochi' }, 8).attributes.some((name) => name.startsWith('l'))).toBe(false);
    // Stored before languages were counted (no `l…`): read as Japanese, the only page there was.
    expect(languagesOf({ count: 7, language: {} })).toEqual({ ja: 7 });
    expect(languagesOf({ count: 7, language: { en: 2, ja: 1 } })).toEqual({ ja: 5, en: 2 });
    expect(languagesOf({ count: 3, language: { en: 2, vi: 1 } })).toEqual({ en: 2, vi: 1 });
  });

  it('keeps the helpline in taps, and marks taps before a result', () => {
    expect(incrementFor({ type: 'helpline_tap', id, mode: 'teen', helplineId: 'childline' }, 0)).toEqual({
      kindKey: 'T#teen#childline',
      attributes: ['n', 'bnone'],
    });
  });

  it('reads back what it wrote', () => {
    expect(parseKindKey('S#teen')).toEqual({ kind: 'start', mode: 'teen' });
    expect(parseKindKey('V')).toEqual({ kind: 'view' });
    expect(parseKindKey('T#self#inochi')).toEqual({ kind: 'helpline_tap', mode: 'self', helplineId: 'inochi' });
    expect(parseKindKey('X#self')).toBeUndefined();
    const figures = emptyFigures();
    for (const [name, value] of [['n', 3], ['a10s', 2], ['h07', 1], ['h07', 2], ['tschool', 1], ['f', 1], ['bnone', 4], ['cschool-a', 2], ['c-', 1], ['len', 2]] as const) {
      addAttribute(figures, name, value);
    }
    expect(figures).toEqual({ count: 3, safetyFlagged: 1, ageBand: { '10s': 2 }, gender: {}, band: { none: 4 }, topic: { school: 1 }, relationship: {}, language: { en: 2 }, hour: { 7: 3 }, channel: { 'school-a': 2, '-': 1 } });
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
