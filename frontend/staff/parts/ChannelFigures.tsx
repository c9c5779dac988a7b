/**
 * @module
 * The dashboard's outreach channel figures: which sticker, flyer, school
 * clear file, web page or SNS post brought how many accesses and completed
 * checks, each channel's completion rate (完了数÷アクセス数) and, where the
 * admin entered how many copies went out, accesses per 100 copies — this
 * period beside the same period last year — and the totals by kind
 * (ステッカー計, チラシ計 …). Only accesses and completions are ever split by
 * channel, never who the person was. Archived channels keep their rows under
 * their own name, marked （アーカイブ済み）. In the published (公表用) view a
 * rate over a hidden count is itself hidden, as the server marks it.
 */
import { CHANNEL_KIND_LABELS } from '../../../functions/staff/channels/kinds';
import type { Report } from '../api';
import { BarList } from '../charts/BarList';
import { FILL } from '../charts/Patterns';
import { channelKindChartRows, channelKindRows, channelRows, channelTableRows, type ReportLine } from '../view/figures';
import { countText, perHundredText, reiwaSpan, type Cell } from '../view/format';
import { ChartPanel } from './ChartPanel';

const LEGEND = [
  { fill: FILL.current, label: '今期' },
  { fill: FILL.previous, label: '前年度同期間' },
];

const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** 「25.0%」; a hidden rate keeps its mark (秘匿). */
const percentText = (cell: Cell): string => (typeof cell === 'number' ? `${oneDecimal.format(cell)}%` : cell);

const NONE = '—';
const counts = (line: ReportLine | undefined): string[] => (line ? [countText(line.current), countText(line.previous)] : [NONE, NONE]);
const rates = (line: ReportLine | undefined): string[] => (line ? [percentText(line.current), percentText(line.previous)] : [NONE, NONE]);
const per100 = (line: ReportLine | undefined): string => (line ? perHundredText(line.current) : NONE);

// No 増減 column: ten columns would not fit beside the channel names; the CSV has every change.
const FIGURE_COLUMNS = ['アクセス数', 'アクセス数（前年度同期間）', '完了数', '完了数（前年度同期間）', '完了率', '完了率（前年度同期間）', 'アクセス数（100部あたり）'];

const figureCells = (r: { views: ReportLine; completions?: ReportLine; completionRate?: ReportLine; viewsPer100?: ReportLine }): string[] => [
  ...counts(r.views),
  ...counts(r.completions),
  ...rates(r.completionRate),
  per100(r.viewsPer100),
];

/** 「13,157部（47か所）」, 「47か所」, or — when nothing was counted. */
const copiesText = (quantity: number | undefined, places: number | undefined): string => {
  const where = places !== undefined ? `${countText(places)}か所` : '';
  if (quantity === undefined) return where || NONE;
  return `${countText(quantity)}部${where ? `（${where}）` : ''}`;
};

export const ChannelPanel = ({ report }: { report: Report }) => {
  const period = reiwaSpan(report.period.start, report.period.end);
  const kinds = channelKindRows(report);
  return (
    <>
      <ChartPanel
        id="sources"
        period={period}
        wide
        title="経路別のアクセス数と完了数（多い順）"
        note="QRコードやチラシごとの数です。完了率はチェック完了数÷アクセス数、100部あたりのアクセス数は登録された配布部数で割った数です（前年度との増減はCSVにあります）。登録されていないタグは「未登録」にまとめています。"
        legend={LEGEND}
        chart={<BarList rows={channelRows(report)} />}
        columns={['経路', '種類', '配布部数（配布先）', ...FIGURE_COLUMNS]}
        rows={channelTableRows(report).map((r) => ({
          key: r.key,
          head: r.label,
          cells: [r.channel ? CHANNEL_KIND_LABELS[r.channel.kind] : NONE, copiesText(r.channel?.quantity, r.channel?.places), ...figureCells(r)],
        }))}
      />
      {kinds.length > 0 && (
        <ChartPanel
          id="source-kinds"
          period={period}
          wide
          title="経路の種類別の合計"
          note="登録された経路を種類ごとに合計した数です（経路なし・未登録は含みません）。100部あたりのアクセス数は、その種類のすべての経路に部数が登録されているときだけ示します。"
          legend={LEGEND}
          chart={<BarList rows={channelKindChartRows(report)} />}
          columns={['種類', ...FIGURE_COLUMNS]}
          rows={kinds.map((r) => ({ key: r.key, head: r.label, cells: figureCells(r) }))}
        />
      )}
    </>
  );
};
