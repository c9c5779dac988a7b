/**
 * @module
 * The trend over fiscal years (up to five, oldest first): completions per
 * year stacked by mode, with access, starts and completions in the table,
 * each year beside the same months of the year before. The running year is
 * counted to the last complete month and says so in its name
 * (「令和8年度（4月～11月）」); a year without any record reads 「記録なし」,
 * never 0件. Loaded on its own, so the period's figures never wait for it;
 * follows the 庁内用 / 公表用 choice like the rest of the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { reasonOf, type StaffApi, type Trend, type TrendYear } from '../api';
import { ColumnChart } from '../charts/ColumnChart';
import { MODE_LABELS } from '../../../functions/staff/report/labels';
import { MODES } from '../../../shared/modes';
import { MODE_LEGEND, modeFill } from '../charts/Patterns';
import { changeText, countText, countValue } from '../view/format';
import { ChartPanel } from './ChartPanel';

const NOT_RECORDED = '記録なし';
const lineOf = (year: TrendYear, key: string) => year.lines.find((l) => l.key === key);
const cell = (year: TrendYear, key: string): string => (year.recorded ? countText(lineOf(year, key)?.current ?? '—') : NOT_RECORDED);

/** 「令和4年度～令和8年度（4月～11月）」 */
const spanOf = (trend: Trend): string => {
  const [first, last] = [trend.years[0], trend.years.at(-1)];
  if (!first || !last) return '';
  return first === last ? last.label : `${first.label}～${last.label}`;
};

export const TrendPanel = ({ api, tenant, published }: { api: StaffApi; tenant: string; published: boolean }) => {
  const [loaded, setLoaded] = useState<{ key: string; trend?: Trend; problem?: string } | undefined>();
  const key = `${tenant}?${published}`;
  useEffect(() => {
    let live = true;
    api.trend(tenant, published).then(
      (trend) => live && setLoaded({ key, trend }),
      (error: unknown) => live && setLoaded({ key, problem: `年度ごとの推移を読み込めませんでした。${reasonOf(error)}` }),
    );
    return () => void (live = false);
  }, [key]);
  const current = loaded?.key === key ? loaded : undefined;
  if (current?.problem) return <p class="problem panel wide" role="alert">{current.problem}</p>;
  const trend = current?.trend;
  if (!trend) return null;
  if (trend.years.length === 0) {
    return (
      <section class="panel wide" aria-labelledby="trend-title">
        <h2 id="trend-title">年度ごとの推移</h2>
        <p>まだ記録のある年度がありません。</p>
      </section>
    );
  }
  return (
    <ChartPanel
      id="trend"
      period={spanOf(trend)}
      wide
      title="年度ごとの推移（チェック完了数、モード別）"
      note="直近5年度までの、記録のある年度です。途中の年度は前月末までで、前年度の同じ月と比べています。「記録なし」はその年度の記録がないことを示します（0件ではありません）。"
      legend={MODE_LEGEND}
      chart={
        <ColumnChart
          showTotals
          columns={trend.years.map((year) => ({
            key: String(year.fy),
            tick: year.tick,
            stacks: MODES.map((mode) => ({ value: countValue(lineOf(year, `completions|${mode}`)?.current ?? 0), fill: modeFill(mode) })),
            previous: 0,
          }))}
        />
      }
      columns={['年度', 'アクセス数', 'チェック開始数', 'チェック完了数', ...MODES.map((mode) => `うち${MODE_LABELS[mode]}`), '完了数の増減（前年度同期間比）']}
      rows={trend.years.map((year) => ({
        key: String(year.fy),
        head: year.label,
        cells: [
          cell(year, 'views'),
          cell(year, 'starts'),
          cell(year, 'completions'),
          ...MODES.map((mode) => cell(year, `completions|${mode}`)),
          year.recorded && year.previousRecorded ? changeText(lineOf(year, 'completions') ?? { change: null, changeRate: null }) : '—',
        ],
      }))}
    />
  );
};
