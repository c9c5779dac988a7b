/**
 * @module
 * For tenant admins: the municipality's helplines as a re-checking list. A
 * number or opening time shown to a resident in crisis has to be right, so
 * each line shows where its facts came from (the source opens in a new tab,
 * without telling that page where the admin came from), when they were last
 * checked and whether that is too long ago — what needs re-checking first, in
 * the server's order. Staff-only accounts never load it; the API refuses them.
 */
import { useEffect, useState } from 'preact/hooks';
import { reasonOf, type HelplineReviewAnswer, type StaffApi } from '../api';
import { jaDate } from '../view/format';
import { agoText, recheckLabel, sourceLink, STATUS_LABELS } from '../view/helplines';

export const Helplines = ({ api, tenant }: { api: StaffApi; tenant: string }) => {
  const [review, setReview] = useState<HelplineReviewAnswer | undefined>();
  const [status, setStatus] = useState('相談窓口の確認状況を読み込んでいます…');
  useEffect(() => {
    let live = true;
    setReview(undefined);
    setStatus('相談窓口の確認状況を読み込んでいます…');
    api.helplines(tenant).then(
      (r) => {
        if (!live) return;
        setReview(r);
        setStatus('');
      },
      (error: unknown) => live && setStatus(`相談窓口の確認状況を読み込めませんでした。${reasonOf(error)}`),
    );
    return () => void (live = false);
  }, [tenant]);

  return (
    <section class="helpline-review" aria-labelledby="helpline-review-title">
      <h2 id="helpline-review-title">相談窓口の確認状況</h2>
      <p class="note">
        住民に表示する番号や受付時間は、出典のページで確かめたものです。確認から{review?.maxAgeMonths ?? 12}
        か月を過ぎた窓口は「要確認（古い）」になります。出典を開いて確かめ直し、システム担当者にデータの更新を依頼してください。
      </p>
      <p class="status" role="status">
        {status}
      </p>
      {review && (
        <>
          <ul class="review-counts" aria-label={`${jaDate(review.today)}時点の件数`}>
            <li class={review.counts.stale > 0 ? 'stale' : undefined}>
              {STATUS_LABELS.stale}：<strong>{review.counts.stale}件</strong>
            </li>
            <li class={review.counts.unverified > 0 ? 'unverified' : undefined}>
              {STATUS_LABELS.unverified}：<strong>{review.counts.unverified}件</strong>
            </li>
            <li>
              {STATUS_LABELS.ok}：<strong>{review.counts.ok}件</strong>
            </li>
          </ul>
          <div class="table-wrap">
            <table class="review">
              <caption>
                相談窓口（{jaDate(review.today)}時点、確認が必要なものから）
              </caption>
              <thead>
                <tr>
                  <th scope="col">状態</th>
                  <th scope="col">窓口</th>
                  <th scope="col">確認日</th>
                  <th scope="col">出典</th>
                  <th scope="col">未確認の理由</th>
                </tr>
              </thead>
              <tbody>
                {review.helplines.map((h) => {
                  const link = sourceLink(h.sourceUrl);
                  const due = recheckLabel(h.status);
                  return (
                    <tr key={h.id} data-id={h.id} class={h.status}>
                      <td>
                        <span class={`badge ${h.status}`}>{STATUS_LABELS[h.status]}</span>
                      </td>
                      <th scope="row">{h.name}</th>
                      <td>
                        <span class="nowrap">
                          {jaDate(h.verifiedOn)}（{agoText(h.age)}）
                        </span>
                        {due && (
                          <>
                            <br />
                            <span class="note">
                              {due}
                              <span class="nowrap">{jaDate(h.recheckBy)}</span>
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        {link ? (
                          <a href={link.href} target="_blank" rel="noopener noreferrer">
                            {link.host}
                            <span class="sr">（新しいタブで開きます）</span>
                          </a>
                        ) : (
                          <span class="note">出典なし</span>
                        )}
                      </td>
                      <td>{h.unverifiedReason ?? <span class="note">—</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
};
