/**
 * @module
 * The fills every chart shares, defined once per page. Each series differs by
 * pattern as well as by tone — solid for this period, diagonal hatching for
 * last year, cross-hatching for 10代モード — so the charts still read on a
 * black-and-white printout and for people who do not see colour.
 */

export const FILL = {
  current: '#1d3f66',
  highlight: '#7a2e00',
  previous: 'url(#kc-hatch)',
  teen: 'url(#kc-cross)',
} as const;
export const INK = '#1d3f66';

export const Patterns = () => (
  <svg class="kc-defs" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="kc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={INK} stroke-width="2" />
      </pattern>
      <pattern id="kc-cross" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#c9d6e6" />
        <path d="M0 0L6 6M6 0L0 6" stroke={INK} stroke-width="1.2" />
      </pattern>
    </defs>
  </svg>
);

/** A small legend sample of a fill, for the HTML legend beside a chart. */
export const Swatch = ({ fill }: { fill: string }) => (
  <svg class="swatch" width="18" height="14" aria-hidden="true" focusable="false">
    <rect x="0.5" y="0.5" width="17" height="13" fill={fill} stroke={INK} />
  </svg>
);
