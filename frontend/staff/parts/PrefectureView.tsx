/**
 * @module
 * For prefecture staff: the prefecture's towns for the chosen period, every
 * town cell as the 公表用 figures show it (5未満, 秘匿), with the prefecture's
 * sum, 前年度同期間, figures per 100,000 residents where a town has an
 * official population figure, and a ranking drawn as plain bars (no map).
 * A town's own small counts are never shown here; its own staff see those.
 */
import { useEffect, useState } from 'preact/hooks';
import { reasonOf, saveFile, type PrefectureReport, type ReportLine, type StaffApi } from '../api';
import { PrintHeader } from './PrintHeader';
import { changeText, countText, jaDate, perHundredText } from '../view/format';

const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rateText = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${oneDecimal.format(n)}件`);

/** One figure's table: a row per line with this period, last year, the change and the rate per 100,000 residents. */
const CountTable = ({ caption, first, previousLabel, rows }: { caption: string; first: string; previousLabel: string; rows: { line: ReportLine; rate: string; total?: boolean }[] }) => (
  <div class="table-wrap">
    <table class="prefecture-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">件数</th>
          <th scope="col">{previousLabel}</th>
          <th scope="col">増減</th>
          <th scope="col">人口10万人あたり</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ line, rate, total }) => (
          <tr key={line.key} class={total ? 'total' : undefined}>
            <th scope="row">{line.label}</th>
            <td class="num">{countText(line.current)}</td>
            <td class="num">{countText(line.previous)}</td>
            <td class="num">{changeText(line)}</td>
            <td class="num">{rate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const PrefectureView = ({ api, prefecture, query }: { api: StaffApi; prefecture: string; query: string }) => {
  const [report, setReport] = useState<PrefectureReport | undefined>();
  const [status, setStatus] = useState('都道府県の集計を読み込んでいます…');
  useEffect(() => {
    let live = true;
    setStatus('都道府県の集計を読み込んでいます…');
    api.prefectureReport(prefecture, query).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setStatus(`${r.prefecture.name}の${r.period.label}の集計を表示しました。`);
      },
      (error: unknown) => live && setStatus(`都道府県の集計を読み込めませんでした。${reasonOf(error)}`),
    );
    return () => void (live = false);
  }, [prefecture, query]);

  /** A file for the prefecture (`what` names it in the status line): the 公表用 CSV or the entry page's QR code. */
  const download = async (path: string, what: string, fallbackName: string) => {
    setStatus(`${what}を準備しています…`);
    try {
      saveFile(await api.prefectureDownload(prefecture, path, fallbackName));
      setStatus(`${what}をダウンロードしました。`);
    } catch (error) {
      setStatus(`${what}をダウンロードできませんでした。${reasonOf(error)}`);
    }
  };

  const name = (id: string) => report?.towns.find((t) => t.id === id)?.name ?? id;
  const top = report?.ranking[0]?.perPopulation ?? 0;
  return (
    <section class="prefecture" aria-labelledby="prefecture-title">
      <h2 id="prefecture-title">{report ? `${report.prefecture.name}の市町村別の利用状況` : '市町村別の利用状況'}</h2>
      <p class="status" role="status">
        {status}
      </p>
      {report && (
        <>
          {/* Every town cell follows the 公表用 rules, so the printed sheets say so. */}
          <PrintHeader town={report.prefecture.name} report={{ period: report.period, suppressed: true }} />
          <p class="period">
            集計期間：{report.period.label}（{jaDate(report.period.start)}～{jaDate(report.period.end)}）　比較：{report.period.previousLabel}
          </p>
          <p class="view-note published">
            市町村ごとの数は公表用の表示です。5件未満は「5未満」、それを合計から逆算できないよう伏せた数は「秘匿」と表示しています。人口10万人あたりの数は、公式な人口の数値がある市町村だけに載せています。
          </p>
          <div class="buttons">
            <button type="button" onClick={() => void download(`report.csv?${query}`, '公表用CSV', 'prefecture.csv')}>
              公表用CSV（市町村別）
            </button>
            <button type="button" onClick={() => void download('qr.png?size=sticker', '入口ページのQRコード（ステッカー用）', 'qr.png')}>
              入口ページのQRコード（ステッカー用PNG）
            </button>
            <button type="button" onClick={() => void download('qr.png?size=a4', '入口ページのQRコード（A4用）', 'qr.png')}>
              入口ページのQRコード（A4用PNG）
            </button>
          </div>
          {report.metrics.map((m) => (
            <CountTable
              key={m.metric}
              caption={m.label}
              first="市町村"
              previousLabel={report.period.previousLabel}
              rows={[
                { line: m.total, rate: '—', total: true },
                ...m.byTown.map((line) => ({ line, rate: rateText(m.perPopulation[line.key]?.current) })),
              ]}
            />
          ))}
          <CountTable caption="入口ページの表示数" first="ページ" previousLabel={report.period.previousLabel} rows={[{ line: report.entry, rate: '—' }]} />
          <p class="view-note">県全体のQRコードから入口ページを開き、市町村を選んだ方は、その市町村のアクセス数にも数えています。</p>
          <h3>人口10万人あたりのアクセス数（多い順）</h3>
          {report.ranking.length === 0 ? (
            <p>順位をつけられる市町村がありません（公式な人口の数値がないか、数を伏せています）。</p>
          ) : (
            <ol class="ranking">
              {report.ranking.map((r) => (
                <li key={r.town}>
                  <span class="ranking-name">{name(r.town)}</span>
                  {/* An SVG bar: the page's CSP allows no inline style attribute. */}
                  <svg class="ranking-bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
                    <rect width={top > 0 ? Math.max(2, (r.perPopulation / top) * 100) : 0} height="10" />
                  </svg>
                  <span class="ranking-value">{perHundredText(r.perPopulation)}</span>
                </li>
              ))}
            </ol>
          )}
          {report.unranked.length > 0 && (
            <ul class="note">
              {report.unranked.map((u) => (
                <li key={u.town}>
                  {name(u.town)}：{u.reason === 'no_population' ? (report.towns.find((t) => t.id === u.town)?.populationNote ?? '人口の公式な数値がありません。') : '数を伏せているため順位をつけていません。'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
};
