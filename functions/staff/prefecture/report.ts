/**
 * @module
 * The prefecture report: for one prefecture and period, the sum over its
 * member towns and a by-town table of アクセス数 and 完了数 (all modes and each
 * mode), each with the same period a year earlier, per 100,000 residents
 * where the town has an official population figure, and a ranking. Built for
 * prefecture staff, who may see no town's small counts: every town cell
 * follows the 公表用 rules (counts under 5 read 「5未満」, and complementary
 * suppression hides one more cell wherever a lone hidden cell could be
 * worked back out of the prefecture total). Pure: rows in, table out.
 */
import { MODES, type Mode } from '../../../shared/domain';
import type { Prefecture } from '../../../shared/regions';
import type { Tenant } from '../../../shared/tenants';
import type { CounterRow } from '../../store';
import { aggregate, type Figures } from '../report/aggregate';
import { complementSuppression } from '../report/complement';
import { MODE_LABELS } from '../report/labels';
import { countLine, isHidden, type Cell, type ReportLine } from '../report/lines';
import type { Report } from '../report/build';

export const PER_POPULATION = 100_000;

export type PrefectureMetric = 'views' | 'completions' | `completions|${Mode}`;

export interface TownPopulation {
  residents: number;
  asOf: string;
  source: string;
  sourceUrl: string;
}

export interface PrefectureTown {
  id: string;
  name: string;
  population?: TownPopulation;
  /** Why the per-100,000 columns are empty for this town. */
  populationNote?: string;
}

export interface PrefectureMetricTable {
  metric: PrefectureMetric;
  label: string;
  /** The prefecture's sum over its towns (this period, last year). */
  total: ReportLine;
  /** One line per town, key = town id, in the towns' order. */
  byTown: ReportLine[];
  /** Per 100,000 residents, one decimal, by town id: null where the town has no population figure or its count is hidden. */
  perPopulation: Record<string, { current: number | null; previous: number | null }>;
}

export interface PrefectureReport {
  prefecture: { id: string; name: string };
  period: Report['period'];
  towns: PrefectureTown[];
  metrics: PrefectureMetricTable[];
  /**
   * Views of the prefecture's own entry page (`/p/<id>/`, counted under its own scope), this period and last year,
   * by the same 公表用 rules. A resident who then picks a town is counted again as a view of that town.
   */
  entry: ReportLine;
  /** Town ids by アクセス数 per 100,000 residents, highest first; towns without a figure to rank are left out. */
  ranking: { town: string; perPopulation: number }[];
  /** Towns whose rate is not ranked, with why. */
  unranked: { town: string; reason: 'no_population' | 'hidden' }[];
  /** Store cost: items, queries and read units over every town's two reads. */
  read: { items: number; queries: number; rcu: number };
}

export interface TownRows {
  tenant: Tenant;
  current: readonly CounterRow[];
  previous: readonly CounterRow[];
}

const METRICS: readonly { metric: PrefectureMetric; label: string; value: (f: Figures) => number }[] = [
  { metric: 'views', label: 'アクセス数', value: (f) => f.views },
  { metric: 'completions', label: '完了数（全モード）', value: (f) => f.completions },
  ...MODES.map((mode) => ({ metric: `completions|${mode}` as const, label: `完了数（${MODE_LABELS[mode]}）`, value: (f: Figures) => f.completionsByMode[mode] ?? 0 })),
];

const round1 = (n: number) => Math.round(n * 10) / 10;
const rate = (cell: Cell, population: TownPopulation | undefined): number | null =>
  population && !isHidden(cell) ? round1((cell / population.residents) * PER_POPULATION) : null;

export const buildPrefectureReport = (input: {
  prefecture: Prefecture;
  period: Report['period'];
  towns: readonly TownRows[];
  /** The entry page's own counter rows (prefectureScope). */
  entry: { current: readonly CounterRow[]; previous: readonly CounterRow[] };
  read: { items: number; queries: number; rcu: number };
}): PrefectureReport => {
  const towns: PrefectureTown[] = input.towns.map(({ tenant }) => ({
    id: tenant.id,
    name: tenant.name,
    ...(tenant.population ? { population: tenant.population } : {}),
    ...(tenant.population ? {} : { populationNote: tenant.populationNote ?? '人口の公式な数値が登録されていないため、人口10万人あたりの数値は空欄です。' }),
  }));
  const figures = input.towns.map((t) => ({ current: aggregate(t.current, new Set()), previous: aggregate(t.previous, new Set()) }));

  const metrics = METRICS.map(({ metric, label, value }): PrefectureMetricTable => {
    const byTown = input.towns.map(({ tenant }, i) => countLine(tenant.id, tenant.name, value(figures[i]!.current), value(figures[i]!.previous), true));
    const sum = (side: 'current' | 'previous') => figures.reduce((n, f) => n + value(f[side]), 0);
    const total = countLine('total', `${input.prefecture.name}（${towns.length}市町村の計）`, sum('current'), sum('previous'), true);
    // The total is shown, so a lone hidden town cell could be worked back out of it: hide one more.
    complementSuppression([byTown]);
    const perPopulation = Object.fromEntries(
      byTown.map((line, i) => [line.key, { current: rate(line.current, towns[i]?.population), previous: rate(line.previous, towns[i]?.population) }]),
    );
    return { metric, label, total, byTown, perPopulation };
  });

  const views = metrics[0] as PrefectureMetricTable;
  const ranking: PrefectureReport['ranking'] = [];
  const unranked: PrefectureReport['unranked'] = [];
  for (const town of towns) {
    const value = views.perPopulation[town.id]?.current ?? null;
    if (!town.population) unranked.push({ town: town.id, reason: 'no_population' });
    else if (value === null) unranked.push({ town: town.id, reason: 'hidden' });
    else ranking.push({ town: town.id, perPopulation: value });
  }
  ranking.sort((a, b) => b.perPopulation - a.perPopulation || (a.town < b.town ? -1 : 1));

  const entryViews = (rows: readonly CounterRow[]) => aggregate(rows, new Set()).views;
  const entry = countLine('entry', `${input.prefecture.name}の入口ページ（市町村を選ぶページ）`, entryViews(input.entry.current), entryViews(input.entry.previous), true);

  return { prefecture: { id: input.prefecture.id, name: input.prefecture.name }, period: input.period, towns, metrics, entry, ranking, unranked, read: input.read };
};
