import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, defineHelplines, EMERGENCY_HELPLINES, NATIONAL_HELPLINES, TEEN_HELPLINES } from '.';
import { getTenant } from '../tenants';
import { CHIBA_LANGUAGE_HELPLINES } from './chiba-languages';
import { AUDIENCES } from '../domain';
import { EVERYONE } from './define';
import { LANGUAGE_TAGS } from './schema';
import { HTTP_SOURCE_KNOWN, isOfficialSource, isOfficialSourceHost } from './sources';
import { HelplineDataError, validateHelplines } from './validate';

const ALL = [...EMERGENCY_HELPLINES, ...NATIONAL_HELPLINES, ...TEEN_HELPLINES, ...CHIBA_HELPLINES];
/** 松戸市's own windows, held to the same rules as the shared lines. */
const MATSUDO_LOCAL = (getTenant('matsudo')?.helplines ?? []).filter((h) => h.scope === 'local');
/** Everything shipped: the shared lines, the language lines and the tenant's own windows. */
const SHIPPED = [...ALL, ...CHIBA_LANGUAGE_HELPLINES, ...MATSUDO_LOCAL];

const isOfficialUrl = (url: string): boolean => isOfficialSourceHost(new URL(url).hostname);

/**
 * Every number and link we ship, with the official page it was read on —
 * the entry's own sourceUrl. A new number or link means adding it here with
 * the page that states it.
 */
const KAKOGAWA = 'https://www.city.kakogawa.lg.jp/soshikikarasagasu/kenkouiryou/kenkoka/uerunesukenkojoho2/1418542913345.html';
/** 松戸市「流産・死産を経験された方へ」: the three 親子すこやかセンター. */
const MATSUDO_RYUZAN = 'https://www.city.matsudo.chiba.jp/kosodate/matsudodekosodate/kosodatenavi/ninshinshitara/ryuzann.html';
const READ_ON: Record<string, string> = {
  '119': 'https://www.city.minamiuonuma.niigata.jp/shoubouhonbu/docs/4193.html',
  '110': 'https://www.pref.tottori.lg.jp/71186.htm',
  '0570-064-556': KAKOGAWA,
  '0120-279-338': KAKOGAWA,
  '0120-783-556': 'https://www.city.akiruno.tokyo.jp/0000015267.html',
  '0120-061-338': 'https://www.town.shika.lg.jp/hoken-center/yobousesshu_2_2_2.html',
  '0120-078310': 'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm',
  '0120-99-7777': 'http://www.cl-fukushima.org/suisinkyougikai/index.html',
  '189': 'https://www.city.kawaguchi.lg.jp/soshiki/01080/030/gyakutai/32717.html',
  '0120-007-110': 'https://www.city.ojiya.niigata.jp/soshiki/shimin/kodomonojinken.html',
  'https://childline.or.jp/chat': 'https://childline.or.jp/chat',
  '043-297-2966': 'https://www.pref.chiba.lg.jp/kokusai/press/2019/soudan.html',
  '047-366-3941': 'https://www.city.matsudo.chiba.jp/shisei/torikumi_shoukai/kodomo.html',
  '047-366-3955': 'https://www.city.matsudo.chiba.jp/shisei/torikumi_shoukai/kodomo.html',
  '0570-078374': 'https://www.houterasu.or.jp/madoguchi_info/call_center/index.html',
  '047-366-7489': 'https://www.city.matsudo.chiba.jp/smph/kosodate/matsudodekosodate/kosodatenavi/ninshinshitara/sanngokea.html',
  '047-366-7766': MATSUDO_RYUZAN,
  '047-346-6066': MATSUDO_RYUZAN,
  '047-384-8020': MATSUDO_RYUZAN,
  '043-227-3900': 'https://www.city.kamogawa.lg.jp/site/school/17187.html',
  '0570-078377': 'https://www.houterasu.or.jp/multilingual/index.html',
  '047-309-7677': 'https://www.pref.chiba.lg.jp/kouhou/kenmindayori/r3/r3-01/tayori-4.html',
};

describe('helpline data', () => {
  it('has unique ids', () => {
    expect(new Set(SHIPPED.map((h) => h.id)).size).toBe(SHIPPED.length);
  });

  it('ships only numbers and links read on the official page each entry cites', () => {
    expect(MATSUDO_LOCAL.length).toBeGreaterThan(0);
    for (const h of SHIPPED) {
      for (const c of h.channels) {
        const value = c.type === 'phone' ? c.number : 'url' in c ? c.url : undefined;
        if (value === undefined) continue;
        expect(Object.keys(READ_ON), h.id).toContain(value);
        expect(h.sourceUrl, `${h.id}: ${value}`).toBe(READ_ON[value]);
      }
    }
  });

  it('cites only official pages: a ministry, a local government or the operator', () => {
    for (const h of SHIPPED) {
      if (!h.unverified) expect(h.sourceUrl, h.id).toMatch(HTTP_SOURCE_KNOWN.has(h.id) ? /^https?:\/\// : /^https:\/\//);
      if (h.sourceUrl !== undefined) expect(isOfficialUrl(h.sourceUrl), `${h.id}: ${h.sourceUrl}`).toBe(true);
      for (const c of h.channels) if ('url' in c && c.url !== undefined) expect(isOfficialUrl(c.url), `${h.id}: ${c.url}`).toBe(true);
    }
  });

  it('tells an official page from a dictionary, a newspaper, a cache or a look-alike host', () => {
    for (const url of [
      'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm',
      'https://www.pref.tottori.lg.jp/71186.htm',
      'https://www.city.akiruno.tokyo.jp/0000015267.html',
      'https://www.wakapota.metro.tokyo.lg.jp/column/introduction.php?id=13',
      'https://childline.or.jp/chat',
    ]) expect(isOfficialUrl(url), url).toBe(true);
    for (const url of [
      'https://kotobank.jp/',
      'https://mainichi.jp/articles/20220826/osg/00m/040/001000d',
      'https://www-town-shika-lg-jp.cache.yimg.jp/hoken-center/yobousesshu_2_2_2.html',
      'http://lepang.cn/lp/htmls/common/api/yh.php?url=https%3A%2F%2Fchildline.or.jp%2Fchat%2F',
      'https://www.city.example.com/',
      'https://go.jp.example.com/',
      'https://talkme.jp/',
    ]) expect(isOfficialUrl(url), url).toBe(false);
  });

  it('gives every chat, LINE and web channel of a verified entry its link, and every phone its number', () => {
    for (const h of SHIPPED.filter((x) => !x.unverified)) {
      for (const c of h.channels) {
        if (c.type === 'chat' || c.type === 'line' || c.type === 'web') expect(c.url, `${h.id}: ${c.type}`).toBeDefined();
        if (c.type === 'phone') expect(c.number, h.id).toBeDefined();
      }
    }
  });

  it('marks what no official page confirmed, and says why', () => {
    const unverified = ALL.filter((h) => h.unverified).map((h) => h.id);
    expect(unverified.sort()).toEqual(['anata-no-ibasho', 'ikizura-bit', 'inochi-sos', 'kokoro-hot-chat'].sort());
    const byId = new Map<string, (typeof ALL)[number]>(ALL.map((h) => [h.id, h]));
    // Hours no official page gave ship unknown.
    for (const id of ['kokoro-unified-dial', 'inochi-sos', 'ikizura-bit', 'kokoro-hot-chat', 'childline-chat']) {
      expect(byId.get(id)?.hours, id).toEqual({ kind: 'unknown' });
    }
    // Links and numbers no official page gave ship absent.
    expect(byId.get('anata-no-ibasho')?.channels).toEqual([{ type: 'chat' }]);
    expect(byId.get('ikizura-bit')?.channels).toEqual([{ type: 'line' }]);
    expect(byId.get('kokoro-hot-chat')?.channels).toEqual([{ type: 'line' }, { type: 'chat' }]);
    // 千葉いのちの電話: the number from a municipality's page, the 24 h from the operator's own.
    expect(byId.get('chiba-inochi-no-denwa')?.channels).toEqual([{ type: 'phone', number: '043-227-3900' }]);
    expect(byId.get('chiba-inochi-no-denwa')?.unverified).toBe(false);
    for (const id of unverified) expect(byId.get(id)?.unverifiedReason, id).toMatch(/公式ページ/);
  });

  it('keeps 119 and 110 apart as emergency numbers', () => {
    expect(EMERGENCY_HELPLINES.map((h) => [h.channels[0], h.emergency])).toEqual([
      [{ type: 'phone', number: '119' }, true],
      [{ type: 'phone', number: '110' }, true],
    ]);
    expect(ALL.filter((h) => h.emergency)).toHaveLength(2);
  });

  it('gives lines for everyone every audience, and teen lines the teen audience', () => {
    // EVERYONE follows the audience list, so a mode added with its own audience (alcohol) still reaches the lines for everyone.
    expect([...EVERYONE].sort()).toEqual([...AUDIENCES].sort());
    expect(AUDIENCES).toContain('alcohol');
    for (const h of NATIONAL_HELPLINES) expect([...h.audiences].sort()).toEqual(['adult', 'alcohol', 'family', 'perinatal', 'teen']);
    for (const h of TEEN_HELPLINES) expect(h.audiences).toContain('teen');
  });

  it('records a page\'s own 更新日 only as a date on or before the day it was read', () => {
    const dated = SHIPPED.filter((h) => h.sourceUpdatedOn !== undefined);
    expect(dated.map((h) => h.id).sort()).toEqual([
      'chiba-foreign-residents', 'matsudo-fujin-soudan', 'matsudo-hotnet', 'matsudo-ikiru-shien', 'matsudo-kodomo-katei', 'matsudo-sango-care', 'matsudo-seikatsu-shien',
      'matsudo-oyako-sukoyaka-chuo', 'matsudo-oyako-sukoyaka-kogane', 'matsudo-oyako-sukoyaka-tokiwadaira',
    ].sort());
    for (const h of dated) {
      expect(h.sourceUrl, h.id).toBeDefined();
      expect(h.sourceUpdatedOn! <= h.verifiedOn, `${h.id}: ${h.sourceUpdatedOn} after ${h.verifiedOn}`).toBe(true);
    }
  });

  it('gives languages only as known tags, once each, and only where the cited page lists them', () => {
    const known: readonly string[] = LANGUAGE_TAGS;
    for (const h of SHIPPED) {
      if (h.languages === undefined) continue;
      expect(h.languages.length, h.id).toBeGreaterThan(0);
      expect(new Set(h.languages).size, h.id).toBe(h.languages.length);
      for (const tag of h.languages) expect(known, `${h.id}: ${tag}`).toContain(tag);
    }
    // 千葉県外国人総合相談窓口: the 13 languages the prefecture's page lists; 法テラス's multilingual line: the ten its page
    // gives the service in. No line says more than its page.
    expect(SHIPPED.filter((h) => h.languages !== undefined).map((h) => h.id).sort()).toEqual(['chiba-foreign-residents', 'houterasu-multilingual']);
    expect(CHIBA_LANGUAGE_HELPLINES[0]?.languages).toEqual(['ja', 'en', 'zh', 'es', 'tl', 'vi', 'ko', 'ne', 'th', 'pt', 'id', 'ru', 'hi']);
    expect(NATIONAL_HELPLINES.find((h) => h.id === 'houterasu-multilingual')?.languages).toEqual(['en', 'zh', 'ko', 'es', 'pt', 'vi', 'tl', 'ne', 'th', 'id']);
  });

  it('refuses a language tag outside the list', () => {
    const base = {
      id: 'bad-language', name: 'x', description: 'x。', channels: [{ type: 'visit' as const }], hours: { kind: 'unknown' as const },
      audiences: ['adult' as const], topics: [], scope: 'local' as const, verifiedOn: '2026-12-01', unverified: true, unverifiedReason: 'x',
    };
    expect(() => validateHelplines(defineHelplines([{ ...base, languages: ['xx' as 'en'] }]))).toThrow(HelplineDataError);
    expect(() => validateHelplines(defineHelplines([{ ...base, languages: ['en'], sourceUpdatedOn: '2019-6-19' }]))).toThrow(HelplineDataError);
    expect(() => validateHelplines(defineHelplines([{ ...base, languages: ['en'], sourceUpdatedOn: '2019-06-19' }]))).not.toThrow();
  });

  it('describes each line in one plain sentence', () => {
    for (const h of SHIPPED) expect(h.description, h.id).toMatch(/^[^。]+。$/);
  });

  it('takes each audience a mode can route to, and refuses one the list does not know', () => {
    const base = {
      id: 'audience-line', name: 'x', description: 'x。', channels: [{ type: 'visit' as const }], hours: { kind: 'unknown' as const },
      topics: [], scope: 'local' as const, verifiedOn: '2026-12-02', unverified: true, unverifiedReason: 'x',
    };
    for (const audience of AUDIENCES) expect(() => validateHelplines(defineHelplines([{ ...base, audiences: [audience] }])), audience).not.toThrow();
    expect(() => validateHelplines(defineHelplines([{ ...base, audiences: ['drinker' as 'alcohol'] }]))).toThrow(HelplineDataError);
    expect(() => validateHelplines(defineHelplines([{ ...base, audiences: [] }]))).toThrow(HelplineDataError);
  });

  it('refuses an entry that breaks the schema, naming it', () => {
    const verifiedWithoutSource = {
      id: 'no-source', name: 'x', description: 'x。', channels: [{ type: 'visit' as const }], hours: { kind: 'unknown' as const },
      audiences: ['adult' as const], topics: [], scope: 'local' as const, verifiedOn: '2026-11-27',
    };
    const defined = defineHelplines([verifiedWithoutSource]);
    expect(() => validateHelplines(defined)).toThrow(HelplineDataError);
    expect(() => validateHelplines(defined)).toThrow(/no-source/);
  });

  it('passes every shipped entry', () => {
    expect(() => validateHelplines(SHIPPED)).not.toThrow();
  });
});

describe('hours on a card', () => {
  it('never repeats the structured hours in the free-text note: a card says its hours once', () => {
    // A note may say what the structured hours cannot (a caveat, how chat days are set) but not the times again.
    const repeats = SHIPPED.filter((h) => h.hoursNote !== undefined && h.hours.kind !== 'unknown' && /\d+時|\d{1,2}:\d{2}|時間・毎日|24時間/.test(h.hoursNote));
    expect(repeats.map((h) => `${h.id}: ${h.hoursNote}`)).toEqual([]);
  });
});

describe('official sources (shared/helplines/sources.ts)', () => {
  it('accepts government and listed operator pages over https, and refuses anything else', () => {
    expect(isOfficialSource('x', 'https://www.mhlw.go.jp/mamorouyokokoro/')).toBe(true);
    expect(isOfficialSource('x', 'https://www.city.matsudo.chiba.jp/iryoutoshi/healthcare/kokoro2.html')).toBe(true);
    expect(isOfficialSource('x', 'https://www.pref.chiba.lg.jp/kokusai/press/2019/soudan.html')).toBe(true);
    expect(isOfficialSource('x', 'https://childline.or.jp/chat')).toBe(true);
    for (const url of ['https://kotobank.jp/', 'https://mainichi.jp/articles/x', 'http://www.city.matsudo.chiba.jp/', 'https://www-town-shika-lg-jp.cache.yimg.jp/x', 'https://city.matsudo.chiba.jp.example.com/']) {
      expect(isOfficialSource('x', url), url).toBe(false);
    }
    // The one pinned http page is allowed for its own entry only.
    expect(isOfficialSource('childline-phone', 'http://www.cl-fukushima.org/suisinkyougikai/index.html')).toBe(true);
    expect(isOfficialSource('other', 'http://www.cl-fukushima.org/suisinkyougikai/index.html')).toBe(false);
  });

  it('holds every shipped entry with a source to it', () => {
    const bad = SHIPPED.filter((h) => h.sourceUrl !== undefined && !isOfficialSource(h.id, h.sourceUrl));
    expect(bad.map((h) => `${h.id}: ${h.sourceUrl}`)).toEqual([]);
  });
});
