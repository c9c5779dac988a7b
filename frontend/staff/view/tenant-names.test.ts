import { describe, expect, it } from 'vitest';
import { TENANTS } from '../../../shared/tenants';
import { dashboardTitle, TENANT_NAMES, tenantName } from './tenant-names';

describe('municipality names on the dashboard', () => {
  it('names every tenant exactly as the shared registry does', () => {
    expect(TENANT_NAMES).toEqual(Object.fromEntries(TENANTS.map((t) => [t.id, t.name])));
  });

  it('shows an unknown id as itself, never another town, and titles the page by town and period', () => {
    expect(tenantName('kashiwa')).toBe('kashiwa');
    expect(tenantName('constructor')).toBe('constructor');
    expect(dashboardTitle('matsudo', '令和8年度')).toBe('松戸市 こころチェック 利用状況（令和8年度）');
    expect(dashboardTitle('matsudo')).toBe('松戸市 こころチェック 利用状況');
  });
});
