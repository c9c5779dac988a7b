/**
 * @module
 * Printable QR codes for an outreach channel: the resident URL with the
 * channel's `src` tag, drawn as crisp vector modules with the channel label
 * and the address printed underneath, in physical millimetres so a print shop gets the size
 * that was meant — a 50 mm sticker or an A4 flyer with a 120 mm code (the sizes and the
 * URL are in ./print).
 */
// The encoder core only: the package's main entry also loads its PNG/terminal renderers (pngjs), ~30 KB of Lambda bundle we never call.
import QRCode from 'qrcode/lib/core/qrcode.js';
import { QR_SIZES, type QrSize } from './print';

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/** Rough text width in em: CJK glyphs are square, Latin about half as wide. */
const emWidth = (text: string): number => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? 0.6 : 1), 0);

export const QR_FONT_FAMILY = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

export const qrSvg = ({ url, label, size }: { url: string; label: string; size: QrSize }): string => {
  const s = QR_SIZES[size];
  // Level M survives a scuffed sticker while keeping modules large enough for old phone cameras.
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 4;
  const cell = s.qr / (count + quiet * 2);
  const x0 = (s.pageWidth - s.qr) / 2 + quiet * cell;
  const y0 = s.top + quiet * cell;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) path += `M${(x0 + col * cell).toFixed(3)} ${(y0 + row * cell).toFixed(3)}h${cell.toFixed(3)}v${cell.toFixed(3)}h-${cell.toFixed(3)}z`;
    }
  }
  const fit = (text: string, max: number) => Math.min(max, (s.pageWidth * 0.92) / Math.max(1, emWidth(text))).toFixed(2);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${s.pageWidth}mm" height="${s.pageHeight}mm" viewBox="0 0 ${s.pageWidth} ${s.pageHeight}" role="img" aria-label="${escapeXml(`${label} ${url}`)}">
<rect width="100%" height="100%" fill="#fff"/>
<path d="${path}" fill="#000" shape-rendering="crispEdges"/>
<text x="${s.pageWidth / 2}" y="${s.labelY}" font-family="${QR_FONT_FAMILY}" font-size="${fit(label, s.fontSize)}" text-anchor="middle" fill="#000">${escapeXml(label)}</text>
<text x="${s.pageWidth / 2}" y="${s.urlY}" font-family="${QR_FONT_FAMILY}" font-size="${fit(url, s.urlSize)}" text-anchor="middle" fill="#000">${escapeXml(url)}</text>
</svg>
`;
};
