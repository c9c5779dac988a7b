import { describe, expect, it } from 'vitest';
import { expiryNotice, expiryWarningText, WARN_BEFORE_MS } from './expiry';

const exp = Date.parse('2026-06-01T01:00:00Z');
const min = 60_000;

describe('sign-in expiry warning', () => {
  it('stays quiet until five minutes before expiry and says when to look again', () => {
    expect(expiryNotice(exp, exp - 60 * min)).toEqual({ kind: 'fine', warnIn: 55 * min });
    expect(expiryNotice(exp, exp - WARN_BEFORE_MS - 1)).toEqual({ kind: 'fine', warnIn: 1 });
  });

  it('counts the minutes left, rounded up, and when the count changes', () => {
    expect(expiryNotice(exp, exp - 5 * min)).toEqual({ kind: 'soon', minutesLeft: 5, nextIn: min });
    expect(expiryNotice(exp, exp - 4 * min - 10_000)).toEqual({ kind: 'soon', minutesLeft: 5, nextIn: 10_000 });
    expect(expiryNotice(exp, exp - 30_000)).toEqual({ kind: 'soon', minutesLeft: 1, nextIn: 30_000 });
    expect(expiryNotice(exp, exp)).toEqual({ kind: 'expired' });
  });

  it('warns in Japanese with the minutes left', () => {
    expect(expiryWarningText(5)).toMatch(/^あと5分でログインが切れます。/);
  });
});
