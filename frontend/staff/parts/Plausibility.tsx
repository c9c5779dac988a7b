/**
 * @module
 * 確認が必要な時間帯と除外: the hours of the period the nightly check flagged
 * (completions far above the town's usual busiest hour), and the days taken
 * out of the reports. Every staff member sees them; an admin can exclude a
 * flagged hour's day (or any run of days) with a reason, and withdraw an
 * exclusion. Nothing counted is ever deleted; the figures on the page are
 * read again after each change.
 */
import { useEffect, useState } from 'preact/hooks';
import { reasonOf, type Exclusion, type Report, type StaffApi } from '../api';
import { countText } from '../view/format';
import { daysText, hourText } from '../view/plausibility';

interface Props {
  api: StaffApi;
  tenant: string;
  report: Report;
  isAdmin: boolean;
  /** JST today, `YYYY-MM-DD`: the last day an exclusion may cover. */
  today: string;
  onChanged: () => void;
}

interface Draft {
  from: string;
  to: string;
  reason: string;
}

export const Plausibility = ({ api, tenant, report, isAdmin, today, onChanged }: Props) => {
  const [exclusions, setExclusions] = useState<Exclusion[] | undefined>();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    api.exclusions(tenant).then(
      (list) => live && setExclusions(list),
      (error: unknown) => live && setStatus(`除外の一覧を読み込めませんでした。${reasonOf(error)}`),
    );
    return () => void (live = false);
  }, [tenant, revision]);

  const changed = (message: string) => {
    setStatus(message);
    setRevision((n) => n + 1);
    onChanged();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    try {
      const added = await api.addExclusion(tenant, { from: draft.from, to: draft.to, reason: draft.reason.trim() });
      setDraft(undefined);
      changed(`${daysText(added)}の記録を集計から除きました。集計の数値は、除いたあとのものになります。`);
    } catch (error) {
      setStatus(`除外できませんでした。${reasonOf(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async (exclusion: Exclusion) => {
    setBusy(true);
    try {
      await api.withdrawExclusion(tenant, exclusion.id);
      changed(`${daysText(exclusion)}の除外を取り消しました。集計の数値は、その期間を含むものに戻ります。`);
    } catch (error) {
      setStatus(`取り消せませんでした。${reasonOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const flagged = report.flaggedHours;
  const active = (exclusions ?? []).filter((e) => !e.withdrawnOn);
  const withdrawn = (exclusions ?? []).filter((e) => e.withdrawnOn);
  if (!isAdmin && flagged.length === 0 && active.length === 0) return null;

  return (
    <section class={flagged.length === 0 && active.length === 0 ? "plausibility empty" : "plausibility"} aria-labelledby="plausibility-title">
      <h2 id="plausibility-title">確認が必要な時間帯と除外</h2>
      <p class="note">
        1時間の完了数が、この自治体のふだんの「最も多い時間帯」（直近28日の中央値）の5倍以上、かつ20件以上になった時間帯に印をつけています。印をつけても数値は変わりません。
        機械的な送信などと判断した場合、管理者はその日を理由とともに集計から除けます。年代や結果などは日ごとに記録しているため、除外は日単位です。記録は消さず、いつでも取り消せます。
      </p>
      {flagged.length === 0 ? (
        <p>この期間に印のついた時間帯はありません。</p>
      ) : (
        <div class="table-wrap">
          <table class="flagged">
            <caption>印のついた時間帯（{flagged.length}件）</caption>
            <thead>
              <tr>
                <th scope="col">時間帯</th>
                <th scope="col">完了数</th>
                <th scope="col">目安</th>
                <th scope="col">集計</th>
                {isAdmin && <th scope="col">操作</th>}
              </tr>
            </thead>
            <tbody>
              {flagged.map((f) => (
                <tr key={`${f.day}-${f.hour}`}>
                  <th scope="row">{hourText(f)}</th>
                  <td class="num">{countText(f.completions)}件</td>
                  <td class="num">{countText(f.threshold)}件以上</td>
                  <td>{f.excluded ? <span class="badge excluded">除外済み</span> : '含む'}</td>
                  {isAdmin && (
                    <td>
                      {!f.excluded && (
                        <button type="button" disabled={busy} onClick={() => setDraft({ from: f.day, to: f.day, reason: '' })}>
                          この日を除外する<span class="sr">（{hourText(f)}）</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>集計から除いている期間</h3>
      {exclusions === undefined ? null : active.length === 0 ? (
        <p>除いている期間はありません。</p>
      ) : (
        <ul class="exclusion-list">
          {active.map((e) => (
            <li key={e.id}>
              <strong>{daysText(e)}</strong>　理由：{e.reason}
              <span class="note">（{daysText({ from: e.createdOn, to: e.createdOn })}に除外）</span>
              {isAdmin && (
                <button type="button" disabled={busy} onClick={() => void withdraw(e)}>
                  除外を取り消す<span class="sr">（{daysText(e)}）</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {withdrawn.length > 0 && (
        <details>
          <summary>取り消した除外（{withdrawn.length}件）</summary>
          <ul class="exclusion-list">
            {withdrawn.map((e) => (
              <li key={e.id}>
                {daysText(e)}　理由：{e.reason}
                <span class="note">
                  （{daysText({ from: e.createdOn, to: e.createdOn })}に除外、{daysText({ from: e.withdrawnOn ?? '', to: e.withdrawnOn ?? '' })}に取り消し）
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}

      {isAdmin && !draft && (
        <button type="button" disabled={busy} onClick={() => setDraft({ from: today, to: today, reason: '' })}>
          期間を指定して除外する
        </button>
      )}
      {isAdmin && draft && (
        <form class="exclusion-form" onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend>集計から除く期間</legend>
            <label class="field">
              最初の日
              <input type="date" required max={today} value={draft.from} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
            </label>
            <label class="field">
              最後の日
              <input type="date" required min={draft.from} max={today} value={draft.to} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
            </label>
            {/^\d{4}-\d{2}-\d{2}$/.test(draft.from) && /^\d{4}-\d{2}-\d{2}$/.test(draft.to) && draft.from <= draft.to && (
              <p class="note" aria-live="polite">
                除外する期間：{daysText(draft)}
              </p>
            )}
            <label class="field reason">
              理由（4～200文字。庁内用CSVにも載ります）
              <textarea required minLength={4} maxLength={200} rows={2} value={draft.reason} onInput={(e) => setDraft({ ...draft, reason: e.currentTarget.value })} />
            </label>
            <div class="buttons">
              <button type="submit" class="primary" disabled={busy}>
                除外する
              </button>
              <button type="button" disabled={busy} onClick={() => setDraft(undefined)}>
                やめる
              </button>
            </div>
          </fieldset>
        </form>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
};
