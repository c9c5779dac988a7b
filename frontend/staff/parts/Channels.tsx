/**
 * @module
 * For tenant admins: register an outreach channel (a sticker, flyer, school
 * clear file, web page, SNS post…) with how many copies went out to how many
 * places, or many at once from a CSV file (31 schools); correct a channel's
 * name, kind and counts (never its tag, which printed codes carry); archive
 * a channel that is no longer handed out, or bring it back; and download QR
 * codes, sized for a sticker or an A4 flyer, as SVG for the print shop or
 * PNG for documents. The server draws the code with the label and address
 * under it; this page only fetches and saves it.
 *
 * Nothing here deletes: an archived channel's figures stay under its own
 * name, marked （アーカイブ済み）, and codes still in circulation keep counting
 * as that channel. An archived channel gets no new QR codes until restored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChannelFields } from '../../../functions/staff/channels/schema';
import { CHANNEL_KIND_LABELS, IMPORT_COLUMNS_JA, type ChannelKind } from '../../../functions/staff/channels/kinds';
import { reasonOf, StaffApiError, type ListedChannel, type StaffApi } from '../api';
import { countText } from '../view/format';
import { DEFAULT_LANG, type Lang } from '../../../shared/languages';
import { downloadQr, QrButtons, QrLanguage, type QrFile } from './QrButtons';

const KINDS = CHANNEL_KIND_LABELS;

interface Draft {
  label: string;
  kind: ChannelKind;
  /** As typed; empty when not known. */
  quantity: string;
  places: string;
}

const emptyDraft = (kind: ChannelKind = 'sticker'): Draft => ({ label: '', kind, quantity: '', places: '' });
const draftOf = (ch: ListedChannel): Draft => ({ label: ch.label, kind: ch.kind, quantity: ch.quantity?.toString() ?? '', places: ch.places?.toString() ?? '' });
/** The server checks the numbers; an empty box means "not known", anything else is sent as typed. */
const fieldsOf = (d: Draft): ChannelFields => ({
  label: d.label,
  kind: d.kind,
  ...(d.quantity.trim() === '' ? {} : { quantity: Number(d.quantity) }),
  ...(d.places.trim() === '' ? {} : { places: Number(d.places) }),
});

/** 「13,157部・47か所」, or nothing when neither is known. */
const countsText = (ch: ListedChannel): string =>
  [ch.quantity !== undefined ? `${countText(ch.quantity)}部` : '', ch.places !== undefined ? `${countText(ch.places)}か所` : ''].filter(Boolean).join('・');

/**
 * A file as Excel saves it: 「CSV UTF-8」, or plain 「CSV」, which on a Japanese
 * Windows is Shift_JIS. UTF-8 is tried strictly first, so a Shift_JIS file is
 * never read as mojibake.
 */
const readCsvFile = async (file: File): Promise<string> => {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
};

/** Name, kind, copies and places: the same fields when registering and when editing. */
const FieldInputs = ({ draft, onChange, idPrefix }: { draft: Draft; onChange: (d: Draft) => void; idPrefix: string }) => (
  <>
    <label class="field">
      名前（QRコードの下に印刷されます）
      <input name="label" required maxLength={60} value={draft.label} onInput={(e) => onChange({ ...draft, label: e.currentTarget.value })} />
    </label>
    <label class="field">
      種類
      <select name="kind" value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.currentTarget.value as ChannelKind })}>
        {Object.entries(KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
    <label class="field">
      配布した部数（分かる場合）
      <input name="quantity" type="number" min={0} step={1} inputMode="numeric" value={draft.quantity} aria-describedby={`${idPrefix}-counts-hint`} onInput={(e) => onChange({ ...draft, quantity: e.currentTarget.value })} />
    </label>
    <label class="field">
      配布先の数（分かる場合）
      <input name="places" type="number" min={0} step={1} inputMode="numeric" value={draft.places} aria-describedby={`${idPrefix}-counts-hint`} onInput={(e) => onChange({ ...draft, places: e.currentTarget.value })} />
    </label>
    <p id={`${idPrefix}-counts-hint`} class="note">
      例：チラシ13,157部を47か所に配布。部数があると「配布100部あたりのアクセス数」を集計します。ウェブやSNSなど数えられないものは空欄のままにしてください。
    </p>
  </>
);

export const Channels = ({ api, tenant, onChanged }: { api: StaffApi; tenant: string; onChanged: () => void }) => {
  const [channels, setChannels] = useState<ListedChannel[] | undefined>();
  const [status, setStatus] = useState('');
  const [qrLang, setQrLang] = useState<Lang>(DEFAULT_LANG);
  const [problem, setProblem] = useState('');
  const [tag, setTag] = useState('');
  const [form, setForm] = useState<Draft>(emptyDraft());
  const [editing, setEditing] = useState<{ tag: string; draft: Draft; problem: string } | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [csv, setCsv] = useState('');
  const [importProblems, setImportProblems] = useState<{ summary: string; lines: readonly string[] } | undefined>();
  // The button pressed disappears with the question or form it opens: focus goes to what replaced it.
  const confirmButton = useRef<HTMLButtonElement>(null);
  const editForm = useRef<HTMLFormElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);
  useEffect(() => editForm.current?.querySelector('input')?.focus(), [editing?.tag]);

  const refresh = () =>
    api.channels(tenant).then(setChannels, (error: unknown) => setStatus(`経路の一覧を読み込めませんでした。${reasonOf(error)}`));
  useEffect(() => void refresh(), [tenant]);
  const changed = async (message: string) => {
    setStatus(message);
    await refresh();
    onChanged();
  };

  const register = async (e: Event) => {
    e.preventDefault();
    setProblem('');
    try {
      const { channel } = await api.addChannel(tenant, { tag, ...fieldsOf(form) });
      setTag('');
      setForm(emptyDraft(form.kind));
      await changed(`「${channel.label}」を登録しました。QRコードの行き先：${channel.url}`);
    } catch (error) {
      setProblem(`登録できませんでした。${reasonOf(error)}`);
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    try {
      const channel = await api.updateChannel(tenant, editing.tag, fieldsOf(editing.draft));
      setEditing(undefined);
      await changed(`「${channel.label}」の内容を保存しました。`);
    } catch (error) {
      setEditing({ ...editing, problem: `保存できませんでした。${reasonOf(error)}` });
    }
  };

  const setArchived = async (ch: ListedChannel, archived: boolean) => {
    setConfirming(undefined);
    try {
      await api.archiveChannel(tenant, ch.tag, archived);
      await changed(
        archived
          ? `「${ch.label}」をアーカイブしました。これまでの件数は、この経路の名前（アーカイブ済み）のまま集計に残ります。`
          : `「${ch.label}」をアーカイブから戻しました。QRコードを再びダウンロードできます。`,
      );
    } catch (error) {
      setStatus(`${archived ? 'アーカイブ' : 'アーカイブからの復元'}ができませんでした。${reasonOf(error)}`);
    }
  };

  const importCsv = async (e: Event) => {
    e.preventDefault();
    setImportProblems(undefined);
    try {
      const added = await api.importChannels(tenant, csv);
      setCsv('');
      await changed(`CSVから${added.length}件の経路を登録しました。`);
    } catch (error) {
      const lines = error instanceof StaffApiError ? error.problems : [];
      setImportProblems({ summary: reasonOf(error), lines });
    }
  };
  const chooseFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) setCsv(await readCsvFile(file));
  };

  const download = async (ch: ListedChannel, file: QrFile) => setStatus(await downloadQr(api, tenant, ch, file, qrLang));
  const active = channels?.filter((ch) => !ch.archivedOn) ?? [];
  const archived = channels?.filter((ch) => ch.archivedOn) ?? [];

  const item = (ch: ListedChannel) => (
    <li key={ch.tag}>
      <p>
        <strong>{ch.label}</strong>（{[KINDS[ch.kind], countsText(ch), `登録 ${ch.createdOn}`, ch.archivedOn ? `アーカイブ ${ch.archivedOn}` : ''].filter(Boolean).join('・')}）
        <br />
        <span class="url">{ch.url}</span>
      </p>
      {editing?.tag === ch.tag ? (
        <form class="channel-form" ref={editForm} aria-label={`「${ch.label}」の編集`} onSubmit={save}>
          <p class="note">タグ「{ch.tag}」は印刷済みのQRコードに入っているため、変えられません。</p>
          <FieldInputs draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} idPrefix={`edit-${ch.tag}`} />
          {editing.problem && (
            <p class="problem" role="alert">
              {editing.problem}
            </p>
          )}
          <div class="buttons">
            <button type="submit" class="primary">
              保存する
            </button>
            <button type="button" onClick={() => setEditing(undefined)}>
              やめる
            </button>
          </div>
        </form>
      ) : (
        <div class="buttons">
          {!ch.archivedOn && <QrButtons label={ch.label} onDownload={(f) => void download(ch, f)} />}
          <button type="button" aria-label={`編集：${ch.label}`} onClick={() => setEditing({ tag: ch.tag, draft: draftOf(ch), problem: '' })}>
            編集
          </button>
          {ch.archivedOn ? (
            <button type="button" aria-label={`アーカイブから戻す：${ch.label}`} onClick={() => void setArchived(ch, false)}>
              アーカイブから戻す
            </button>
          ) : (
            confirming !== ch.tag && (
              <button type="button" class="danger" aria-label={`アーカイブ：${ch.label}`} onClick={() => setConfirming(ch.tag)}>
                アーカイブ
              </button>
            )
          )}
        </div>
      )}
      {confirming === ch.tag && (
        <div class="confirm" role="group" aria-label={`「${ch.label}」のアーカイブの確認`}>
          <p>
            「{ch.label}」をアーカイブしますか？
            これまでの件数は、この経路の名前のまま集計に残ります。配布済みのQRコードからのアクセスも、引き続きこの経路として数えます。アーカイブ中は、新しいQRコードをダウンロードできません（いつでも戻せます）。
          </p>
          <div class="buttons">
            <button type="button" class="danger" ref={confirmButton} onClick={() => void setArchived(ch, true)}>
              アーカイブする
            </button>
            <button type="button" onClick={() => setConfirming(undefined)}>
              やめる
            </button>
          </div>
        </div>
      )}
    </li>
  );

  return (
    <section class="channels" aria-labelledby="channels-title">
      <h2 id="channels-title">経路（QRコード）の管理</h2>
      <form class="channel-form" aria-label="経路の登録" onSubmit={register}>
        <label class="field">
          タグ（半角英小文字・数字・ハイフン）
          <input name="tag" required pattern={'[a-z0-9][a-z0-9\\-]{0,39}'} value={tag} onInput={(e) => setTag(e.currentTarget.value)} aria-describedby="tag-hint" />
        </label>
        <p id="tag-hint" class="note">
          例：sticker-cityhall-1f。QRコードのアドレスに入り、集計の区分になります。登録後は変えられません。
        </p>
        <FieldInputs draft={form} onChange={setForm} idPrefix="new" />
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary">
          経路を登録
        </button>
      </form>

      <form class="channel-form" aria-labelledby="channel-import-title" onSubmit={importCsv}>
        <h3 id="channel-import-title">CSVでまとめて登録</h3>
        <p class="note" id="channel-import-hint">
          1行に1つの経路を「{IMPORT_COLUMNS_JA.join(',')}」の順に書きます（1行目は見出しでも構いません。種類は {Object.values(KINDS).join('・')}）。例：school-daiichi,第一中学校 クリアファイル,学校配布物,220,1。
          1回に100行まで。1行でも誤りがあれば、どの経路も登録せず、誤りのある行をお知らせします。
        </p>
        <label class="field">
          CSVファイルを選ぶ（Excelの「CSV UTF-8」または「CSV」形式）
          <input type="file" name="csv-file" accept=".csv,text/csv,text/plain" onChange={(e) => void chooseFile(e)} />
        </label>
        <label class="field">
          CSVの内容（貼り付けても構いません）
          <textarea name="csv" rows={6} required value={csv} aria-describedby="channel-import-hint" onInput={(e) => setCsv(e.currentTarget.value)} />
        </label>
        {importProblems && (
          <div class="problem" role="alert">
            <p>{importProblems.summary}</p>
            {importProblems.lines.length > 0 && (
              <ul>
                {importProblems.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button type="submit" class="primary">
          CSVから登録
        </button>
      </form>

      <p class="status" role="status">
        {status}
      </p>
      {channels && active.length === 0 && <p>使用中の経路はまだありません。</p>}
      {active.length > 0 && (
        <>
          <h3>使用中の経路（{active.length}件）</h3>
          <QrLanguage id="channels-qr-lang" lang={qrLang} onChange={setQrLang} />
          <ul class="channel-list" aria-label="使用中の経路">
            {active.map(item)}
          </ul>
        </>
      )}
      {archived.length > 0 && (
        <>
          <h3>アーカイブ済みの経路（{archived.length}件）</h3>
          <p class="note">集計にはこの名前のまま残ります。新しいQRコードは、アーカイブから戻すとダウンロードできます。</p>
          <ul class="channel-list archived" aria-label="アーカイブ済みの経路">
            {archived.map(item)}
          </ul>
        </>
      )}
    </section>
  );
};
