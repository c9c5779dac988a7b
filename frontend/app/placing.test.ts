import { describe, expect, it } from 'vitest';
import { jaHours } from '../../shared/messages';
import { getTenant } from '../../shared/tenants';
import { line, OFFICE, townOf } from '../../shared/routing/test-lines';
import { fullData } from '../data/build';
import { rankHelplines } from '../../shared/routing';
import { helpListFor, helpListForAnyone, panelFor } from './placing';
import { MODES } from '../../shared/modes';

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');
const full = fullData(matsudo);
const at = (jst: string) => new Date(`${jst}+09:00`);
const ids = (ps: readonly { helpline: { id: string } }[]) => ps.map((p) => p.helpline.id);

describe('placing on the page’s full data', () => {
  it('gives the help list as plain data: opening times in epoch ms, the cards’ hours in words', () => {
    const groups = helpListFor(full, { mode: 'teen', safetyFlag: false, topics: ['school'] }, at('2026-05-07T10:00:00'));
    expect(groups.now[0]?.helpline.id).toBe('kodomo-sos-dial');
    const childline = groups.closed.find((p) => p.helpline.id === 'childline-phone');
    expect(childline?.opensAt).toBe(at('2026-05-07T16:00:00').getTime());
    expect(childline?.helpline.hoursText).toContain('16');
    expect(JSON.parse(JSON.stringify(groups))).toEqual(groups);
  });

  it('leaves opensAt out when it cannot be said', () => {
    // Weekday office hours, closed on holidays; the next day is past the holiday table.
    const office = fullData(townOf(line('office', { hours: OFFICE })));
    const groups = helpListFor(office, { mode: 'self', safetyFlag: false, topics: [] }, at('2035-12-31T18:00:00'));
    expect(groups.closed).toHaveLength(1);
    expect(groups.closed[0]).not.toHaveProperty('opensAt');
    const known = helpListFor(office, { mode: 'self', safetyFlag: false, topics: [] }, at('2035-12-27T18:00:00'));
    expect(known.closed[0]?.opensAt).toBe(at('2035-12-28T08:30:00').getTime());
  });

  it('gives the crisis panel its connectable lines, and the help list every ranked line once', () => {
    const now = at('2026-05-07T22:00:00');
    // 22:00: the 24 h lines with a number (千葉いのちの電話, よりそいホットライン).
    expect(ids(panelFor(full, 'self', now).openNow)).toEqual(['chiba-inochi-no-denwa', 'yorisoi-hotline']);
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: [] }, full, now);
    const groups = helpListFor(full, { mode: 'self', safetyFlag: true, topics: [] }, now);
    expect([...ids(groups.now), ...ids(groups.closed), ...ids(groups.other)].sort()).toEqual(ids(ranked).sort());
  });
});

describe('placing in the page’s language', () => {
  const now = at('2026-05-07T10:00:00');
  const firstOpen = (groups: { now: readonly { helpline: { id: string; crisis?: boolean } }[] }) => ids(groups.now.filter((p) => !p.helpline.crisis)).slice(0, 2).sort();
  const multilingual = ['chiba-foreign-residents', 'houterasu-multilingual'];

  it('puts the lines that speak Chinese first among the open lines on the Chinese page, and not on the Japanese one', () => {
    expect(firstOpen(helpListFor(full, { mode: 'self', safetyFlag: true, topics: [], lang: 'zh' }, now))).toEqual(multilingual);
    expect(firstOpen(helpListFor(full, { mode: 'self', safetyFlag: true, topics: [] }, now))).not.toEqual(multilingual);
  });

  it('passes the language on before a mode is chosen', () => {
    expect(firstOpen(helpListForAnyone(full, [], now, 'vi'))).toEqual(multilingual);
    expect(helpListForAnyone(full, [], now, 'easy')).toEqual(helpListForAnyone(full, [], now));
  });
});

describe('the help list before a mode is chosen', () => {
  it('lists the adult crisis lines, then the teen ones, then the rest — every line of every mode once', () => {
    const now = at('2026-05-07T10:00:00');
    const anyone = helpListForAnyone(full, [], now);
    const order = ids(anyone.now);
    expect(new Set(order).size).toBe(order.length);
    expect(new Set(order)).toEqual(new Set(MODES.flatMap((mode) => ids(helpListFor(full, { mode, safetyFlag: true, topics: [] }, now).now))));
    // 赤ちゃんママ's own windows are in it too (open at 10:00 on a weekday).
    expect(order).toContain('matsudo-oyako-sukoyaka-chuo');
    const firstNonCrisis = anyone.now.findIndex((p) => !(p.helpline as { crisis?: boolean }).crisis);
    expect(order.indexOf('kodomo-sos-dial')).toBeLessThan(firstNonCrisis === -1 ? order.length : firstNonCrisis);
    expect(order.indexOf('kodomo-sos-dial')).toBeGreaterThan(order.indexOf('yorisoi-hotline'));
  });
});
