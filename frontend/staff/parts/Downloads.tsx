/**
 * @module
 * CSV downloads for Excel: the full figures for internal work, and the
 * publishing version where every count below 5 reads 「5未満」 and a count
 * that would give one back reads 「秘匿」. Fetched with
 * the bearer token and saved from a Blob, so the token never sits in a link.
 */
import { useState } from 'preact/hooks';
import { reasonOf, saveFile, type StaffApi } from '../api';

const FILES = [
  { suffix: '', label: '集計CSV（全数・庁内用）' },
  { suffix: '&suppress=1', label: '公表用CSV（少ない数を伏せる）' },
] as const;

export const Downloads = ({ api, tenant, query }: { api: StaffApi; tenant: string; query: string }) => {
  const [status, setStatus] = useState('');
  const download = async (suffix: string, label: string) => {
    setStatus(`${label}を準備しています…`);
    try {
      saveFile(await api.download(tenant, `report.csv?${query}${suffix}`, 'report.csv'));
      setStatus(`${label}をダウンロードしました。`);
    } catch (error) {
      setStatus(`${label}をダウンロードできませんでした。${reasonOf(error)}`);
    }
  };
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">CSVダウンロード（Excel用）</h2>
      <p class="note">
        UTF-8（BOM付き）です。Excelでそのまま開けます。公表する数値には「公表用」を使ってください（5件未満は「5未満」、それを逆算できないよう伏せた数は「秘匿」になります。1行目にどちらのファイルかを書いています）。
      </p>
      <div class="buttons">
        {FILES.map((f) => (
          <button key={f.label} type="button" onClick={() => void download(f.suffix, f.label)}>
            {f.label}
          </button>
        ))}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
};
