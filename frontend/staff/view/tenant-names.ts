/**
 * @module
 * The municipality's name for the dashboard's title and header. The shared
 * tenant registry carries the name, but importing it would bring every
 * tenant's helplines into the staff bundle for one string, so the names are
 * repeated here and tenant-names.test.ts keeps them equal to the registry.
 * An id not listed shows as itself rather than as some other town's name.
 */
const NAMES: Readonly<Record<string, string>> = { matsudo: '松戸市', 'sample-town': 'サンプル町（検証用）' };

export const TENANT_NAMES = NAMES;

export const tenantName = (id: string): string => (Object.hasOwn(NAMES, id) ? (NAMES[id] ?? id) : id);

/** The tab's title, so a printed page and a browser tab both say which town and period: 「松戸市 こころチェック 利用状況（令和8年度）」. */
export const dashboardTitle = (id: string, periodLabel?: string): string =>
  `${id === '' ? '' : `${tenantName(id)} `}こころチェック 利用状況${periodLabel ? `（${periodLabel}）` : ''}`;
