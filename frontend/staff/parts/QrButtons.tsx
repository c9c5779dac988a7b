/**
 * @module
 * The four QR code files of one channel — sticker or A4 flyer, SVG for the
 * print shop or PNG for documents — each its own button named with the
 * channel, fetched with the token and saved from a Blob. Shared by the
 * admins' channel management and the staff's reprint list.
 */
import { saveFile, reasonOf, type StaffApi } from '../api';

export const QR_FILES = [
  { size: 'sticker', format: 'svg', label: 'ステッカー用 SVG' },
  { size: 'sticker', format: 'png', label: 'ステッカー用 PNG' },
  { size: 'a4', format: 'svg', label: 'A4チラシ用 SVG' },
  { size: 'a4', format: 'png', label: 'A4チラシ用 PNG' },
] as const;

export type QrFile = (typeof QR_FILES)[number];

/** Downloads one file and returns the sentence for the status line. */
export const downloadQr = async (api: StaffApi, tenant: string, channel: { tag: string; label: string }, file: QrFile): Promise<string> => {
  try {
    saveFile(await api.download(tenant, `channels/${encodeURIComponent(channel.tag)}/qr.${file.format}?size=${file.size}`, `qr-${channel.tag}.${file.format}`));
    return `「${channel.label}」のQRコード（${file.label}）をダウンロードしました。`;
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
