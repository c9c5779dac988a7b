/**
 * @module
 * One dashboard section: a heading, a legend in words, the chart, and under
 * it the table with the same figures. The chart itself is hidden from screen readers because the table
 * says everything it shows. The table's caption names the period in 令和, so
 * a table pasted into Word or Excel still says which months it counts.
 */
import type { ComponentChildren } from 'preact';
import { DataTable, type TableRow } from '../charts/DataTable';
import { Swatch } from '../charts/Patterns';

export interface LegendItem {
  fill: string;
  label: string;
}

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
  /** Long tables (24 hours) fold away on screen; printing opens them (see main.tsx). */
  folded?: boolean;
}) => {
  const caption = `${props.title}（${props.period}、単位：件）`;
  return (
    <section class={props.wide ? 'panel wide' : 'panel'} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.note && <p class="note">{props.note}</p>}
      <div class="pair">
        <figure>
          <ul class="legend">
            {props.legend.map((item) => (
              <li key={item.label}>
                <Swatch fill={item.fill} />
                {item.label}
              </li>
            ))}
          </ul>
          {props.chart}
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
