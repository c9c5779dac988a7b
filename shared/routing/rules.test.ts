import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineHelplines, EVERYONE } from '../helplines';
import { isGeneralLocal, isRemoteCrisisLine, servesMode } from './rules';
import { helpGroupOf, inCrisisSubset, isOwnLine } from './standing';
import { CLOSED, line, NO_NUMBER } from './test-lines';

const one = (...facts: Parameters<typeof line>) => {
  const [h] = defineHelplines([line(...facts)]);
  if (h === undefined) throw new Error('no line');
  return h;
};

describe('line rules', () => {
  it('serve a mode by its audience; own lines are those not meant for every age', () => {
    const teen = { audiences: ['teen' as const] };
    const childAndFamily = { audiences: ['teen' as const, 'family' as const] };
    const adult = { audiences: ['adult' as const, 'family' as const] };
    const everyone = { audiences: EVERYONE };
    expect([teen, childAndFamily, adult, everyone].map((h) => servesMode(h, 'teen'))).toEqual([true, true, false, true]);
    expect([teen, childAndFamily, adult, everyone].map((h) => servesMode(h, 'self'))).toEqual([false, false, true, true]);
    expect([teen, childAndFamily, adult, everyone].map((h) => isOwnLine(h, 'teen'))).toEqual([true, true, false, false]);
    expect([teen, childAndFamily, adult, everyone].map((h) => isOwnLine(h, 'self'))).toEqual([false, false, true, false]);
    // 家族: every line that takes families serves it, but only a line for those who worry about someone leads.
    const familyOnly = { audiences: ['family' as const] };
    expect([teen, childAndFamily, adult, everyone, familyOnly].map((h) => servesMode(h, 'family'))).toEqual([false, true, true, true, true]);
    expect([teen, childAndFamily, adult, everyone, familyOnly].map((h) => isOwnLine(h, 'family'))).toEqual([false, false, false, false, true]);
  });

  it('count a crisis line reachable from anywhere by phone or chat, not by visit only', () => {
    expect(isRemoteCrisisLine({ crisis: true, audiences: EVERYONE, channels: [{ type: 'chat' }] })).toBe(true);
    expect(isRemoteCrisisLine({ crisis: true, audiences: EVERYONE, channels: [{ type: 'visit' }] })).toBe(false);
    expect(isRemoteCrisisLine({ audiences: EVERYONE, channels: [{ type: 'phone', number: '000' }] })).toBe(false);
  });

  it('put 119/110, confirmed 24 h crisis lines by phone or chat and the confirmed general local windows in the crisis subset — nothing else', () => {
    expect(inCrisisSubset(one('119', { emergency: true, scope: 'emergency' }))).toBe(true);
    expect(inCrisisSubset(one('24h-crisis', { crisis: true }))).toBe(true);
    expect(inCrisisSubset(one('24h-chat', { crisis: true, channels: [{ type: 'chat', url: 'https://chat.example.jp/' }] }))).toBe(true);
    // A one-tap button cannot say "still being confirmed": such lines wait for the full panel.
    expect(inCrisisSubset(one('24h-chat-by-name', { crisis: true, channels: [{ type: 'chat' }] }))).toBe(false);
    expect(inCrisisSubset(one('24h-unverified', { crisis: true, unverified: true, unverifiedReason: 'test' }))).toBe(false);
    expect(inCrisisSubset(one('numberless-window', { scope: 'local', channels: NO_NUMBER }))).toBe(false);
    expect(inCrisisSubset(one('evening-crisis', { crisis: true, hours: CLOSED }))).toBe(false);
    expect(inCrisisSubset(one('24h-visit', { crisis: true, channels: [{ type: 'visit' }] }))).toBe(false);
    expect(inCrisisSubset(one('24h-not-crisis'))).toBe(false);
    expect(inCrisisSubset(one('general-window', { scope: 'local' }))).toBe(true);
    expect(inCrisisSubset(one('money-window', { scope: 'local', topics: ['money'] }))).toBe(false);
    expect(isGeneralLocal({ scope: 'local' })).toBe(true); // a subset line carries no topics
  });

  it('group a line: confirmed and open or unknown → now, confirmed and closed → closed, anything unconfirmed → other', () => {
    const confirmed = one('confirmed');
    expect([true, null, false].map((open) => helpGroupOf(confirmed, open))).toEqual(['now', 'now', 'closed']);
    expect(helpGroupOf(one('unverified', { unverified: true, unverifiedReason: 'test' }), true)).toBe('other');
    expect(helpGroupOf(one('no-number', { channels: NO_NUMBER }), true)).toBe('other');
  });

  it('import nothing heavy, since the page’s first script carries ./rules', () => {
    const imports = (file: string) => [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^import (type )?.* from '([^']+)';$/gm)];
    const runtime = (file: string) => imports(file).filter((m) => m[1] === undefined).map((m) => m[2]);
    expect(runtime('./rules.ts')).toEqual(['../modes']);
    // The mode registry it asks is plain data: its topics and nothing else.
    expect(runtime('../modes/index.ts')).toEqual(['./topics']);
    expect(runtime('../modes/topics.ts')).toEqual([]);
    // The result chunk's own rules may build on ./rules, never the other way: that would bundle them into the first script.
    expect(runtime('./standing.ts')).toEqual(['../modes', './reach', './rules']);
    expect(runtime('./reach.ts')).toEqual([]);
  });
});
