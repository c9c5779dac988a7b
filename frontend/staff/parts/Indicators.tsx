/**
 * @module
 * The plan's indicators (計画の指標) as the plan prints them: one
 * ready-to-paste sentence each, with its months and the same months last
 * year, and a copy button that says so in a live region. The figures come
 * from the server's `indicators`; nothing is recounted here. The 用語
 * section follows, so what each word counts is on the same screen.
 */
import { useState } from 'preact/hooks';
import type { Report } from '../api';
import { jaDate } from '../view/format';
import { TermLabel, Terms } from './Terms';

type ReportIndicator = NonNullable<Report['indicators']>[number];

const copyText = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

const IndicatorItem = ({ indicator, onCopied }: { indicator: ReportIndicator; onCopied: (message: string) => void }) => {
  const { period } = indicator;
  const sentenceId = `indicator-sentence-${indicator.id}`;
  const copy = async () => {
    // Emptied first, so copying the same sentence again is announced again.
    onCopied('');
    onCopied((await copyText(indicator.sentence)) ? `コピーしました：${indicator.name}` : 'コピーできませんでした。文を選択してコピーしてください。');
  };
  return (
    <li class="indicator" data-id={indicator.id}>
      <h3>
        <TermLabel id={indicator.id} text={indicator.name} terms={indicator.terms} />
      </h3>
      <p class="indicator-sentence" id={sentenceId}>
        {indicator.sentence}
      </p>
      <p class="note">
        集計期間：{period.label}（{jaDate(period.start)}～{jaDate(period.end)}）／前年度同期間：{period.previousLabel}（{jaDate(period.previousStart)}～
        {jaDate(period.previousEnd)}）
      </p>
      <button type="button" aria-label={`${indicator.name}の文をコピー`} aria-describedby={sentenceId} onClick={() => void copy()}>
        コピー
      </button>
    </li>
  );
};

export const Indicators = ({ report }: { report: Report }) => {
  const [status, setStatus] = useState('');
  const indicators = report.indicators ?? [];
  return (
    <section class="indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title">計画の指標</h2>
      {indicators.length > 0 ? (
        <>
          <p class="note">計画の報告にそのまま貼り付けられる文です。月末までの実績で、表示中の期間にかかわらず各指標の期間で数えています。</p>
          <ul class="indicator-list">
            {indicators.map((indicator) => (
              <IndicatorItem key={indicator.id} indicator={indicator} onCopied={setStatus} />
            ))}
          </ul>
        </>
      ) : (
        <p class="note">この自治体の計画の指標はまだ設定されていません。</p>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <Terms />
    </section>
  );
};
