/**
 * @module
 * Horizontal bars, one row per item: this period as a solid bar with its
 * figure, the same period last year as a thinner hatched bar under it. The
 * label sits above its bars so long channel names never get cut. A
 * highlighted row (10代) gets a shaded band, a bold label and a darker bar.
 */
import type { ChartRow } from '../view/figures';
import { countText } from '../view/format';
import { FILL, fillClass, INK, MARK } from './Patterns';

const WIDTH = 600;
const ROW = 52;
const VALUE_SPACE = 120;

export const BarList = ({ rows, unit = '件' }: { rows: ChartRow[]; unit?: string }) => {
  const max = Math.max(1, ...rows.flatMap((r) => [r.current, r.previous]));
  const scale = (n: number) => (n / max) * (WIDTH - VALUE_SPACE);
  return (
    <svg class="chart bars" viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 4}`} aria-hidden="true" focusable="false">
      {rows.map((r, i) => {
        const y = i * ROW;
        return (
          <g key={r.key}>
            {r.highlight && <rect class="kc-mark" x="0" y={y} width={WIDTH} height={ROW - 2} fill={MARK} />}
            <text x="4" y={y + 16} class={r.highlight ? 'label strong' : 'label'}>
              {r.highlight ? `▶ ${r.label}` : r.label}
            </text>
            <rect class={fillClass(r.highlight ? FILL.highlight : FILL.current)} x="4" y={y + 22} width={Math.max(scale(r.current), r.current > 0 ? 2 : 0)} height="14" fill={r.highlight ? FILL.highlight : FILL.current} />
            <text x={8 + scale(r.current)} y={y + 34} class={r.highlight ? 'value strong' : 'value'}>
              {countText(r.current)}
              {unit}
            </text>
            <rect class="kc-fill-previous kc-ink" x="4" y={y + 38} width={Math.max(scale(r.previous), r.previous > 0 ? 2 : 0)} height="9" fill={FILL.previous} stroke={INK} stroke-width="0.8" />
            <text x={8 + scale(r.previous)} y={y + 47} class="value small">
              前年度 {countText(r.previous)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
