import { existsSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { channelUrl, qrPng, qrSvg, QrFontMissingError, SYSTEM_CJK_FONT_CANDIDATES } from '.';

const url = channelUrl('https://kokoro.example.jp/ignored/path', 'matsudo', 'sticker-cityhall-1f');
const fonts = SYSTEM_CJK_FONT_CANDIDATES.filter((f) => existsSync(f)).slice(0, 1);

describe('QR codes', () => {
  it('points at the tenant page with the channel tag, from the configured origin only', () => {
    expect(url).toBe('https://kokoro.example.jp/t/matsudo/?src=sticker-cityhall-1f');
    expect(channelUrl('https://kokoro.example.jp', 'matsudo', 'flyer-zh', 'zh')).toBe('https://kokoro.example.jp/t/matsudo/zh/?src=flyer-zh');
    expect(channelUrl('https://kokoro.example.jp', 'matsudo', 'flyer-a', 'ja')).toBe('https://kokoro.example.jp/t/matsudo/?src=flyer-a');
  });

  it('draws an SVG in millimetres with the label (escaped) printed under the code', () => {
    const svg = qrSvg({ url, label: '市役所1階トイレ <ステッカー>', size: 'sticker' });
    expect(svg).toMatch(/width="50mm" height="62mm"/);
    expect(svg).toContain('市役所1階トイレ &lt;ステッカー&gt;</text>');
    expect(svg).toContain(`${url}</text>`);
    expect(qrSvg({ url, label: 'x', size: 'a4' })).toMatch(/width="210mm" height="297mm"/);
  });

  it.each(['sticker', 'a4'] as const)('renders a %s PNG that decodes back to the channel URL', async (size) => {
    // CI installs fonts-noto-cjk; a machine without it cannot render the label, which the next test covers.
    expect(fonts.length).toBeGreaterThan(0);
    const png = PNG.sync.read(Buffer.from(await qrPng(qrSvg({ url, label: '市役所1階トイレ ステッカー', size }), size, fonts)));
    expect(png.width).toBe(size === 'sticker' ? 1181 : 2480);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(url);
  }, 120_000); // rendering and decoding a print-resolution A4 page is seconds of CPU, tens of seconds on a busy machine

  it('refuses a PNG without a Japanese font instead of dropping the label', async () => {
    await expect(qrPng(qrSvg({ url, label: 'x', size: 'sticker' }), 'sticker', [])).rejects.toBeInstanceOf(QrFontMissingError);
  });
});
