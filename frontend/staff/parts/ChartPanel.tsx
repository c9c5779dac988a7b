/**
 * @module
 * One dashboard section: a heading, a legend in words, the chart, and under
 * it the table with the same figures. The chart itself is hidden from screen readers because the table
 * says everything it shows. The table's caption names the period in 令和, so
 * a table pasted into Word or Excel still says which months it counts. Two
 * small buttons save the chart as SVG or PNG for Word, its title, town,
 * period and legend drawn into the picture (../charts/export.ts).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { reasonOf, saveFile, type Report } from '../api';
import { DataTable, type TableRow } from '../charts/DataTable';
import { chartFileName, chartSvg, svgToPng } from '../charts/export';
import { Swatch } from '../charts/Patterns';

export interface LegendItem {
  fill: string;
  label: string;
}

/** Whose figures the panels show, for the downloaded pictures' names and headings. */
export const ChartSource = createContext<{ town: string; report: Report } | undefined>(undefined);

const ChartDownloads = ({ id, title, period, legend, figure }: { id: string; title: string; period: string; legend: LegendItem[]; figure: { current: HTMLElement | null } }) => {
  const source = useContext(ChartSource);
  const [status, setStatus] = useState('');
  const save = async (kind: 'svg' | 'png') => {
    const chart = figure.current?.querySelector<SVGSVGElement>('svg.chart');
    if (!chart || !source) return;
    const { report, town } = source;
    const name = chartFileName({ tenant: report.tenant, start: report.period.start, end: report.period.end, title }, kind);
    try {
      const svg = chartSvg(chart, { title, subtitle: `${town}　${period}　単位：件`, legend });
      const blob = kind === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml' }) : await svgToPng(svg);
      saveFile({ blob, fileName: name });
      setStatus(`${name} を保存しました。`);
    } catch (error) {
      setStatus(`グラフを保存できませんでした。${reasonOf(error)}`);
    }
  };
  return (
    <div class="chart-downloads">
      <div class="buttons">
        <button type="button" aria-label={`SVGで保存：${title}のグラフ`} aria-describedby={`${id}-save-note`} onClick={() => void save('svg')}>
          SVGで保存
        </button>
        <button type="button" aria-label={`PNGで保存：${title}のグラフ`} aria-describedby={`${id}-save-note`} onClick={() => void save('png')}>
          PNGで保存
        </button>
      </div>
      <p class="note sr" id={`${id}-save-note`}>
        Wordなどに貼り付けられる画像として、グラフを題名と期間つきで保存します。
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
};

export const ChartPanel = (props: {
  id: string;
  title: string;
  /** 「令和8年4月～11月」, in the caption. */
  period: string;
  note?: string;
  legend: LegendItem[];
  chart: ComponentChildren;
  columns: string[];
  rows: TableRow[];
  wide?: boolean;
  /** Long tables (24 hours) fold away on screen, and on paper the chart stands for them (see staff.css). */
  folded?: boolean;
}) => {
  const caption = `${props.title}（${props.period}、単位：件）`;
  const figure = useRef<HTMLElement>(null);
  // Only a drawn chart can be saved (a panel with nothing to draw shows a sentence instead).
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(figure.current?.querySelector('svg.chart') != null));
  return (
    <section class={props.wide ? 'panel wide' : 'panel'} data-panel={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.note && <p class="note">{props.note}</p>}
      <div class="pair">
        <figure ref={figure}>
          <ul class="legend">
            {props.legend.map((item) => (
              <li key={item.label}>
                <Swatch fill={item.fill} />
                {item.label}
              </li>
            ))}
          </ul>
          {props.chart}
          {drawn && <ChartDownloads id={props.id} title={props.title} period={props.period} legend={props.legend} figure={figure} />}
        </figure>
        {props.folded ? (
          <details>
            <summary>数値の表を開く</summary>
            <DataTable caption={caption} columns={props.columns} rows={props.rows} />
          </details>
        ) : (
          <DataTable caption={caption} columns={props.columns} rows={props.rows} />
        )}
      </div>
    </section>
  );
};
