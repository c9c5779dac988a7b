/**
 * @module
 * The dashboard's charts, each beside its table: completions per month by
 * mode, age bands (10代 marked), K6 score ranges, hour of day, and helpline
 * taps (outreach channels: ChannelFigures.tsx). Every table shows this
 * period, the same period last year and the change, as the CSV does.
 */
import type { Report } from '../api';
import { BarList } from '../charts/BarList';
import { ColumnChart } from '../charts/ColumnChart';
import type { TableRow } from '../charts/DataTable';
import { MODES } from '../../../shared/modes';
import { MODE_LABELS } from '../../../functions/staff/report/labels';
import { FILL, MODE_LEGEND, modeFill } from '../charts/Patterns';
import { ageRows, bandRows, helplineRows, hourRows, monthBars, monthLine, type ChartRow } from '../view/figures';
import { changeText, countText, countValue, reiwaSpan } from '../view/format';
import { ChartPanel } from './ChartPanel';

const COMPARE = ['今期', '前年度同期間', '増減'];
const CURRENT_VS_PREVIOUS = [
  { fill: FILL.current, label: '今期' },
  { fill: FILL.previous, label: '前年度同期間' },
];

/** This period, last year and the change as the table writes them; marks stay marks, a sum that would re-add one is 「—」. */
export const compare = (cells: ChartRow['cells']): string[] => [countText(cells.current), countText(cells.previous), changeText(cells)];

export const periodOf = (report: Report): string => reiwaSpan(report.period.start, report.period.end);

export const tableRows = (rows: ChartRow[], extra: (r: ChartRow) => string[] = () => []): TableRow[] =>
  rows.map((r) => ({ key: r.key, head: r.label, cells: [...compare(r.cells), ...extra(r)], highlight: r.highlight }));

const NO_LINE = { current: '—', previous: '—', change: null, changeRate: null } as const;

export const MonthlyPanel = ({ report }: { report: Report }) => {
  const bars = monthBars(report);
  return (
    <ChartPanel
      id="monthly"
      period={periodOf(report)}
      wide
      title="月別のチェック完了数（モード別）"
      note={`各月の左の棒が今期（${MODES.map((mode) => MODE_LABELS[mode]).join('と')}の積み上げ）、右の細い棒が前年度の同じ月の合計です。`}
      legend={[...MODE_LEGEND, { fill: FILL.previous, label: '前年度同月（合計）' }]}
      chart={
        <ColumnChart
          showTotals={bars.length <= 13}
          columns={bars.map((b) => ({
            key: b.month,
            tick: `${Number(b.month.slice(5))}月`,
            stacks: MODES.map((mode) => ({ value: b.byMode[mode], fill: modeFill(mode) })),
            previous: b.previous,
          }))}
        />
      }
      columns={['月', ...MODES.map((mode) => MODE_LABELS[mode]), '合計', '前年同月', '増減']}
      rows={bars.map((b) => ({
        key: b.month,
        head: b.label,
        cells: [
          ...MODES.map((mode) => countText(monthLine(b, `completions|${mode}`)?.current ?? '—')),
          ...compare(monthLine(b, 'completions') ?? NO_LINE),
        ],
      }))}
    />
  );
};

/** Page opens per month beside the same month last year (令和8年4月 against 令和7年4月). */
export const MonthlyViewsPanel = ({ report }: { report: Report }) => {
  const bars = monthBars(report);
  const first = bars[0];
  return (
    <ChartPanel
      id="monthly-views"
      period={periodOf(report)}
      wide
      title="月別のアクセス数"
      note={`各月の左の棒が今期、右の細い棒が前年の同じ月です${first ? `（${first.label}なら${first.previousLabel}）` : ''}。途中までの月は、前年の同じ日までと比べています。`}
      legend={[
        { fill: FILL.current, label: '今期' },
        { fill: FILL.previous, label: '前年同月' },
      ]}
      chart={
        <ColumnChart
          showTotals={bars.length <= 13}
          columns={bars.map((b) => {
            const views = monthLine(b, 'views');
            return {
              key: b.month,
              tick: `${Number(b.month.slice(5))}月`,
              stacks: [{ value: countValue(views?.current ?? 0), fill: FILL.current }],
              previous: countValue(views?.previous ?? 0),
            };
          })}
        />
      }
      columns={['月', 'アクセス数', '前年同月', '増減']}
      rows={bars.map((b) => ({ key: b.month, head: b.label, cells: compare(monthLine(b, 'views') ?? NO_LINE) }))}
    />
  );
};

export const AgePanel = ({ report }: { report: Report }) => {
  const rows = ageRows(report);
  return (
    <ChartPanel
      id="ages"
      period={periodOf(report)}
      title="年代別のチェック完了数"
      note={`${MODES.map((mode) => MODE_LABELS[mode]).join('と')}の合計です。重点対象の10代を強調しています。`}
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={['年代', ...COMPARE, ...MODES.map((mode) => `うち${MODE_LABELS[mode]}`)]}
      rows={tableRows(rows, (r) => MODES.map((mode) => { const line = r.byMode?.[mode]; return line ? countText(line.current) : '—'; }))}
    />
  );
};

export const BandPanel = ({ report }: { report: Report }) => {
  const rows = bandRows(report);
  return (
    <ChartPanel
      id="bands"
      period={periodOf(report)}
      title="結果（K6の得点）別のチェック完了数"
      note="K6の合計点の範囲で示しています。診断ではありません。"
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={['K6の得点', ...COMPARE]}
      rows={tableRows(rows)}
    />
  );
};

export const HourPanel = ({ report }: { report: Report }) => {
  const rows = hourRows(report);
  return (
    <ChartPanel
      id="hours"
      period={periodOf(report)}
      wide
      folded
      title="時間帯別のチェック完了数（日本時間）"
      legend={CURRENT_VS_PREVIOUS}
      chart={<ColumnChart showTotals={false} columns={rows.map((r, h) => ({ key: r.key, tick: h % 3 === 0 ? `${h}時` : '', stacks: [{ value: r.current, fill: FILL.current }], previous: r.previous }))} />}
      columns={['時間帯', ...COMPARE]}
      rows={tableRows(rows)}
    />
  );
};

export const HelplinePanel = ({ report }: { report: Report }) => {
  const rows = helplineRows(report);
  return (
    <ChartPanel
      id="helplines"
      period={periodOf(report)}
      title="相談窓口のタップ数（多い順）"
      note="結果画面などで相談窓口の電話番号やリンクが押された回数です。"
      legend={CURRENT_VS_PREVIOUS}
      chart={rows.length > 0 ? <BarList rows={rows} /> : <p>この期間のタップはありません。</p>}
      columns={['相談窓口', ...COMPARE]}
      rows={tableRows(rows)}
    />
  );
};
