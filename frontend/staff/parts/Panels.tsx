/**
 * @module
 * The dashboard's charts, each beside its table: completions per month by
 * mode, age bands (10代 marked), the results of each instrument (K6 score
 * ranges; 家族's count of signs), who the other person is in 家族, the page's
 * language, hour of day, and helpline taps (outreach channels: ChannelFigures.tsx). Every table shows this
 * period, the same period last year and the change, as the CSV does.
 */
import type { Report } from '../api';
import { BarList } from '../charts/BarList';
import { ColumnChart } from '../charts/ColumnChart';
import type { TableRow } from '../charts/DataTable';
import { MODES } from '../../../shared/modes';
import { INSTRUMENT_RESULT_WORDS, LANGUAGE_NOTE, MODE_LABELS } from '../../../functions/staff/report/labels';
import type { InstrumentId } from '../../../shared/modes';
import { FILL, MODE_LEGEND, modeFill } from '../charts/Patterns';
import { ageRows, bandRows, helplineRows, hourRows, languageRows, monthBars, monthLine, OTHER_MODES, relationshipRows, SELF_MODES, type ChartRow, type ReportLine } from '../view/figures';
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

const modeCell = (r: ChartRow, mode: (typeof MODES)[number]) => {
  const line = r.byMode?.[mode];
  return line ? countText(line.current) : '—';
};

export const AgePanel = ({ report }: { report: Report }) => {
  const rows = ageRows(report);
  // 家族 counts the age of the person cared about, not the resident's: its own column, outside the sum.
  const others = OTHER_MODES.map((mode) => `${MODE_LABELS[mode]}（相手の年代）`);
  return (
    <ChartPanel
      id="ages"
      period={periodOf(report)}
      title="年代別のチェック完了数"
      note={`${SELF_MODES.map((mode) => MODE_LABELS[mode]).join('と')}の合計です。重点対象の10代を強調しています。${
        others.length > 0 ? `${OTHER_MODES.map((mode) => MODE_LABELS[mode]).join('と')}は気にかけている相手の年代のため、合計に含めず表の右の列に示しています。` : ''
      }`}
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={['年代', ...COMPARE, ...SELF_MODES.map((mode) => `うち${MODE_LABELS[mode]}`), ...others]}
      rows={tableRows(rows, (r) => [...SELF_MODES, ...OTHER_MODES].map((mode) => modeCell(r, mode)))}
    />
  );
};

/** One instrument's results (the K6's score ranges, 家族's count of signs), the modes that run it together. */
export const BandPanel = ({ report, instrument = 'k6-ja' }: { report: Report; instrument?: InstrumentId }) => {
  const rows = bandRows(report, instrument);
  const words = INSTRUMENT_RESULT_WORDS[instrument];
  return (
    <ChartPanel
      id={instrument === 'k6-ja' ? 'bands' : `bands-${instrument}`}
      period={periodOf(report)}
      title={words.title}
      note={words.note}
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={[words.column, ...COMPARE]}
      rows={tableRows(rows)}
    />
  );
};

/** Who the other person is to the resident, in the modes about someone else (家族). */
export const RelationshipPanel = ({ report }: { report: Report }) => {
  if (OTHER_MODES.length === 0) return null;
  const rows = relationshipRows(report);
  return (
    <ChartPanel
      id="relationships"
      period={periodOf(report)}
      title="気にかけている相手との関係別のチェック完了数"
      note={`${OTHER_MODES.map((mode) => MODE_LABELS[mode]).join('と')}で、気にかけている相手がどなたかを選んだ数です。`}
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={['相手との関係', ...COMPARE]}
      rows={tableRows(rows)}
    />
  );
};

const LANGUAGE_FIGURES = ['アクセス数', 'チェック開始数', 'チェック完了数'] as const;

/** Accesses, starts and completions by the page's language, each beside the same period last year and its change. */
export const LanguagePanel = ({ report }: { report: Report }) => {
  const rows = languageRows(report);
  if (rows.length === 0) return null;
  const cells = (line: ReportLine | undefined) => (line ? compare(line) : ['—', '—', '—']);
  return (
    <ChartPanel
      id="languages"
      period={periodOf(report)}
      wide
      title="ページの言語別のアクセス数・チェック開始数・チェック完了数"
      note={`グラフはアクセス数です。${LANGUAGE_NOTE}`}
      legend={CURRENT_VS_PREVIOUS}
      chart={<BarList rows={rows} />}
      columns={['ページの言語', ...LANGUAGE_FIGURES.flatMap((figure) => [figure, `${figure}（前年度同期間）`, `${figure}（増減）`])]}
      rows={rows.map((r) => ({ key: r.key, head: r.label, cells: [...cells(r.views), ...cells(r.starts), ...cells(r.completions)] }))}
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
