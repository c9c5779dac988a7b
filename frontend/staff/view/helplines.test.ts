import { describe, expect, it } from 'vitest';
import { agoText, recheckLabel, sourceLink, STATUS_LABELS } from './helplines';

describe('helpline review view', () => {
  it('names each status as staff say it', () => {
    expect(STATUS_LABELS).toEqual({ stale: '要確認（古い）', unverified: '未確認', ok: '確認済み' });
  });

  it('links web sources only', () => {
    expect(sourceLink('https://www.chiba-inochi.jp/about/')).toEqual({ href: 'https://www.chiba-inochi.jp/about/', host: 'www.chiba-inochi.jp' });
    expect(sourceLink(null)).toBeUndefined();
    expect(sourceLink('javascript:alert(1)')).toBeUndefined();
    expect(sourceLink('data:text/html,x')).toBeUndefined();
    expect(sourceLink('not a url')).toBeUndefined();
  });

  it('says how long ago and when the re-check is due', () => {
    expect(agoText({ months: 14, days: 3 })).toBe('1年2か月前');
    expect(agoText({ months: 12, days: 1 })).toBe('1年前');
    expect(agoText({ months: 3, days: 0 })).toBe('3か月前');
    expect(agoText({ months: 0, days: 12 })).toBe('12日前');
    expect(agoText({ months: 0, days: 0 })).toBe('今日');
    expect(recheckLabel('stale')).toBe('再確認の期限切れ：');
    expect(recheckLabel('ok')).toBe('再確認の期限：');
    expect(recheckLabel('unverified')).toBeUndefined();
  });
});
