/**
 * @module
 * Words for flagged hours and exclusions on the dashboard, in 令和 like every
 * date staff read: 「令和8年11月15日 3時台」, 「令和8年11月15日～11月16日」.
 */
import type { Exclusion, Report } from '../api';
import { reiwaDate, reiwaSpan } from './format';

export type FlaggedHourView = Report['flaggedHours'][number];

export const hourText = (f: Pick<FlaggedHourView, 'day' | 'hour'>): string => `${reiwaDate(f.day)} ${f.hour}時台`;

export const daysText = (e: Pick<Exclusion, 'from' | 'to'>): string => reiwaSpan(e.from, e.to);

/** What the figures on screen leave out, as one sentence; undefined when nothing is excluded. */
export const exclusionSentence = (report: Pick<Report, 'exclusions'>): string | undefined =>
  report.exclusions.length === 0
    ? undefined
    : `この集計は、${report.exclusions.map((e) => `${daysText(e)}（理由：${e.reason}）`).join('、')}の記録を除いています。記録そのものは消していません。`;
