/**
 * @module
 * The figures staff copy into the plan's report, at a glance: access,
 * checks started and completed, and helpline taps for the period, each with
 * the same period last year and the change — worded the way the report
 * words it (「アクセス数：46,293件（前年度同時期：45,816件）」). A figure and its
 * unit sit in one unbreakable span, so a narrow card or A4 column never
 * leaves 「件」 alone on the next line.
 */
import type { Report } from '../api';
import { headlineLines, tapRateLine } from '../view/figures';
import { changeText, countText, countWithUnit, perHundredText } from '../view/format';

export const Headline = ({ report }: { report: Report }) => {
  const rate = tapRateLine(report);
  return (
    <section class="headline" aria-labelledby="headline-title">
      <h2 id="headline-title">概要</h2>
      <ul class="cards">
        {headlineLines(report).map((line) => (
          <li key={line.key} class="card" data-key={line.key}>
            <span class="card-label">{line.label}</span>
            <strong class="card-value nowrap">
              {countText(line.current)}
              {typeof line.current === 'number' && <span class="unit">件</span>}
            </strong>
            <span class="card-prev">
              前年度同時期：<span class="nowrap">{countWithUnit(line.previous)}</span>
            </span>
            <span class="card-change">
              増減：<span class="nowrap">{changeText(line)}</span>
            </span>
          </li>
        ))}
      </ul>
      {rate && (
        <p class="note">
          {rate.label}：<span class="nowrap">{perHundredText(rate.current)}</span>（前年度同時期：<span class="nowrap">{perHundredText(rate.previous)}</span>）
        </p>
      )}
    </section>
  );
};
