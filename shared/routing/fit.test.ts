import { describe, expect, it } from 'vitest';
import { getTenant, type Tenant } from '../tenants';
import { fitHelpList, type FittedHelpList } from './fit';
import { rankHelplines, type RankInput } from './rank';
import { CLOSED, line, NO_NUMBER, OFFICE, townOf, UNKNOWN } from './test-lines';

const at = (jst: string) => new Date(`${jst}+09:00`);
const THURSDAY_10 = at('2026-05-07T10:00:00');
const ids = (xs: readonly { helpline: { id: string } }[]) => xs.map((x) => x.helpline.id);
const fit = (t: Tenant, now = THURSDAY_10, input: Partial<RankInput> = {}): FittedHelpList =>
  fitHelpList(rankHelplines({ mode: 'self', safetyFlag: false, topics: [], ...input }, t, now), now);
const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');

describe('fitHelpList', () => {
  it('now: lines open now first, then reachable lines whose hours we cannot read — even one ranked above them', () => {
    const t = townOf(line('unknown-crisis', { crisis: true, hours: UNKNOWN }), line('open'));
    const fitted = fit(t, THURSDAY_10, { safetyFlag: true });
    expect(ids(fitted.now)).toEqual(['open', 'unknown-crisis']);
  });

  it('closed: reachable lines closed at this instant, each with when it opens next', () => {
    const fitted = fit(townOf(line('office', { hours: OFFICE })), at('2026-05-07T18:00:00'));
    expect(ids(fitted.closed)).toEqual(['office']);
    expect(fitted.closed[0]?.opensAt).toEqual(at('2026-05-08T08:30:00'));
    expect(fitted.now).toEqual([]);
  });

  it('closed: an opening time it cannot say is null, never a guess', () => {
    // The next day lies past the holiday table, and these hours close on holidays.
    const fitted = fit(townOf(line('office', { hours: OFFICE }), line('never', { hours: CLOSED })), at('2035-12-31T18:00:00'));
    expect(fitted.closed.map((c) => [c.helpline.id, c.opensAt])).toEqual([
      ['office', null],
      ['never', null],
    ]);
  });

  it('other: unverified entries and lines the page cannot connect to, open or not', () => {
    const t = townOf(
      line('unverified-with-number', { unverified: true, unverifiedReason: 'test' }),
      line('no-number', { channels: NO_NUMBER }),
      line('chat-without-link', { channels: [{ type: 'chat' }] }),
      line('line-without-link', { channels: [{ type: 'line' }], hours: CLOSED }),
      line('visit-only', { channels: [{ type: 'visit' }], hours: UNKNOWN }),
      line('chat-with-link', { channels: [{ type: 'chat', url: 'https://example.org/chat' }] }),
    );
    const fitted = fit(t);
    expect(ids(fitted.other)).toEqual(['unverified-with-number', 'no-number', 'chat-without-link', 'visit-only', 'line-without-link']);
    expect(ids(fitted.now)).toEqual(['chat-with-link']);
    expect(fitted.closed).toEqual([]);
  });

  it('keeps the rank order inside each group and places every line exactly once', () => {
    const input = { mode: 'self', safetyFlag: true, topics: ['money'] } as const;
    const now = at('2026-05-07T22:00:00');
    const ranked = rankHelplines(input, matsudo, now);
    const fitted = fitHelpList(ranked, now);
    const order = ids(ranked);
    for (const group of [fitted.closed, fitted.other]) {
      const positions = ids(group).map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect([...ids(fitted.now), ...ids(fitted.closed), ...ids(fitted.other)].sort()).toEqual([...order].sort());
  });
});

describe('fitHelpList on 松戸市', () => {
  it('gives a teen 24時間子供SOSダイヤル first, チャイルドライン as opening at 16:00, and no adult-only line', () => {
    const fitted = fit(matsudo, THURSDAY_10, { mode: 'teen', topics: ['school'] });
    expect(fitted.now[0]?.helpline.id).toBe('kodomo-sos-dial');
    expect(fitted.now.every((r) => r.openNow !== false && !r.helpline.unverified)).toBe(true);
    const childline = fitted.closed.find((c) => c.helpline.id === 'childline-phone');
    expect(childline?.opensAt).toEqual(at('2026-05-07T16:00:00'));
    const all = [...fitted.now, ...fitted.closed, ...fitted.other];
    expect(all.filter((r) => !r.helpline.audiences.includes('teen'))).toEqual([]);
    // The city's windows, whose numbers are still being confirmed, wait in `other`.
    expect(ids(fitted.other)).toContain('matsudo-ikiru-shien');
  });

  it('on New Year’s Eve says when チャイルドライン opens again: 4 January', () => {
    const fitted = fit(matsudo, at('2026-12-31T17:00:00'), { mode: 'teen', safetyFlag: true });
    expect(fitted.closed.find((c) => c.helpline.id === 'childline-phone')?.opensAt).toEqual(at('2027-01-04T16:00:00'));
    expect(fitted.now[0]?.helpline.id).toBe('kodomo-sos-dial');
  });

  it('late at night with the flag: the 24 h lines first, いのちの電話 opening the next afternoon', () => {
    const fitted = fit(matsudo, at('2026-05-07T22:00:00'), { safetyFlag: true, topics: ['money'] });
    expect(ids(fitted.now)).toEqual(['chiba-inochi-no-denwa', 'yorisoi-hotline', 'kokoro-unified-dial']);
    expect(fitted.closed.map((c) => [c.helpline.id, c.opensAt])).toEqual([
      ['inochi-no-denwa-free', at('2026-05-08T16:00:00')],
      // Weekday lines with hours read on official pages open again on Friday morning; the adults' own line first.
      ['matsudo-fujin-soudan', at('2026-05-08T09:00:00')],
      ['matsudo-houterasu', at('2026-05-08T09:00:00')],
      ['chiba-foreign-residents', at('2026-05-08T09:00:00')],
      ['houterasu-multilingual', at('2026-05-08T09:00:00')],
      ['matsudo-kodomo-katei', at('2026-05-08T09:00:00')],
    ]);
  });
});
