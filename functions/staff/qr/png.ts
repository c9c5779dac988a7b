/**
 * @module
 * The same QR sheet as a PNG, rasterised from the SVG with resvg's
 * WebAssembly build — portable to Lambda on any CPU, no native module. The
 * label needs a Japanese font; which font files to load is configuration
 * (the local server finds the system's Noto Sans CJK), and without one the
 * PNG is refused rather than printed with the label missing.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { QR_SIZES, type QrSize } from './print';

/** Print resolution: 600 dpi for a small sticker, 300 dpi for a flyer. */
const DPI: Record<QrSize, number> = { sticker: 600, a4: 300 };

export class QrFontMissingError extends Error {
  override name = 'QrFontMissingError';
}

type ResvgModule = typeof import('@resvg/resvg-wasm');
// Loaded on the first PNG only: most staff requests are reports, and a Lambda cold start should not pay for a renderer.
let resvgReady: Promise<ResvgModule> | undefined;
const loadResvg = () => {
  resvgReady ??= (async () => {
    const resvg = await import('@resvg/resvg-wasm');
    await resvg.initWasm(await readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return resvg;
  })();
  return resvgReady;
};

const fontCache = new Map<string, Promise<Uint8Array>>();
const loadFont = (file: string) => {
  let font = fontCache.get(file);
  if (!font) fontCache.set(file, (font = readFile(file).then((b) => new Uint8Array(b))));
  return font;
};

export const qrPng = async (svg: string, size: QrSize, fontFiles: readonly string[]): Promise<Uint8Array> => {
  if (fontFiles.length === 0) throw new QrFontMissingError('No Japanese font is configured for PNG labels (QR_FONT_FILES).');
  const [{ Resvg }, fontBuffers] = await Promise.all([loadResvg(), Promise.all(fontFiles.map(loadFont))]);
  const widthPx = Math.round((QR_SIZES[size].pageWidth / 25.4) * DPI[size]);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: widthPx }, font: { fontBuffers, defaultFontFamily: 'Noto Sans CJK JP' }, background: '#fff' });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
};

/** Where Debian/Ubuntu (fonts-noto-cjk) keep Noto Sans CJK; the local server and CLI try these. */
export const SYSTEM_CJK_FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
];
