/**
 * @module
 * Picks the period: a fiscal year (令和N年度) or a run of whole months. A
 * plain form with a submit button, so it works from the keyboard alone and
 * nothing reloads while someone is still choosing. Months are chosen from
 * lists written in 令和 (西暦 in brackets), not the browser's 西暦-only month
 * field. A month range the API
 * would refuse is explained here, in Japanese, before any request.
 */
import { useState } from 'preact/hooks';
import { fiscalYearOptions, monthDefaults, monthOptions, monthRangeProblem, type PeriodChoice } from '../period/choice';

export const PeriodPicker = ({ today, choice, onChoose }: { today: string; choice: PeriodChoice; onChoose: (c: PeriodChoice) => void }) => {
  const [kind, setKind] = useState<PeriodChoice['kind']>(choice.kind);
  const [fy, setFy] = useState(choice.kind === 'fy' ? choice.fy : fiscalYearOptions(today, 1)[0]?.fy ?? 0);
  const defaults = monthDefaults(today);
  const months = monthOptions(today);
  const [from, setFrom] = useState(choice.kind === 'months' ? choice.from : defaults.from);
  const [to, setTo] = useState(choice.kind === 'months' ? choice.to : defaults.to);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (e: Event) => {
    e.preventDefault();
    // A valid choice clears the last complaint, whichever kind it was about.
    if (kind === 'fy') {
      setProblem(undefined);
      return onChoose({ kind: 'fy', fy });
    }
    const why = monthRangeProblem(from, to, today);
    setProblem(why);
    if (why === undefined) onChoose({ kind: 'months', from, to });
  };

  return (
    <form class="picker" onSubmit={submit} aria-labelledby="picker-title">
      <h2 id="picker-title" class="sr">集計期間</h2>
      <fieldset>
        <legend>集計期間</legend>
        <div class="picker-row">
          <label class="radio">
            <input type="radio" name="kind" value="fy" checked={kind === 'fy'} onChange={() => setKind('fy')} />
            年度
          </label>
          <label class="field">
            <span class="sr">年度を選ぶ</span>
            <select value={String(fy)} disabled={kind !== 'fy'} onChange={(e) => setFy(Number(e.currentTarget.value))}>
              {fiscalYearOptions(today).map((o) => (
                <option key={o.fy} value={String(o.fy)}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="picker-row">
          <label class="radio">
            <input type="radio" name="kind" value="months" checked={kind === 'months'} onChange={() => setKind('months')} />
            月の範囲
          </label>
          <label class="field">
            開始月
            <select value={from} disabled={kind !== 'months'} onChange={(e) => setFrom(e.currentTarget.value)}>
              {months.map((m) => (
                <option key={m.ym} value={m.ym}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            終了月
            <select value={to} disabled={kind !== 'months'} onChange={(e) => setTo(e.currentTarget.value)}>
              {months.map((m) => (
                <option key={m.ym} value={m.ym}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary">
        この期間を表示
      </button>
    </form>
  );
};
