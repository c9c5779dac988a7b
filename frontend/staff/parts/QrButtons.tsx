/**
 * @module
 * The four QR code files of one channel — sticker or A4 flyer, SVG for the
 * print shop or PNG for documents — each its own button named with the
 * channel, fetched with the token and saved from a Blob; and the choice of
 * the page language the codes point at (日本語 unless staff choose another:
 * a flyer in Chinese gets a code that opens the Chinese page). Shared by the
 * admins' channel management and the staff's reprint list.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../../../shared/languages';
import { LANGUAGE_LABELS } from '../../../functions/staff/report/labels';
import { saveFile, reasonOf, type StaffApi } from '../api';

export const QR_FILES = [
  { size: 'sticker', format: 'svg', label: 'ステッカー用 SVG' },
  { size: 'sticker', format: 'png', label: 'ステッカー用 PNG' },
  { size: 'a4', format: 'svg', label: 'A4チラシ用 SVG' },
  { size: 'a4', format: 'png', label: 'A4チラシ用 PNG' },
] as const;

export type QrFile = (typeof QR_FILES)[number];

/** The file's path under the tenant's API: `channels/<tag>/qr.png?size=a4`, with `&lang=zh` for a page other than Japanese. */
export const qrPath = (tag: string, file: QrFile, lang: Lang = DEFAULT_LANG): string =>
  `channels/${encodeURIComponent(tag)}/qr.${file.format}?size=${file.size}${lang === DEFAULT_LANG ? '' : `&lang=${lang}`}`;

/** Downloads one file and returns the sentence for the status line. */
export const downloadQr = async (api: StaffApi, tenant: string, channel: { tag: string; label: string }, file: QrFile, lang: Lang = DEFAULT_LANG): Promise<string> => {
  const suffix = lang === DEFAULT_LANG ? '' : `-${lang}`;
  try {
    saveFile(await api.download(tenant, qrPath(channel.tag, file, lang), `qr-${channel.tag}${suffix}.${file.format}`));
    return `「${channel.label}」のQRコード（${file.label}・${LANGUAGE_LABELS[lang]}のページ）をダウンロードしました。`;
  } catch (error) {
    return `QRコードをダウンロードできませんでした。${reasonOf(error)}`;
  }
};

export const QrButtons = ({ label, onDownload }: { label: string; onDownload: (file: QrFile) => void }) => (
  <>
    {QR_FILES.map((f) => (
      <button key={f.label} type="button" aria-label={`${f.label}：${label}`} onClick={() => onDownload(f)}>
        {f.label}
      </button>
    ))}
  </>
);

/** Which page language the QR codes below open; one choice for the whole list. */
export const QrLanguage = ({ lang, onChange, id }: { lang: Lang; onChange: (lang: Lang) => void; id: string }) => (
  <label class="field">
    QRコードで開くページの言語
    <select id={id} value={lang} aria-describedby={`${id}-note`} onChange={(e) => onChange(e.currentTarget.value as Lang)}>
      {LANGS.map((l) => (
        <option key={l} value={l}>
          {LANGUAGE_LABELS[l]}
        </option>
      ))}
    </select>
    <span class="note" id={`${id}-note`}>
      日本語以外を選ぶと、その言語のページを開くQRコードになります（外国語のチラシなどに）。数は同じ経路に数えます。
    </span>
  </label>
);
