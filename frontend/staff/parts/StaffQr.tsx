/**
 * @module
 * For staff who are not admins: reprint the QR code of a channel already
 * registered, without asking an admin. The channels come from the report's
 * own channel rows (the staff API lists channels only to admins), so staff
 * see exactly the channels the figures name; registering and removing stay
 * with admins.
 */
import { useState } from 'preact/hooks';
import { DIRECT_SRC } from '../../../shared/domain';
import { UNREGISTERED_KEY } from '../../../functions/staff/report/labels';
import type { Report, StaffApi } from '../api';
import { sectionLines } from '../view/figures';
import { DEFAULT_LANG, type Lang } from '../../../shared/languages';
import { downloadQr, QrButtons, QrLanguage } from './QrButtons';

export const StaffQr = ({ api, tenant, report }: { api: StaffApi; tenant: string; report: Report }) => {
  const [status, setStatus] = useState('');
  const [lang, setLang] = useState<Lang>(DEFAULT_LANG);
  // Archived channels get no new codes (the server refuses them), so they are not offered.
  const archived = new Set((report.sections.find((s) => s.id === 'viewsByChannel')?.channels ?? []).filter((ch) => ch.archived).map((ch) => ch.key));
  const channels = sectionLines(report, 'viewsByChannel')
    .filter((l) => l.key !== UNREGISTERED_KEY && l.key !== DIRECT_SRC && !archived.has(l.key))
    .map((l) => ({ tag: l.key, label: l.label }));
  return (
    <section class="channels" aria-labelledby="staff-qr-title">
      <h2 id="staff-qr-title">QRコードのダウンロード</h2>
      <p class="note">登録済みの経路のQRコードを、印刷し直すときに使えます。経路の登録・編集・アーカイブは管理者に依頼してください。</p>
      {channels.length === 0 ? (
        <p>登録された経路はまだありません。</p>
      ) : (
        <>
          <QrLanguage id="staff-qr-lang" lang={lang} onChange={setLang} />
          <ul class="channel-list">
            {channels.map((ch) => (
              <li key={ch.tag}>
                <p>
                  <strong>{ch.label}</strong>
                </p>
                <div class="buttons">
                  <QrButtons label={ch.label} onDownload={(file) => void downloadQr(api, tenant, ch, file, lang).then(setStatus)} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
};
