import { describe, expect, it } from 'vitest';
import { parseQrArgs, QrUsageError } from './qr';

describe('npm run qr arguments', () => {
  it('builds the channel URL from the origin, tenant and tag, format from the extension', () => {
    expect(parseQrArgs(['--tenant', 'matsudo', '--src', 'sticker-cityhall-1f', '--out', 'sticker.svg'], { SITE_ORIGIN: 'https://kokoro.example.jp' })).toEqual({
      url: 'https://kokoro.example.jp/t/matsudo/?src=sticker-cityhall-1f',
      label: 'sticker-cityhall-1f',
      size: 'sticker',
      out: 'sticker.svg',
      format: 'svg',
    });
    expect(parseQrArgs(['--tenant', 'matsudo', '--src', 'f1', '--out', 'f.PNG', '--size', 'a4', '--label', 'チラシ'], {})).toMatchObject({ format: 'png', size: 'a4', label: 'チラシ' });
  });
  it('points a code at a language page when asked, keeping the channel', () => {
    expect(parseQrArgs(['--tenant', 'matsudo', '--src', 'f1', '--out', 'f.svg', '--lang', 'vi'], { SITE_ORIGIN: 'https://kokoro.example.jp' }).url).toBe('https://kokoro.example.jp/t/matsudo/vi/?src=f1');
    expect(parseQrArgs(['--tenant', 'matsudo', '--src', 'f1', '--out', 'f.svg', '--lang', 'ja'], { SITE_ORIGIN: 'https://kokoro.example.jp' }).url).toBe('https://kokoro.example.jp/t/matsudo/?src=f1');
  });
  it.each([
    [['--src', 'a', '--out', 'a.svg'], '--tenant'],
    [['--tenant', 'matsudo', '--src', 'Bad!', '--out', 'a.svg'], '--src'],
    [['--tenant', 'matsudo', '--src', 'a', '--out', 'a.pdf'], '--out'],
    [['--tenant', 'matsudo', '--src', 'a', '--out', 'a.svg', '--size', 'poster'], '--size'],
    [['--tenant', 'matsudo', '--src', 'a', '--out', 'a.svg', '--lang', 'fr'], '--lang'],
  ])('refuses %j naming the option', (argv, words) => {
    expect(() => parseQrArgs(argv, {})).toThrow(QrUsageError);
    expect(() => parseQrArgs(argv, {})).toThrow(words);
  });
});
