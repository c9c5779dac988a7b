/**
 * @module
 * The signed-in dashboard: which municipality and period, the headline
 * figures, CSV downloads, the charts with their tables, and — for admins —
 * outreach channel management and the helplines to re-check; staff who are not admins may
 * reprint registered channels' QR codes. A new period is announced to screen readers
 * once its figures have arrived; figures are shown only under the period and town they
 * count, so a failed load leaves an explanation and a retry, never the last period's
 * figures. An expired sign-in sends the person back to the sign-in screen instead of
 * showing an error, with a warning a few minutes before.
 */
import { useEffect, useState } from 'preact/hooks';
import { jstParts } from '../../../shared/time/jst';
import { StaffApiError, type Me, type Report, type StaffApi } from '../api';
import { defaultChoice, periodQueryString, type PeriodChoice } from '../period/choice';
import { jaDate } from '../view/format';
import { dashboardTitle, tenantName } from '../view/tenant-names';
import { Audit } from './Audit';
import { Channels } from './Channels';
import { ChartSource } from './ChartPanel';
import { Downloads } from './Downloads';
import { Headline } from './Headline';
import { Helplines } from './Helplines';
import { Indicators } from './Indicators';
import { AgePanel, BandPanel, HelplinePanel, HourPanel, LanguagePanel, MonthlyPanel, MonthlyViewsPanel, RelationshipPanel } from './Panels';
import { INSTRUMENT_RESULT_WORDS, REPORTED_INSTRUMENTS } from '../../../functions/staff/report/labels';
import { ChannelPanel } from './ChannelFigures';
import { PeriodPicker } from './PeriodPicker';
import { PrintHeader } from './PrintHeader';
import { ReportProblem } from './ReportProblem';
import { SessionWarning } from './SessionWarning';
import { StaffQr } from './StaffQr';
import { TrendPanel } from './TrendPanel';
import { Plausibility } from './Plausibility';
import { PrefectureView } from './PrefectureView';
import { exclusionSentence } from '../view/plausibility';

export interface DashboardProps {
  api: StaffApi;
  me: Me;
  username: string;
  onSignOut: () => void;
  onExpired: () => void;
  /** The ID token's expiry (ms), for the warning before it. */
  expiresAt: number;
  onSignInAgain: () => void;
}

export const Dashboard = ({ api, me, username, onSignOut, onExpired, expiresAt, onSignInAgain }: DashboardProps) => {
  const tenants = Object.keys(me.tenants).sort();
  const prefectures = Object.keys(me.prefectures ?? {}).sort();
  const [tenant, setTenant] = useState(tenants[0] ?? '');
  const today = jstParts(new Date()).date;
  const [choice, setChoice] = useState<PeriodChoice>(defaultChoice(today));
  // Each answer remembers which town and period it is for; only the one asked for now is shown.
  const [loaded, setLoaded] = useState<{ key: string; report?: Report; error?: unknown } | undefined>();
  const [status, setStatus] = useState('集計を読み込んでいます…');
  // Bumped when an admin registers a channel, so its row appears in the channel figures.
  const [revision, setRevision] = useState(0);
  // 庁内用 shows every count; 公表用 shows exactly what the published CSV says (5未満, 秘匿, structural zeros left out).
  const [published, setPublished] = useState(false);
  const query = periodQueryString(choice);
  const viewQuery = published ? `${query}&suppress=1` : query;
  const isAdmin = me.tenants[tenant] === 'admin';
  const key = `${tenant}?${viewQuery}#${revision}`;
  const current = loaded?.key.replace(/#\d+$/, '') === `${tenant}?${viewQuery}` ? loaded : undefined;
  const report = current?.report;
  const town = tenantName(tenant);
  useEffect(() => void (document.title = dashboardTitle(tenant, report?.period.label)), [tenant, report]);

  useEffect(() => {
    if (tenant === '') return setStatus('');
    let live = true;
    setStatus('集計を読み込んでいます…');
    api.report(tenant, viewQuery).then(
      (r) => {
        if (!live) return;
        setLoaded({ key, report: r });
        setStatus(`${r.period.label}の集計を${r.suppressed ? '公表用の表示で' : ''}表示しました。`);
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof StaffApiError && error.status === 401) return onExpired();
        // The failure is announced by ReportProblem's alert; the status line is cleared so it says nothing stale.
        setLoaded({ key, error });
        setStatus('');
      },
    );
    return () => void (live = false);
  }, [key]);

  return (
    <>
      <a class="kc-skip" href="#main">
        本文へ移動
      </a>
      <header class="top">
        <p class="brand">{tenant === '' ? '' : `${town} `}こころチェック 職員用</p>
        <p class="who">
          {username}（{isAdmin ? '管理者' : '職員'}）
        </p>
        <button type="button" onClick={onSignOut}>
          ログアウト
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <SessionWarning expiresAt={expiresAt} onSignInAgain={onSignInAgain} />
        <h1>利用状況{report ? `：${report.period.label}` : ''}</h1>
        {prefectures.map((p) => (
          <PrefectureView key={p} api={api} prefecture={p} query={query} />
        ))}
        {tenants.length === 0 && prefectures.length === 0 && <p class="problem">このアカウントには、集計を見ることができる自治体がありません。担当の管理者に権限を依頼してください。</p>}
        {report && (
          <p class="period">
            集計期間：{report.period.label}（{jaDate(report.period.start)}～{jaDate(report.period.end)}
            {report.period.end !== report.period.requestedEnd && '、前日まで'}）
            <br />
            比較：{report.period.previousLabel}（{jaDate(report.period.previousStart)}～{jaDate(report.period.previousEnd)}）
          </p>
        )}
        {report && <PrintHeader town={town} report={report} />}
        <div class="controls">
          {tenants.length > 1 && (
            <label class="field">
              自治体
              <select value={tenant} onChange={(e) => setTenant(e.currentTarget.value)}>
                {tenants.map((t) => (
                  <option key={t} value={t}>
                    {tenantName(t)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <PeriodPicker today={today} choice={choice} onChoose={setChoice} />
          <fieldset class="view-kind">
            <legend>表示する数値</legend>
            <label class="radio">
              <input type="radio" name="view-kind" checked={!published} onChange={() => setPublished(false)} />
              庁内用（すべての数）
            </label>
            <label class="radio">
              <input type="radio" name="view-kind" checked={published} onChange={() => setPublished(true)} />
              公表用（少ない数を伏せる）
            </label>
          </fieldset>
        </div>
        <p class="status" role="status">
          {status}
        </p>
        {current?.error !== undefined && <ReportProblem error={current.error} town={town} onRetry={() => setRevision((n) => n + 1)} />}
        {report && (
          <ChartSource.Provider value={{ town, report }}>
            <p class={report.suppressed ? 'view-note published' : 'view-note'}>
              {report.suppressed
                ? '公表用の表示です。公表用CSVと同じ数値で、5件未満は「5未満」、それが合計などから逆算できないよう伏せた数は「秘匿」、伏せた数を含む合計は「—」と表示しています。'
                : '庁内用の表示です（すべての数）。小さい数も伏せていないため、公表や外部への資料には「公表用」の表示か公表用CSVを使ってください。'}
            </p>
            {exclusionSentence(report) && <p class="exclusion-note">{exclusionSentence(report)}</p>}
            <Headline report={report} />
            <Indicators report={report} />
            <Downloads api={api} tenant={tenant} query={query} />
            <div class="panels">
              <MonthlyViewsPanel report={report} />
              <MonthlyPanel report={report} />
              <AgePanel report={report} />
              {REPORTED_INSTRUMENTS.map((instrument) => (
                <BandPanel key={instrument} report={report} instrument={instrument} />
              ))}
              <RelationshipPanel report={report} />
              <HourPanel report={report} />
              <LanguagePanel report={report} />
              <ChannelPanel report={report} />
              <HelplinePanel report={report} />
              <TrendPanel api={api} tenant={tenant} published={published} />
            </div>
          </ChartSource.Provider>
        )}
        {report && <Plausibility api={api} tenant={tenant} report={report} isAdmin={isAdmin} today={today} onChanged={() => setRevision((n) => n + 1)} />}
        {!isAdmin && report && <StaffQr api={api} tenant={tenant} report={report} />}
        {isAdmin && <Channels api={api} tenant={tenant} onChanged={() => setRevision((n) => n + 1)} />}
        {isAdmin && <Helplines api={api} tenant={tenant} />}
        {isAdmin && <Audit api={api} tenant={tenant} />}
        <p class="note footnote">
          数値はすべて匿名の集計です（個人の記録は保存していません）。{REPORTED_INSTRUMENTS.map((instrument) => INSTRUMENT_RESULT_WORDS[instrument].footnote).join('')}
        </p>
      </main>
    </>
  );
};
