import { describe, expect, it } from 'vitest';
import { TENANT_ID_PATTERN } from '../domain';
import { PREFECTURE_ID_PATTERN, PREFECTURES, prefectureOf, prefectureScope, servedPrefectures } from './index';

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

describe('served prefectures', () => {
  it('are the prefectures of the real towns served, once each, in JIS order; test-only towns make none', () => {
    const served = servedPrefectures([
      { prefecture: 'chiba' },
      { prefecture: 'saitama', testOnly: true },
      { prefecture: 'tokyo' },
      { prefecture: 'chiba' },
      { prefecture: 'hokkaido', testOnly: false },
    ]);
    expect(served.map((p) => p.id)).toEqual(['hokkaido', 'chiba', 'tokyo']);
    expect(served.every((p) => PREFECTURE_ID_PATTERN.test(p.id))).toBe(true);
    expect(PREFECTURES.every((p) => PREFECTURE_ID_PATTERN.test(p.id))).toBe(true);
    // The counting scope can never be a tenant id.
    expect(TENANT_ID_PATTERN.test(prefectureScope('chiba'))).toBe(false);
  });
});
