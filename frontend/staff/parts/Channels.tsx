/**
 * @module
 * For tenant admins: register an outreach channel (a sticker, flyer, school
 * clear file…) and download its QR code, sized for a sticker or an A4 flyer,
 * as SVG for the print shop or PNG for documents. The server draws the code
 * with the label and address under it; this page only fetches and saves it.
 * Removing a channel asks once more first; its past counts stay in the
 * reports under 「未登録」, so nothing already counted is lost.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_KIND_LABELS, type ChannelKind } from '../../../functions/staff/channels/schema';
import { reasonOf, type ListedChannel, type StaffApi } from '../api';
import { downloadQr, QrButtons, type QrFile } from './QrButtons';

const KINDS = CHANNEL_KIND_LABELS;

// The refusal's own sentence says why (a tag taken, the limit reached, an input refused).
const problemText = (error: unknown): string => `登録できませんでした。${reasonOf(error)}`;

export const Channels = ({ api, tenant, onChanged }: { api: StaffApi; tenant: string; onChanged: () => void }) => {
  const [channels, setChannels] = useState<ListedChannel[] | undefined>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [form, setForm] = useState({ tag: '', label: '', kind: 'sticker' as ChannelKind });
  const [confirming, setConfirming] = useState<string | undefined>();
  // The button pressed disappears with the question: keyboard and screen-reader focus goes to the question's first answer.
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  const refresh = () =>
    api.channels(tenant).then(setChannels, (error: unknown) => setStatus(`経路の一覧を読み込めませんでした。${reasonOf(error)}`));
  useEffect(() => void refresh(), [tenant]);

  const register = async (e: Event) => {
    e.preventDefault();
    setProblem('');
    try {
      const { channel } = await api.addChannel(tenant, form);
      setStatus(`「${channel.label}」を登録しました。QRコードの行き先：${channel.url}`);
      setForm({ tag: '', label: '', kind: form.kind });
      await refresh();
      onChanged();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const download = async (ch: ListedChannel, file: QrFile) => setStatus(await downloadQr(api, tenant, ch, file));

  const remove = async (ch: ListedChannel) => {
    setConfirming(undefined);
    try {
      await api.removeChannel(tenant, ch.tag);
      setStatus(`「${ch.label}」の登録を削除しました。これまでの件数は「未登録」として集計に残ります。`);
      await refresh();
      onChanged();
    } catch (error) {
      setStatus(`削除できませんでした。${reasonOf(error)}`);
    }
  };

  return (
    <section class="channels" aria-labelledby="channels-title">
      <h2 id="channels-title">経路（QRコード）の管理</h2>
      <form class="channel-form" onSubmit={register}>
        <label class="field">
          タグ（半角英小文字・数字・ハイフン）
          <input name="tag" required pattern={'[a-z0-9][a-z0-9\\-]{0,39}'} value={form.tag} onInput={(e) => setForm({ ...form, tag: e.currentTarget.value })} aria-describedby="tag-hint" />
        </label>
        <p id="tag-hint" class="note">
          例：sticker-cityhall-1f。QRコードのアドレスに入り、集計の区分になります。
        </p>
        <label class="field">
          名前（QRコードの下に印刷されます）
          <input name="label" required maxLength={60} value={form.label} onInput={(e) => setForm({ ...form, label: e.currentTarget.value })} />
        </label>
        <label class="field">
          種類
          <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.currentTarget.value as ChannelKind })}>
            {Object.entries(KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary">
          経路を登録
        </button>
      </form>
      <p class="status" role="status">
        {status}
      </p>
      {channels && channels.length === 0 && <p>登録された経路はまだありません。</p>}
      {channels && channels.length > 0 && (
        <ul class="channel-list">
          {channels.map((ch) => (
            <li key={ch.tag}>
              <p>
                <strong>{ch.label}</strong>（{KINDS[ch.kind]}・登録 {ch.createdOn}）
                <br />
                <span class="url">{ch.url}</span>
              </p>
              <div class="buttons">
                <QrButtons label={ch.label} onDownload={(f) => void download(ch, f)} />
                {confirming !== ch.tag && (
                  <button type="button" class="danger" aria-label={`登録を削除：${ch.label}`} onClick={() => setConfirming(ch.tag)}>
                    登録を削除
                  </button>
                )}
              </div>
              {confirming === ch.tag && (
                <div class="confirm" role="group" aria-label={`「${ch.label}」の削除の確認`}>
                  <p>
                    「{ch.label}」の登録を削除しますか？ 印刷済みのQRコードは使えますが、その件数は「未登録」として数えられます。
                  </p>
                  <div class="buttons">
                    <button type="button" class="danger" ref={confirmButton} onClick={() => void remove(ch)}>
                      削除する
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      やめる
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
