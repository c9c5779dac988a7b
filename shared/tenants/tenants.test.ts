import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, EMERGENCY_HELPLINES, NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { defineTenant, getTenant, TenantDataError, TENANTS } from '.';
import { validateTenant, validateTenants } from './validate';
import { MODES, type Mode } from '../modes';

const ids = (hs: readonly { id: string }[]) => hs.map((h) => h.id);

describe('tenants', () => {
  it('registers matsudo and the test tenant, and nothing for unknown ids', () => {
    expect(ids(TENANTS)).toEqual(['matsudo', 'sample-town']);
    expect(getTenant('matsudo')?.name).toBe('松戸市');
    for (const id of ['tokyo', 'constructor', '__proto__', 'toString', '']) expect(getTenant(id), id).toBeUndefined();
  });

  /** Unverified windows whose number an official page gave, but not their hours. */
  const NUMBER_READ_HOURS_NOT = new Set(['matsudo-sango-care', 'matsudo-hotnet']);

  it('gives matsudo the national, Chiba and its own windows, emergency first', () => {
    const m = getTenant('matsudo');
    if (!m) throw new Error('matsudo missing');
    expect(ids(m.helplines.slice(0, 2))).toEqual(['emergency-119', 'emergency-110']);
    for (const h of [...NATIONAL_HELPLINES, ...TEEN_HELPLINES, ...CHIBA_HELPLINES]) expect(ids(m.helplines)).toContain(h.id);
    const local = m.helplines.filter((h) => h.scope === 'local');
    expect(local.map((h) => h.name)).toEqual([
      '生きる支援相談窓口（健康推進課）',
      '高齢者いきいき安心センター（地域包括支援センター）',
      '基幹相談支援センター',
      '生活支援課・自立相談支援センター',
      'こども家庭センター（家庭児童相談窓口）',
      'こども家庭センター（婦人相談窓口）',
      '産後ケア事業（中央保健福祉センター）',
      '親子すこやかセンター中央',
      '親子すこやかセンター小金',
      '親子すこやかセンター常盤平',
      '中核地域生活支援センターまつど（ほっとねっと）',
      '法テラス・サポートダイヤル',
      'ハローワーク',
      'NPO法人とうかつ生と死を考える会',
      'ライフリンク SNS相談',
    ]);
    const byId = new Map(local.map((h) => [h.id, h]));
    // Read whole on the city's own page: number and weekday hours, so it ships verified.
    const kodomo = byId.get('matsudo-kodomo-katei');
    expect(kodomo?.unverified).toBe(false);
    expect(kodomo?.channels).toEqual([{ type: 'phone', number: '047-366-3941' }]);
    expect(kodomo?.sourceUrl).toBe('https://www.city.matsudo.chiba.jp/shisei/torikumi_shoukai/kodomo.html');
    expect(kodomo?.sourceUpdatedOn).toBe('2023-04-07');
    expect(kodomo?.hours).toMatchObject({ kind: 'weekly', holidays: 'closed', days: { '1': [{ start: '09:00', end: '17:00' }], '6': [], '7': [] } });
    // 法テラス: number and hours read on its own サポートダイヤル page, weekdays to 21:00 and Saturdays to 17:00.
    expect(byId.get('matsudo-houterasu')?.channels).toEqual([{ type: 'phone', number: '0570-078374' }]);
    expect(byId.get('matsudo-houterasu')?.hours).toMatchObject({ kind: 'weekly', holidays: 'closed', days: { '1': [{ start: '09:00', end: '21:00' }], '6': [{ start: '09:00', end: '17:00' }], '7': [] } });
    // 産後ケア: the number from the city's page, for the perinatal mode only; its hours were not given.
    expect(byId.get('matsudo-sango-care')?.channels).toEqual([{ type: 'phone', number: '047-366-7489' }]);
    expect(byId.get('matsudo-sango-care')?.audiences).toEqual(['perinatal']);
    // ほっとねっと: the number from the prefecture's own list of its centres; its hours were not given, so it stays unverified.
    expect(byId.get('matsudo-hotnet')?.channels).toEqual([{ type: 'phone', number: '047-309-7677' }]);
    expect(byId.get('matsudo-hotnet')?.sourceUrl).toBe('https://www.pref.chiba.lg.jp/kouhou/kenmindayori/r3/r3-01/tayori-4.html');
    expect(byId.get('matsudo-hotnet')?.unverified).toBe(true);
    // Several centres by district: no single number may be picked.
    expect(byId.get('matsudo-ikiiki-anshin')?.channels.some((c) => 'number' in c && c.number)).toBe(false);
    const verified = local.filter((h) => !h.unverified).map((h) => h.id);
    expect(verified).toEqual(['matsudo-kodomo-katei', 'matsudo-fujin-soudan', 'matsudo-oyako-sukoyaka-chuo', 'matsudo-oyako-sukoyaka-kogane', 'matsudo-oyako-sukoyaka-tokiwadaira', 'matsudo-houterasu']);
    // 親子すこやかセンター: one entry per centre, each with its own number from the city's page, weekday hours, for the perinatal mode.
    expect(['matsudo-oyako-sukoyaka-chuo', 'matsudo-oyako-sukoyaka-kogane', 'matsudo-oyako-sukoyaka-tokiwadaira'].map((id) => byId.get(id)?.channels[0])).toEqual([
      { type: 'phone', number: '047-366-7766' },
      { type: 'phone', number: '047-346-6066' },
      { type: 'phone', number: '047-384-8020' },
    ]);
    expect(byId.get('matsudo-oyako-sukoyaka-kogane')?.audiences).toEqual(['perinatal']);
    expect(byId.get('matsudo-oyako-sukoyaka-kogane')?.hours).toMatchObject({ kind: 'weekly', holidays: 'closed', days: { '1': [{ start: '08:30', end: '17:00' }], '6': [], '7': [] } });
    expect(byId.get('matsudo-fujin-soudan')?.channels).toEqual([{ type: 'phone', number: '047-366-3955' }]);
    for (const h of local) {
      if (!h.unverified) {
        // A verified window carries a number or link, its page and that page's date.
        expect(h.channels.some((c) => ('number' in c && c.number) || ('url' in c && c.url)), h.id).toBe(true);
        expect(h.sourceUrl, h.id).toMatch(/^https:\/\//);
        expect(h.hours.kind, h.id).not.toBe('unknown');
        continue;
      }
      // What was not read ships absent, with hours unknown and an honest reason.
      expect(h.hours, h.id).toEqual({ kind: 'unknown' });
      expect(h.unverifiedReason, h.id).toMatch(/確認できていない|載っていない|載っておらず|リンクと受付時間がない/);
      // Only a number read on an official page ships, even on an unverified window (shared/helplines/data.test.ts holds each to its page).
      if (!NUMBER_READ_HOURS_NOT.has(h.id)) expect(h.channels.every((c) => !('number' in c && c.number) && !('url' in c && c.url)), h.id).toBe(true);
    }
  });

  it('tells residents in its local note that some windows are still being confirmed, while some are', () => {
    const m = getTenant('matsudo');
    const local = (m?.helplines ?? []).filter((h) => h.scope === 'local');
    expect(local.some((h) => h.unverified) && local.some((h) => !h.unverified)).toBe(true);
    expect(m?.localNote).toMatch(/一部は.*確認中/);
  });

  it('keeps the test tenant apart: national lines and its one fictional window only', () => {
    const s = getTenant('sample-town');
    if (!s) throw new Error('sample-town missing');
    expect(s.testOnly).toBe(true);
    expect(s.name).toMatch(/検証用/);
    expect(ids(s.helplines).filter((id) => id.startsWith('matsudo-') || id.startsWith('chiba-'))).toEqual([]);
    const local = s.helplines.filter((h) => h.scope === 'local');
    expect(local).toHaveLength(1);
    expect(local[0]?.channels).toEqual([{ type: 'visit' }]);
    expect(local[0]?.unverified).toBe(true);
  });

  it('refuses a tenant with duplicate helplines, no emergency numbers or a bad id', () => {
    const base = { name: 'x', reading: 'えっくす', prefecture: 'chiba' as const, serviceName: 'x' };
    const check = (t: Parameters<typeof defineTenant>[0]) => () => validateTenant(defineTenant(t));
    expect(check({ ...base, id: 'dup', helplines: [...EMERGENCY_HELPLINES, ...EMERGENCY_HELPLINES] })).toThrow(TenantDataError);
    expect(check({ ...base, id: 'no-emergency', helplines: CHIBA_HELPLINES })).toThrow(/emergency/);
    expect(check({ ...base, id: 'Bad_Id', helplines: EMERGENCY_HELPLINES })).toThrow(TenantDataError);
    expect(validateTenant(defineTenant({ ...base, id: 'ok', helplines: EMERGENCY_HELPLINES })).testOnly).toBe(false);
    // A served town is listed on its prefecture's entry page by name and reading; a test-only one needs none.
    expect(check({ ...base, reading: undefined, id: 'no-reading', helplines: EMERGENCY_HELPLINES })).toThrow(/reading/);
    expect(check({ ...base, reading: 'Matsudo', id: 'latin-reading', helplines: EMERGENCY_HELPLINES })).toThrow(/hiragana/);
    expect(validateTenant(defineTenant({ ...base, reading: undefined, id: 'test-town', testOnly: true, helplines: EMERGENCY_HELPLINES })).reading).toBeUndefined();
    // The prefecture is one of the 47 ids (shared/regions), never free text.
    expect(check({ ...base, prefecture: '千葉県' as 'chiba', id: 'free-text', helplines: EMERGENCY_HELPLINES })).toThrow(TenantDataError);
  });

  it('takes a quick-exit address only over https with a domain name', () => {
    const tenant = (quickExitUrl: string) => defineTenant({ id: 'exit', name: 'x', reading: 'えっくす', prefecture: 'chiba', serviceName: 'x', helplines: EMERGENCY_HELPLINES, quickExitUrl });
    expect(validateTenant(tenant('https://www.city.example.lg.jp/')).quickExitUrl).toBe('https://www.city.example.lg.jp/');
    for (const url of ['http://www.city.example.lg.jp/', 'javascript:alert(1)', 'https://localhost/', 'https://192.0.2.1/', '/calendar/', 'https:/www.example.jp/']) {
      expect(() => validateTenant(tenant(url)), url).toThrow(/quickExitUrl/);
    }
  });

  it('offers every mode unless the tenant lists some, and only modes that exist, once each', () => {
    const tenant = (modes?: string[]) =>
      defineTenant({ id: 'modes', name: 'x', reading: 'えっくす', prefecture: 'chiba', serviceName: 'x', helplines: EMERGENCY_HELPLINES, ...(modes ? { modes: modes as Mode[] } : {}) });
    expect(validateTenant(tenant()).modes).toEqual([...MODES]);
    expect(validateTenant(tenant(['self'])).modes).toEqual(['self']);
    for (const modes of [[], ['self', 'self'], ['alcohol']]) expect(() => validateTenant(tenant(modes)), String(modes)).toThrow(/modes/);
  });

  it('validates every shipped tenant (the same check the build and cdk synth run)', () => {
    expect(() => validateTenants()).not.toThrow();
    expect(() => validateTenants([{ ...TENANTS[0]!, serviceName: '' }])).toThrow(/serviceName/);
  });
});
