import { describe, expect, it } from 'vitest';
import { PREFECTURES, prefectureOf } from './index';

describe('prefectures', () => {
  it('lists the 47 prefectures once each, in JIS X 0401 order', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(PREFECTURES.map((p) => p.id)).size).toBe(47);
    expect(new Set(PREFECTURES.map((p) => p.name)).size).toBe(47);
    for (const p of PREFECTURES) {
      expect(p.id).toMatch(/^[a-z]+$/);
      expect(p.name).toMatch(/^(北海道|東京都|(京都|大阪)府|.+県)$/);
      expect(p.reading).toMatch(/^[ぁ-ん]+$/);
    }
  });

  it('finds a prefecture by id, and nothing else', () => {
    expect(prefectureOf('chiba')).toMatchObject({ code: '12', name: '千葉県' });
    expect(prefectureOf('tokyo')?.code).toBe('13');
    expect(prefectureOf('constructor')).toBeUndefined();
    expect(prefectureOf('千葉県')).toBeUndefined();
  });
});
