/**
 * @module
 * `npm run qr -- --tenant matsudo --src sticker-cityhall-1f --out sticker.svg`
 * prints-ready QR codes from the command line, for batch printing without
 * the dashboard. The format follows the file extension (.svg or .png); the
 * label under the code defaults to the tag; the site origin comes from
 * --origin or SITE_ORIGIN.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_LANG, isLang, LANGS } from '../shared/languages';
import { SRC_PATTERN, TENANT_ID_PATTERN } from '../shared/domain';
import { channelUrl, qrPng, qrSvg, QR_SIZES, SYSTEM_CJK_FONT_CANDIDATES, type QrSize } from '../functions/staff/qr';

export class QrUsageError extends Error {
  override name = 'QrUsageError';
}

export interface QrJob {
  url: string;
  label: string;
  size: QrSize;
  out: string;
  format: 'svg' | 'png';
}

export const USAGE = 'usage: npm run qr -- --tenant <id> --src <tag> --out <file.svg|file.png> [--label <text>] [--size sticker|a4] [--lang easy|en|zh|vi] [--origin https://…]';

export const parseQrArgs = (argv: string[], env: Record<string, string | undefined>): QrJob => {
  const { values } = parseArgs({
    args: argv,
    options: { tenant: { type: 'string' }, src: { type: 'string' }, out: { type: 'string' }, label: { type: 'string' }, size: { type: 'string', default: 'sticker' }, lang: { type: 'string', default: DEFAULT_LANG }, origin: { type: 'string' } },
    strict: true,
  });
  const { tenant, src, out, size } = values;
  if (!tenant || !TENANT_ID_PATTERN.test(tenant)) throw new QrUsageError(`--tenant must be a tenant id like matsudo\n${USAGE}`);
  if (!src || !SRC_PATTERN.test(src)) throw new QrUsageError(`--src must be 1–40 lower-case letters, digits or hyphens\n${USAGE}`);
  if (!out || !/\.(svg|png)$/i.test(out)) throw new QrUsageError(`--out must end in .svg or .png\n${USAGE}`);
  if (!Object.hasOwn(QR_SIZES, size)) throw new QrUsageError(`--size must be sticker or a4\n${USAGE}`);
  const lang = values.lang ?? DEFAULT_LANG;
  if (!isLang(lang)) throw new QrUsageError(`--lang must be one of ${LANGS.join(', ')}\n${USAGE}`);
  const origin = values.origin ?? env.SITE_ORIGIN ?? 'http://localhost:8787';
  return { url: channelUrl(origin, tenant, src, lang), label: values.label ?? src, size: size as QrSize, out, format: out.toLowerCase().endsWith('.png') ? 'png' : 'svg' };
};

const main = async () => {
  const job = parseQrArgs(process.argv.slice(2), process.env);
  const svg = qrSvg(job);
  const fonts = (process.env.QR_FONT_FILES?.split(':') ?? SYSTEM_CJK_FONT_CANDIDATES).filter((file) => file && existsSync(file)).slice(0, 1);
  await writeFile(job.out, job.format === 'svg' ? svg : await qrPng(svg, job.size, fonts));
  console.log(`${job.out}: ${job.url} 「${job.label}」 (${job.size})`);
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(error instanceof QrUsageError ? 2 : 1);
  });
}
