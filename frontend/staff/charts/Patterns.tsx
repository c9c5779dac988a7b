/**
 * @module
 * The fills every chart shares, defined once per page. Each series differs by
 * pattern as well as by tone — solid for this period, diagonal hatching for
 * last year, cross-hatching for 10代モード, dots for the third mode, horizontal stripes for the fourth — so the charts still read on a
 * black-and-white printout and for people who do not see colour.
 *
 * The colours written here as attributes are the light ones, and they are what
 * an exported SVG or PNG keeps (it goes into a white Word page). Every shape
 * also carries a class (`fillClass`, `kc-ink`, …) so staff.css can repaint the
 * same shapes for the dark theme and in grey for print.
 */
import { MODE_LABELS } from '../../../functions/staff/report/labels';
import { MODES, type Mode } from '../../../shared/modes';

export const FILL = {
  current: '#1d3f66',
  highlight: '#7a2e00',
  previous: 'url(#kc-hatch)',
  teen: 'url(#kc-cross)',
  dots: 'url(#kc-dots)',
  stripes: 'url(#kc-stripes)',
} as const;
/** Each mode's fill in stacked charts, in registry order: solid for the first, cross-hatched for the next, dotted for the third, striped for the fourth (家族). */
const MODE_FILLS = [FILL.current, FILL.teen, FILL.dots, FILL.stripes] as const;
export const modeFill = (mode: Mode): string => MODE_FILLS[MODES.indexOf(mode)] ?? FILL.current;
/** The legend of a chart stacked by mode. */
export const MODE_LEGEND = MODES.map((mode) => ({ fill: modeFill(mode), label: MODE_LABELS[mode] }));

export const INK = '#1d3f66';
/** The shaded band behind a highlighted row (10代). */
export const MARK = '#ffe9a8';
export const GRID = '#b8c0c8';

const FILL_CLASSES: Readonly<Record<string, string>> = {
  [FILL.current]: 'kc-fill-current',
  [FILL.highlight]: 'kc-fill-highlight',
  [FILL.previous]: 'kc-fill-previous',
  [FILL.teen]: 'kc-fill-teen',
  [FILL.dots]: 'kc-fill-dots',
  [FILL.stripes]: 'kc-fill-stripes',
};

/** The class that lets the stylesheet repaint a shape drawn with one of the FILL values. */
export const fillClass = (fill: string): string => FILL_CLASSES[fill] ?? '';

/** The pattern definitions, also copied into every exported SVG (see export.ts). */
export const PatternDefs = () => (
  <defs>
    <pattern id="kc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="kc-hatch-bg" width="6" height="6" fill="#fff" />
      <line class="kc-hatch-line" x1="0" y1="0" x2="0" y2="6" stroke={INK} stroke-width="2" />
    </pattern>
    <pattern id="kc-cross" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="kc-cross-bg" width="6" height="6" fill="#c9d6e6" />
      <path class="kc-cross-line" d="M0 0L6 6M6 0L0 6" stroke={INK} stroke-width="1.2" />
    </pattern>
    <pattern id="kc-dots" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="kc-dots-bg" width="6" height="6" fill="#fff" />
      <circle class="kc-dots-dot" cx="3" cy="3" r="1.6" fill={INK} />
    </pattern>
    <pattern id="kc-stripes" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="kc-stripes-bg" width="6" height="6" fill="#e3c9a8" />
      <line class="kc-stripes-line" x1="0" y1="1.5" x2="6" y2="1.5" stroke={INK} stroke-width="1.4" />
    </pattern>
  </defs>
);

export const Patterns = () => (
  <svg class="kc-defs" width="0" height="0" aria-hidden="true" focusable="false">
    <PatternDefs />
  </svg>
);

/** A small legend sample of a fill, for the HTML legend beside a chart. */
export const Swatch = ({ fill }: { fill: string }) => (
  <svg class="swatch" width="18" height="14" aria-hidden="true" focusable="false">
    <rect class={`${fillClass(fill)} kc-ink`} x="0.5" y="0.5" width="17" height="13" fill={fill} stroke={INK} />
  </svg>
);
