/**
 * @module
 * For tenant admins: the 操作記録 — who viewed which figures, saved which CSV
 * or QR code and changed which channel, when — one month at a time, newest
 * first, with 「さらに表示」 for a busy month and buttons to step to the months
 * before and after (back only as far as the records are kept). The records
 * are about staff accounts only; the panel says so, and how long they are
 * kept. Staff-only accounts never load it; the API refuses them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../functions/staff/audit/schema';
import { reasonOf, type AuditPage, type StaffApi } from '../api';
import { actionText, auditMonthText, auditTimeText, roleText, targetText } from '../view/audit';
import './audit.css';

const LOADING = '操作記録を読み込んでいます…';

export const Audit = ({ api, tenant }: { api: StaffApi; tenant: string }) => {
  const [month, setMonth] = useState<string | undefined>();
  const [page, setPage] = useState<AuditPage | undefined>();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [status, setStatus] = useState(LOADING);
  // Bumped by 「最新の記録を表示」: this page's own downloads are recorded after the panel was first drawn.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let live = true;
    setPage(undefined);
    setEntries([]);
    setStatus(LOADING);
    api.audit(tenant, { month }).then(
      (p) => {
        if (!live) return;
        setPage(p);
        setEntries(p.entries);
        setStatus(month === undefined ? '' : `${auditMonthText(p.month)}の操作記録を表示しました（${p.entries.length}件）。`);
      },
      (error: unknown) => live && setStatus(`操作記録を読み込めませんでした。${reasonOf(error)}`),
    );
    return () => void (live = false);
  }, [tenant, month, revision]);

  const more = async () => {
    if (!page?.before) return;
    try {
      const next = await api.audit(tenant, { month: page.month, before: page.before });
      setPage(next);
      setEntries((shown) => [...shown, ...next.entries]);
      setStatus(`さらに${next.entries.length}件を表示しました。`);
    } catch (error) {
      setStatus(`続きを読み込めませんでした。${reasonOf(error)}`);
    }
  };

  const years = Math.round((page?.retentionDays ?? 1096) / 365);
  return (
    <section class="audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title">操作記録</h2>
      <p class="note">
        職員のアカウントごとに、集計の表示、CSV・QRコードの保存、経路の登録・変更を記録しています。住民の回答や、接続元（IPアドレスなど）は記録していません。記録は{years}
        年間保存した後、自動的に削除されます。
      </p>
      {page && (
        <div class="buttons" role="group" aria-label="表示する月">
          <button type="button" disabled={!page.olderMonth} onClick={() => page.olderMonth && setMonth(page.olderMonth)}>
            前の月{page.olderMonth ? `（${auditMonthText(page.olderMonth)}）` : ''}
          </button>
          <button type="button" disabled={!page.newerMonth} onClick={() => page.newerMonth && setMonth(page.newerMonth)}>
            次の月{page.newerMonth ? `（${auditMonthText(page.newerMonth)}）` : ''}
          </button>
          <button type="button" onClick={() => (setMonth(undefined), setRevision((n) => n + 1))}>
            最新の記録を表示
          </button>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
      {page && entries.length === 0 && <p>{auditMonthText(page.month)}の操作記録はありません。</p>}
      {page && entries.length > 0 && (
        <table class="audit">
          <caption>
            操作記録（{auditMonthText(page.month)}、新しい順、日時は日本時間）
          </caption>
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">アカウント</th>
              <th scope="col">操作</th>
              <th scope="col">対象</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <th scope="row">
                  <time dateTime={e.at}>{auditTimeText(e.at)}</time>
                </th>
                <td>
                  {e.username ?? <span title="アカウントID">{e.actor}</span>}（{roleText(e.role)}）
                </td>
                <td>{actionText(e)}</td>
                <td>{targetText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.before && (
        <button type="button" onClick={() => void more()}>
          さらに表示
        </button>
      )}
    </section>
  );
};
