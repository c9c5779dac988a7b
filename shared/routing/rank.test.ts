import { describe, expect, it } from 'vitest';
import type { Mode, Topic } from '../domain';
import type { Lang } from '../languages';
import { defineHelplines } from '../helplines';
import { getTenant, type Tenant } from '../tenants';
import { crisisSubsetOrder, rankHelplines, type RankedHelpline } from './rank';
import { CLOSED, line, NO_NUMBER, townOf, UNKNOWN } from './test-lines';

const tenant = (id: string): Tenant => {
  const t = getTenant(id);
  if (!t) throw new Error(`${id} missing`);
  return t;
};
const at = (jst: string) => new Date(`${jst}+09:00`);
const ids = (ranked: readonly RankedHelpline[]) => ranked.map((r) => r.helpline.id);
const withReason = (ranked: readonly RankedHelpline[], reason: RankedHelpline['reason']) => ids(ranked.filter((r) => r.reason === reason));
const matsudo = tenant('matsudo');
const THURSDAY_10 = at('2026-05-07T10:00:00');

const rank = (t: Tenant, input: { mode?: Mode; safetyFlag?: boolean; topics?: Topic[]; lang?: Lang } = {}) =>
  rankHelplines({ mode: input.mode ?? 'self', safetyFlag: input.safetyFlag ?? false, topics: input.topics ?? [], ...(input.lang ? { lang: input.lang } : {}) }, t, THURSDAY_10);

describe('rankHelplines: the tiers', () => {
  it('with the safety flag, puts crisis lines first — even a closed one ahead of an open topic window', () => {
    const t = townOf(line('window', { scope: 'local', topics: ['money'] }), line('crisis', { crisis: true, hours: CLOSED }));
    expect(ids(rank(t, { safetyFlag: true, topics: ['money'] }))).toEqual(['crisis', 'window']);
  });

  it('without the flag, gives crisis lines no tier of their own', () => {
    const t = townOf(line('window', { scope: 'local', topics: ['money'] }), line('crisis', { crisis: true, hours: CLOSED }));
    expect(ids(rank(t, { safetyFlag: false, topics: ['money'] }))).toEqual(['window', 'crisis']);
  });

  it('puts a local window serving a chosen topic ahead of lines open now, even one with no number and unknown hours', () => {
    const t = townOf(line('open-national'), line('window', { scope: 'local', topics: ['work'], channels: NO_NUMBER, hours: UNKNOWN }));
    expect(ids(rank(t, { topics: ['work'] }))).toEqual(['window', 'open-national']);
  });

  it('matches only local windows, only for the chosen topics; a window with no topics takes any topic, and choosing none matches none', () => {
    const t = townOf(
      line('national-money', { topics: ['money'], hours: CLOSED }),
      line('care-window', { scope: 'local', topics: ['care'], hours: CLOSED }),
      line('any-window', { scope: 'local', hours: CLOSED }),
      line('money-window', { scope: 'local', topics: ['money'], hours: CLOSED }),
    );
    expect(withReason(rank(t, { topics: ['money'] }), 'local-topic')).toEqual(['any-window', 'money-window']);
    expect(withReason(rank(t, { topics: [] }), 'local-topic')).toEqual([]);
  });

  it('puts lines open now ahead of the rest', () => {
    const t = townOf(line('closed', { hours: CLOSED }), line('unknown', { hours: UNKNOWN }), line('open'));
    const ranked = rank(t);
    expect(ids(ranked)[0]).toBe('open');
    expect(ranked.map((r) => r.reason)).toEqual(['open-now', 'other', 'other']);
  });
});

describe('rankHelplines: within a tier', () => {
  it('open now, then unknown hours, then closed', () => {
    const t = townOf(line('closed', { crisis: true, hours: CLOSED }), line('unknown', { crisis: true, hours: UNKNOWN }), line('open', { crisis: true }));
    expect(ids(rank(t, { safetyFlag: true }))).toEqual(['open', 'unknown', 'closed']);
  });

  it('lines the page can connect to before those it cannot', () => {
    const t = townOf(line('chat-without-link', { crisis: true, channels: [{ type: 'chat' }] }), line('phone', { crisis: true }));
    expect(ids(rank(t, { safetyFlag: true }))).toEqual(['phone', 'chat-without-link']);
  });

  it('the audience’s own lines before lines for every age: teen lines for a teen, adult lines for an adult', () => {
    const t = townOf(line('everyone'), line('teen', { audiences: ['teen'] }), line('adult', { audiences: ['adult', 'family'] }));
    expect(ids(rank(t, { mode: 'teen' }))).toEqual(['teen', 'everyone']);
    expect(ids(rank(t, { mode: 'self' }))).toEqual(['adult', 'everyone']);
  });

  it('then the tenant’s data order', () => {
    expect(ids(rank(townOf(line('a'), line('b'), line('c'))))).toEqual(['a', 'b', 'c']);
    expect(ids(rank(townOf(line('c'), line('a'), line('b'))))).toEqual(['c', 'a', 'b']);
  });

  it('weighs the open state before reachability, and reachability before audience', () => {
    // Both in the crisis tier, so only the keys within a tier decide.
    const t = townOf(line('closed-phone', { crisis: true, hours: CLOSED }), line('open-chat-without-link', { crisis: true, channels: [{ type: 'chat' }] }));
    expect(ids(rank(t, { safetyFlag: true }))).toEqual(['open-chat-without-link', 'closed-phone']);
    const u = townOf(line('teen-without-number', { audiences: ['teen'], channels: NO_NUMBER }), line('everyone-phone'));
    expect(ids(rank(u, { mode: 'teen' }))).toEqual(['everyone-phone', 'teen-without-number']);
  });
});

describe('rankHelplines: the page’s language', () => {
  // Like 千葉県外国人総合相談窓口: a prefecture line that lists the languages it answers in, closed at this hour.
  const foreignResidents = line('foreign-residents', { scope: 'prefecture', hours: CLOSED, languages: ['ja', 'en', 'zh', 'vi'] });
  const japaneseOnly = line('japanese-only', { hours: CLOSED });
  const t = townOf(japaneseOnly, foreignResidents);

  it('puts a line that speaks the page’s language first within its tier, even before one of better standing', () => {
    expect(ids(rank(t, { lang: 'zh' }))).toEqual(['foreign-residents', 'japanese-only']);
    expect(ids(rank(t, { lang: 'vi' }))).toEqual(['foreign-residents', 'japanese-only']);
    // Open now would lead without the language; the language is weighed first within the tier.
    const u = townOf(line('japanese-unknown-hours', { hours: UNKNOWN }), foreignResidents);
    expect(ids(rank(u, { lang: 'en' }))).toEqual(['foreign-residents', 'japanese-unknown-hours']);
  });

  it('leaves the order as it is on the Japanese and やさしい日本語 pages, and for a language the line does not list', () => {
    expect(ids(rank(t))).toEqual(['japanese-only', 'foreign-residents']);
    expect(ids(rank(t, { lang: 'ja' }))).toEqual(['japanese-only', 'foreign-residents']);
    expect(ids(rank(t, { lang: 'easy' }))).toEqual(['japanese-only', 'foreign-residents']);
    const enOnly = townOf(japaneseOnly, line('english-only', { hours: CLOSED, languages: ['en'] }));
    expect(ids(rank(enOnly, { lang: 'zh' }))).toEqual(['japanese-only', 'english-only']);
  });

  it('never moves a line across tiers: crisis lines still lead with the flag, topic windows still lead their topic', () => {
    const c = townOf(foreignResidents, line('crisis', { crisis: true, hours: CLOSED }));
    expect(ids(rank(c, { lang: 'zh', safetyFlag: true }))).toEqual(['crisis', 'foreign-residents']);
    const w = townOf(line('open-multilingual', { languages: ['zh'] }), line('window', { scope: 'local', topics: ['money'], hours: CLOSED }));
    expect(ids(rank(w, { lang: 'zh', topics: ['money'] }))).toEqual(['window', 'open-multilingual']);
  });

  it('on 松戸市’s Chinese page, puts 千葉県外国人総合相談窓口 and 法テラス’s multilingual line first among lines of their tier', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: [], lang: 'zh' }, matsudo, THURSDAY_10);
    const open = withReason(ranked, 'open-now');
    expect(open.slice(0, 2).sort()).toEqual(['chiba-foreign-residents', 'houterasu-multilingual']);
    expect(ids(ranked).slice(0, withReason(ranked, 'crisis').length)).toEqual(withReason(ranked, 'crisis'));
    const japanese = withReason(rankHelplines({ mode: 'self', safetyFlag: true, topics: [] }, matsudo, THURSDAY_10), 'open-now');
    expect(japanese.slice(0, 2).sort()).not.toEqual(['chiba-foreign-residents', 'houterasu-multilingual']);
  });
});

describe('rankHelplines: what is in the list', () => {
  it('leaves out lines not meant for the mode’s audience', () => {
    const t = townOf(line('everyone'), line('teen', { audiences: ['teen'] }), line('adult', { audiences: ['adult'] }), line('child-and-family', { audiences: ['teen', 'family'] }));
    expect(ids(rank(t, { mode: 'self' })).sort()).toEqual(['adult', 'everyone']);
    expect(ids(rank(t, { mode: 'teen' })).sort()).toEqual(['child-and-family', 'everyone', 'teen']);
  });

  it('never ranks 119/110 and lists every served line once', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: [] }, matsudo, THURSDAY_10);
    expect(ranked.some((r) => r.helpline.emergency)).toBe(false);
    const served = matsudo.helplines.filter((h) => !h.emergency && h.audiences.includes('adult'));
    expect(new Set(ids(ranked)).size).toBe(ranked.length);
    expect(ids(ranked).sort()).toEqual(served.map((h) => h.id).sort());
  });

  it('says why each line is where it is', () => {
    const t = townOf(line('crisis', { crisis: true, hours: CLOSED }), line('window', { scope: 'local', topics: ['money'], hours: CLOSED }), line('open'), line('closed', { hours: CLOSED }));
    const ranked = rank(t, { safetyFlag: true, topics: ['money'] });
    expect(ranked.map((r) => [r.helpline.id, r.reason])).toEqual([
      ['crisis', 'crisis'],
      ['window', 'local-topic'],
      ['open', 'open-now'],
      ['closed', 'other'],
    ]);
  });
});

describe('rankHelplines on 松戸市', () => {
  const crisisCount = (mode: Mode) => matsudo.helplines.filter((h) => h.crisis && !h.emergency && h.audiences.includes(mode === 'teen' ? 'teen' : 'adult')).length;
  const position = (id: string, input: { mode?: Mode; safetyFlag: boolean; topics: Topic[] }) =>
    ids(rankHelplines({ mode: input.mode ?? 'self', ...input }, matsudo, THURSDAY_10)).indexOf(id);

  // ほっとねっと takes any topic and has a number the page can call (hours unconfirmed), so among windows of unknown hours
  // it comes before a topic window with no number yet; a topic window open now (法テラス) still leads.
  const callableAnyTopic = 1;

  it('仕事: ハローワーク first after the window that takes any topic and can be called, or right after the crisis lines too when flagged', () => {
    expect(position('matsudo-hellowork', { safetyFlag: false, topics: ['work'] })).toBe(callableAnyTopic);
    expect(position('matsudo-hellowork', { safetyFlag: true, topics: ['work'] })).toBe(crisisCount('self') + callableAnyTopic);
  });

  it('介護: 高齢者いきいき安心センター first after the window that takes any topic and can be called, likewise after the crisis lines when flagged', () => {
    expect(position('matsudo-ikiiki-anshin', { safetyFlag: false, topics: ['care'] })).toBe(callableAnyTopic);
    expect(position('matsudo-ikiiki-anshin', { safetyFlag: true, topics: ['care'] })).toBe(crisisCount('self') + callableAnyTopic);
  });

  it('お金 and 借金 with the flag: 生活支援課 and 法テラス right after the crisis lines (法テラス, open now, before ほっとねっと)', () => {
    expect(position('matsudo-seikatsu-shien', { safetyFlag: true, topics: ['money'] })).toBe(crisisCount('self') + callableAnyTopic);
    expect(position('matsudo-houterasu', { safetyFlag: true, topics: ['debt'] })).toBe(crisisCount('self'));
  });

  it('lists every topic window for the chosen topics, and the general windows with them', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: false, topics: ['work', 'parenting'] }, matsudo, THURSDAY_10);
    // こども家庭センター has its number and weekday hours from the city's page, so it is open on a Thursday at 10 and leads.
    expect(withReason(ranked, 'local-topic')).toEqual(['matsudo-kodomo-katei', 'matsudo-hotnet', 'matsudo-hellowork', 'matsudo-ikiru-shien', 'matsudo-lifelink-sns']);
    expect(ids(ranked).slice(0, 5)).toEqual(withReason(ranked, 'local-topic'));
  });

  it('gives a teen no line meant for adults only, and an adult no line meant for young people only', () => {
    const teen = rankHelplines({ mode: 'teen', safetyFlag: false, topics: ['school'] }, matsudo, THURSDAY_10);
    expect(teen.filter((r) => !r.helpline.audiences.includes('teen'))).toEqual([]);
    for (const id of ['matsudo-hellowork', 'matsudo-houterasu', 'matsudo-ikiiki-anshin', 'matsudo-toukatsu-seitoshi']) expect(ids(teen)).not.toContain(id);
    const adult = rankHelplines({ mode: 'self', safetyFlag: false, topics: [] }, matsudo, THURSDAY_10);
    expect(adult.filter((r) => !r.helpline.audiences.includes('adult'))).toEqual([]);
  });

  it('puts 24時間子供SOSダイヤル first for a teen with the flag, and first among the lines open now without it', () => {
    const flagged = rankHelplines({ mode: 'teen', safetyFlag: true, topics: [] }, matsudo, THURSDAY_10);
    expect(flagged[0]?.helpline.id).toBe('kodomo-sos-dial');
    const plain = rankHelplines({ mode: 'teen', safetyFlag: false, topics: ['school'] }, matsudo, THURSDAY_10);
    expect(withReason(plain, 'open-now')[0]).toBe('kodomo-sos-dial');
  });

  it('in the evening puts チャイルドライン among a teen’s open crisis lines, and after the open ones at night', () => {
    const evening = ids(rankHelplines({ mode: 'teen', safetyFlag: true, topics: [] }, matsudo, at('2026-05-07T17:00:00')));
    expect(evening.slice(0, 5)).toEqual(['kodomo-sos-dial', 'childline-phone', 'chiba-inochi-no-denwa', 'yorisoi-hotline', 'inochi-no-denwa-free']);
    const night = ids(rankHelplines({ mode: 'teen', safetyFlag: true, topics: [] }, matsudo, at('2026-05-07T23:00:00')));
    expect(night[0]).toBe('kodomo-sos-dial');
    expect(night.indexOf('childline-phone')).toBeGreaterThan(night.indexOf('anata-no-ibasho'));
  });

  it('gives the same order every time', () => {
    const input = { mode: 'self' as const, safetyFlag: true, topics: ['care' as const] };
    expect(ids(rankHelplines(input, matsudo, THURSDAY_10))).toEqual(ids(rankHelplines(input, matsudo, THURSDAY_10)));
  });

  it('keeps tenants apart: sample-town never shows matsudo or Chiba windows', () => {
    const ranked = rankHelplines({ mode: 'self', safetyFlag: true, topics: ['money'] }, tenant('sample-town'), THURSDAY_10);
    expect(ids(ranked).filter((id) => id.startsWith('matsudo-') || id.startsWith('chiba-'))).toEqual([]);
    expect(withReason(ranked, 'local-topic')).toEqual(['sample-town-soudan']);
  });
});

describe('crisisSubsetOrder', () => {
  it('keeps 119/110 first, then routing’s order with the flag raised and only 24 h lines open', () => {
    const lines = defineHelplines([
      line('general-window', { scope: 'local', hours: UNKNOWN, channels: NO_NUMBER }),
      line('chat-by-name', { crisis: true, channels: [{ type: 'chat' }] }),
      line('everyone', { crisis: true }),
      line('119', { emergency: true, scope: 'emergency' }),
      line('teen', { crisis: true, audiences: ['teen'] }),
      line('adult', { crisis: true, audiences: ['adult'] }),
    ]);
    expect(crisisSubsetOrder(lines).map((h) => h.id)).toEqual(['119', 'teen', 'adult', 'everyone', 'chat-by-name', 'general-window']);
  });
});
