/**
 * @module
 * Vertical columns over time (months, hours of the day): for each slot a
 * stacked column for this period — one segment per series, each with its own
 * fill — and a thinner hatched column for the same slot last year, on a
 * shared axis with labelled gridlines and its unit (件). Slots can carry their total above
 * the column when there is room for it.
 */
import { countText } from '../view/format';
import { FILL, fillClass, GRID, INK } from './Patterns';
import { niceMax, ticks } from './scale';

export interface Column {
  key: string;
  /** Under the axis; empty to leave a slot unlabelled. */
  tick: string;
  stacks: { value: number; fill: string }[];
  previous: number;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 60;
const BOTTOM = 34;
const TOP = 26;

export const ColumnChart = ({ columns, showTotals }: { columns: Column[]; showTotals: boolean }) => {
  const totals = columns.map((c) => c.stacks.reduce((n, s) => n + s.value, 0));
  const top = niceMax(Math.max(...totals, ...columns.map((c) => c.previous)));
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + plotH - (n / top) * plotH;
  const slot = (WIDTH - LEFT - 8) / Math.max(1, columns.length);
  const currentW = slot * 0.46;
  const previousW = slot * 0.28;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <text x={LEFT - 6} y={12} class="axis" text-anchor="end">
        （件）
      </text>
      {ticks(top).map((t) => (
        <g key={t}>
          <line class={t === 0 ? 'kc-ink' : 'kc-grid'} x1={LEFT} x2={WIDTH - 4} y1={y(t)} y2={y(t)} stroke={t === 0 ? INK : GRID} stroke-width={t === 0 ? 1.2 : 0.6} />
          <text x={LEFT - 6} y={y(t) + 4} class="axis" text-anchor="end">
            {countText(Math.round(t))}
          </text>
        </g>
      ))}
      {columns.map((c, i) => {
        const x = LEFT + i * slot + slot * 0.1;
        let base = 0;
        return (
          <g key={c.key}>
            {c.stacks.map((s, j) => {
              const from = base;
              base += s.value;
              return s.value > 0 ? <rect key={j} class={`${fillClass(s.fill)} kc-ink`} x={x} y={y(base)} width={currentW} height={y(from) - y(base)} fill={s.fill} stroke={INK} stroke-width="0.6" /> : null;
            })}
            {c.previous > 0 && <rect class="kc-fill-previous kc-ink" x={x + currentW + 1} y={y(c.previous)} width={previousW} height={y(0) - y(c.previous)} fill={FILL.previous} stroke={INK} stroke-width="0.6" />}
            {showTotals && (totals[i] ?? 0) > 0 && (
              <text x={x + currentW / 2} y={y(totals[i] ?? 0) - 4} class="axis" text-anchor="middle">
                {countText(totals[i] ?? 0)}
              </text>
            )}
            <text x={x + (currentW + previousW) / 2} y={HEIGHT - BOTTOM + 18} class="axis" text-anchor="middle">
              {c.tick}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
