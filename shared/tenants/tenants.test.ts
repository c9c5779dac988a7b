import { describe, expect, it } from 'vitest';
import { CHIBA_HELPLINES, EMERGENCY_HELPLINES, NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { defineTenant, getTenant, TenantDataError, TENANTS } from '.';
import { validateTenant, validateTenants } from './validate';

const ids = (hs: readonly { id: string }[]) => hs.map((h) => h.id);

describe('tenants', () => {
  it('registers matsudo and the test tenant, and nothing for unknown ids', () => {
    expect(ids(TENANTS)).toEqual(['matsudo', 'sample-town']);
    expect(getTenant('matsudo')?.name).toBe('松戸市');
    for (const id of ['tokyo', 'constructor', '__proto__', 'toString', '']) expect(getTenant(id), id).toBeUndefined();
  });

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
      'こども家庭センター・親子すこやかセンター',
      '中核地域生活支援センターまつど（ほっとねっと）',
      '法テラス',
      'ハローワーク',
      'NPO法人とうかつ生と死を考える会',
      'ライフリンク SNS相談',
    ]);
    for (const h of local) {
      // The plan gives no numbers, hours or links: none may appear.
      expect(h.channels.every((c) => !('number' in c && c.number) && !('url' in c && c.url)), h.id).toBe(true);
      expect(h.hours).toEqual({ kind: 'unknown' });
      expect(h.unverified).toBe(true);
      expect(h.unverifiedReason).toMatch(/市の公式情報で確認中/);
    }
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
    const base = { name: 'x', prefecture: 'x', serviceName: 'x' };
    const check = (t: Parameters<typeof defineTenant>[0]) => () => validateTenant(defineTenant(t));
    expect(check({ ...base, id: 'dup', helplines: [...EMERGENCY_HELPLINES, ...EMERGENCY_HELPLINES] })).toThrow(TenantDataError);
    expect(check({ ...base, id: 'no-emergency', helplines: CHIBA_HELPLINES })).toThrow(/emergency/);
    expect(check({ ...base, id: 'Bad_Id', helplines: EMERGENCY_HELPLINES })).toThrow(TenantDataError);
    expect(validateTenant(defineTenant({ ...base, id: 'ok', helplines: EMERGENCY_HELPLINES })).testOnly).toBe(false);
  });

  it('takes a quick-exit address only over https with a domain name', () => {
    const tenant = (quickExitUrl: string) => defineTenant({ id: 'exit', name: 'x', prefecture: 'x', serviceName: 'x', helplines: EMERGENCY_HELPLINES, quickExitUrl });
    expect(validateTenant(tenant('https://www.city.example.lg.jp/')).quickExitUrl).toBe('https://www.city.example.lg.jp/');
    for (const url of ['http://www.city.example.lg.jp/', 'javascript:alert(1)', 'https://localhost/', 'https://192.0.2.1/', '/calendar/', 'https:/www.example.jp/']) {
      expect(() => validateTenant(tenant(url)), url).toThrow(/quickExitUrl/);
    }
  });

  it('validates every shipped tenant (the same check the build and cdk synth run)', () => {
    expect(() => validateTenants()).not.toThrow();
    expect(() => validateTenants([{ ...TENANTS[0]!, serviceName: '' }])).toThrow(/serviceName/);
  });
});
