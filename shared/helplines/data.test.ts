import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, defineHelplines, EMERGENCY_HELPLINES, NATIONAL_HELPLINES, TEEN_HELPLINES } from '.';
import { HelplineDataError, validateHelplines } from './validate';

const ALL = [...EMERGENCY_HELPLINES, ...NATIONAL_HELPLINES, ...TEEN_HELPLINES, ...CHIBA_HELPLINES];

/**
 * Every phone number and link the handbook (../shared/content/helplines-ja.md)
 * gives for the lines we ship. A number or URL not on these lists was not
 * read from the handbook: adding one means adding it here with its source.
 */
const HANDBOOK_NUMBERS = new Set([
  '119', '110', '0570-064-556', '0120-279-338', '0120-783-556', '0120-061-338', '043-227-3900',
  '0120-078310', '0120-99-7777', '189', '0120-007-110',
]);
const HANDBOOK_URLS = new Set([
  'https://www.mhlw.go.jp/mamorouyokokoro/',
  'https://kotobank.jp/',
  'https://www.kawatana.jp/topics/news/post-1166.html',
  'https://mainichi.jp/articles/20220826/osg/00m/040/001000d',
  'https://www.chiba-inochi.jp/about/',
  'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm',
  'https://childline.or.jp/chat',
  'https://www.wakapota.metro.tokyo.lg.jp/column/introduction.php?id=13',
  'https://www.city.kakogawa.lg.jp/soshikikarasagasu/kenkouiryou/kenkoka/uerunesukenkojoho2/1418542913345.html',
  'https://www.city.akiruno.tokyo.jp/0000015267.html',
  'https://www.town.shika.lg.jp/hoken-center/yobousesshu_2_2_2.html',
  'http://www.cl-fukushima.org/suisinkyougikai/index.html',
  'https://www.city.kawaguchi.lg.jp/soshiki/01080/030/gyakutai/32717.html',
  'https://www.city.ojiya.niigata.jp/soshiki/shimin/kodomonojinken.html',
  // 119/110: the handbook lists them without a source; these official pages (a city fire
  // department, a prefecture's police page) were read for them (shared/helplines/emergency.ts).
  'https://www.city.minamiuonuma.niigata.jp/shoubouhonbu/docs/4193.html',
  'https://www.pref.tottori.lg.jp/71186.htm',
]);

describe('helpline data', () => {
  it('has unique ids', () => {
    expect(new Set(ALL.map((h) => h.id)).size).toBe(ALL.length);
  });

  it('ships only numbers and links the handbook gives', () => {
    for (const h of ALL) {
      for (const c of h.channels) {
        if (c.type === 'phone' && c.number !== undefined) expect(HANDBOOK_NUMBERS, h.id).toContain(c.number);
        if ('url' in c && c.url !== undefined) expect(HANDBOOK_URLS, h.id).toContain(c.url);
      }
      if (h.sourceUrl !== undefined) expect(HANDBOOK_URLS, h.id).toContain(h.sourceUrl);
    }
  });

  it('marks what the handbook leaves unconfirmed', () => {
    const unverified = ALL.filter((h) => h.unverified).map((h) => h.id);
    expect(unverified.sort()).toEqual(
      ['anata-no-ibasho', 'chiba-inochi-no-denwa', 'ikizura-bit', 'inochi-sos', 'kokoro-hot-chat'].sort(),
    );
    const byId = new Map(ALL.map((h) => [h.id, h]));
    for (const id of ['inochi-sos', 'ikizura-bit', 'kokoro-hot-chat']) {
      expect(byId.get(id)?.hours, id).toEqual({ kind: 'unknown' });
    }
  });

  it('keeps 119 and 110 apart as emergency numbers', () => {
    expect(EMERGENCY_HELPLINES.map((h) => [h.channels[0], h.emergency])).toEqual([
      [{ type: 'phone', number: '119' }, true],
      [{ type: 'phone', number: '110' }, true],
    ]);
    expect(ALL.filter((h) => h.emergency)).toHaveLength(2);
  });

  it('gives lines for everyone every audience, and teen lines the teen audience', () => {
    for (const h of NATIONAL_HELPLINES) expect([...h.audiences].sort()).toEqual(['adult', 'family', 'perinatal', 'teen']);
    for (const h of TEEN_HELPLINES) expect(h.audiences).toContain('teen');
  });

  it('describes each line in one plain sentence', () => {
    for (const h of ALL) expect(h.description, h.id).toMatch(/^[^。]+。$/);
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
    expect(() => validateHelplines(ALL)).not.toThrow();
  });
});
