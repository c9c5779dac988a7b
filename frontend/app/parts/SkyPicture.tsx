/**
 * @module
 * The result picture: a sky over a calm sea whose weather changes gently with
 * the band — sun, a few clouds, more clouds, soft rain. Never red, never a
 * gauge: it shows "how the weather is today", which passes. From the `high`
 * band on, a lighthouse light shines across the water: help is in sight.
 */
import type { Band } from '../../../shared/domain';

const SKY: Record<Band, [string, string]> = {
  low: ['#a9d8f0', '#e8f5fb'],
  some: ['#bcd6e6', '#eef4f7'],
  high: ['#aebfcd', '#e3e9ee'],
  veryHigh: ['#95a8ba', '#d5dee6'],
};
const CLOUDS: Record<Band, number> = { low: 0, some: 2, high: 4, veryHigh: 5 };
const CLOUD_AT: readonly [number, number][] = [
  [70, 46], [230, 34], [150, 60], [290, 70], [20, 78],
];

function Cloud({ x, y }: { x: number; y: number }) {
  return (
    <g fill="#fff" opacity=".9">
      <ellipse cx={x} cy={y} rx="34" ry="12" />
      <ellipse cx={x - 12} cy={y - 8} rx="16" ry="12" />
      <ellipse cx={x + 10} cy={y - 12} rx="18" ry="14" />
    </g>
  );
}

export function SkyPicture({ band, label }: { band: Band; label: string }) {
  const [top, bottom] = SKY[band];
  const lighthouse = band === 'high' || band === 'veryHigh';
  return (
    <svg class="picture" viewBox="0 0 320 180" role="img" aria-label={label}>
      <defs>
        <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stop-color={top} />
          <stop offset="1" stop-color={bottom} />
        </linearGradient>
        <linearGradient id="beam">
          <stop offset="0" stop-color="#fff6d0" stop-opacity=".8" />
          <stop offset="1" stop-color="#fff6d0" stop-opacity="0" />
        </linearGradient>
      </defs>
      <rect width="320" height="180" fill="url(#sky)" />
      {(band === 'low' || band === 'some') && <circle cx="250" cy="52" r="20" fill="#ffe2a0" />}
      {CLOUD_AT.slice(0, CLOUDS[band]).map(([x, y]) => (
        <Cloud key={x} x={x} y={y} />
      ))}
      {band === 'veryHigh' && (
        <path d="M40 90l-6 14M90 92l-6 14M140 88l-6 14M190 94l-6 14M240 90l-6 14M290 92l-6 14" stroke="#7f93a6" stroke-width="2" stroke-linecap="round" />
      )}
      <rect y="120" width="320" height="60" fill="#7fb2cf" />
      <path d="M0 134q20-6 40 0t40 0 40 0 40 0 40 0 40 0 40 0 40 0M0 154q20-6 40 0t40 0 40 0 40 0 40 0 40 0 40 0 40 0" stroke="#d7ebf5" stroke-width="2" fill="none" />
      {lighthouse && (
        <g>
          <path d="M48 76L220 56v44z" fill="url(#beam)" />
          <ellipse cx="44" cy="122" rx="22" ry="6" fill="#6f8291" />
          <path d="M36 120h16l-3-40h-10z" fill="#f4f1ea" />
          <rect x="38" y="72" width="12" height="9" fill="#ffe9a8" />
          <path d="M36 72h16l-8-8z" fill="#5c6f80" />
        </g>
      )}
    </svg>
  );
}
