/**
 * @module
 * A chart as a picture for Word: the drawn `<svg>` turned into a standalone
 * SVG file that needs nothing from the page — the shared patterns copied in,
 * every text given its font, size and colour as attributes (the page's
 * stylesheet does not travel), the light colours whatever the screen's theme,
 * and a heading inside the picture naming the chart, the municipality, the
 * period and the unit, so a picture pasted on its own still says what it
 * counts — and the same SVG drawn onto a canvas at twice its size for a PNG.
 * The SVG goes to an `<img>` as a data: address, which the page's CSP allows
 * (img-src 'self' data:); nothing is fetched from anywhere.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif';
const INK_TEXT = '#1a2430';
const SOFT_TEXT = '#4a5663';
const SWATCH_STROKE = '#1d3f66';

/** The chart text classes of staff.css, as attributes. */
const TEXT_CLASSES: Readonly<Record<string, { size: number; fill: string }>> = {
  label: { size: 14, fill: INK_TEXT },
  value: { size: 13, fill: INK_TEXT },
  small: { size: 11, fill: SOFT_TEXT },
  axis: { size: 12, fill: SOFT_TEXT },
};

export interface ChartPicture {
  /** 「月別のチェック完了数（モード別）」 */
  title: string;
  /** 「松戸市　令和7年4月～令和8年3月　単位：件」 */
  subtitle: string;
  legend: readonly { fill: string; label: string }[];
}

export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A rough width of a label, for laying out the legend: CJK characters are square, others about half. */
const textWidth = (text: string, size: number): number => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? size : size * 0.6), 0);

/** A copy of an element with text styled by attributes and no classes left. */
const standalone = <T extends Element>(element: T): T => {
  const copy = element.cloneNode(true) as T;
  for (const text of copy.querySelectorAll('text')) {
    const classes = [...text.classList];
    const style = classes.map((c) => TEXT_CLASSES[c]).find((s) => s !== undefined) ?? TEXT_CLASSES['axis'];
    text.setAttribute('font-size', String(style?.size ?? 12));
    text.setAttribute('fill', style?.fill ?? INK_TEXT);
    if (classes.includes('strong')) text.setAttribute('font-weight', '700');
  }
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    el.removeAttribute('class');
    el.removeAttribute('aria-hidden');
    el.removeAttribute('focusable');
  }
  return copy;
};

const serialize = (node: Node): string => new XMLSerializer().serializeToString(node).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');

/** The chart as a standalone SVG file with its heading and legend drawn in. */
export const chartSvg = (chart: SVGSVGElement, picture: ChartPicture, defs: Element | null = document.querySelector('svg.kc-defs defs')): SvgFile => {
  const box = chart.viewBox.baseVal;
  const width = Math.max(box.width, 480);
  const pad = 8;
  // The legend runs along one line, wrapping when it reaches the picture's edge.
  let x = pad;
  let y = 50;
  const legend = picture.legend.map((item) => {
    const w = 24 + textWidth(item.label, 12) + 16;
    if (x > pad && x + w > width - pad) [x, y] = [pad, y + 20];
    const at = { x, y };
    x += w;
    return (
      `<rect x="${at.x + 0.5}" y="${at.y + 0.5}" width="17" height="13" fill="${escapeXml(item.fill)}" stroke="${SWATCH_STROKE}"/>` +
      `<text x="${at.x + 24}" y="${at.y + 11}" font-size="12" fill="${INK_TEXT}">${escapeXml(item.label)}</text>`
    );
  });
  const top = y + 24;
  const height = Math.ceil(top + box.height);
  const body = [...standalone(chart).childNodes].map(serialize).join('');
  const title = escapeXml(picture.title);
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${title}</title><desc>${escapeXml(picture.subtitle)}</desc>` +
    (defs ? serialize(standalone(defs)) : '') +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<text x="${pad}" y="20" font-size="16" font-weight="700" fill="${INK_TEXT}">${title}</text>` +
    `<text x="${pad}" y="39" font-size="12" fill="${SOFT_TEXT}">${escapeXml(picture.subtitle)}</text>` +
    legend.join('') +
    `<g transform="translate(${box.x + (width - box.width) / 2} ${top - box.y})">${body}</g>` +
    `</svg>\n`;
  return { text, width, height };
};

/** The SVG drawn at `scale` × its size onto a white canvas, as a PNG. */
export const svgToPng = async (svg: SvgFile, scale = 2): Promise<Blob> => {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the chart on');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'));
};

/**
 * A file name Windows accepts, with the days it counts:
 * `kokoro-check_matsudo_2025-04-01_2026-03-31_月別のチェック完了数（モード別）.png`.
 */
export const chartFileName = (parts: { tenant: string; start: string; end: string; title: string }, extension: 'svg' | 'png'): string =>
  `kokoro-check_${parts.tenant}_${parts.start}_${parts.end}_${parts.title.replace(/[\\/:*?"<>|\s]+/g, '')}.${extension}`;
