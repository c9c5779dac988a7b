import { describe, expect, it } from 'vitest';
import { jaHelp } from '../../shared/messages';
import { opensText } from './opening';

const at = (iso: string) => new Date(iso).getTime();

describe('opensText', () => {
  // 2026-12-01 is a Tuesday; 10:00 JST = 01:00Z.
  const now = new Date('2026-12-01T01:00:00Z');
  it('says today, tomorrow or the date with its weekday, in Japan time', () => {
    expect(opensText(at('2026-12-01T07:00:00Z'), now, jaHelp.opens)).toBe('きょう 16:00から受付');
    expect(opensText(at('2026-12-02T00:30:00Z'), now, jaHelp.opens)).toBe('あす 9:30から受付');
    expect(opensText(at('2026-12-04T23:30:00Z'), now, jaHelp.opens)).toBe('12月5日（土）8:30から受付');
  });
  it('counts the day in Japan time, not the phone clock: 23:30 JST is still today', () => {
    expect(opensText(at('2026-12-01T14:30:00Z'), now, jaHelp.opens)).toBe('きょう 23:30から受付');
    expect(opensText(at('2026-12-01T15:00:00Z'), now, jaHelp.opens)).toBe('あす 0:00から受付');
  });
});
