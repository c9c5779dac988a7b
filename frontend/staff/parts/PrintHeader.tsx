/**
 * @module
 * What every printed page says about itself: the municipality, the period,
 * which figures these are (庁内用 or 公表用) and the day it was printed (出力日),
 * with 「n / N」 at the foot. The page margins of staff.css's `@page` draw
 * them on each sheet; CSS there can only show strings, so this component puts
 * the strings into custom properties on the root element, which the page
 * margins inherit (set through the CSSOM, so the strict CSP needs no inline
 * style). Nothing shows on screen. A browser that does not draw page margins
 * (Firefox) prints its own header and footer instead: the tab's title (town
 * and period, see dashboardTitle), the date and the page numbers.
 */
import { useEffect, useState } from 'preact/hooks';
import { jstParts } from '../../../shared/time/jst';
import type { Report } from '../api';
import { reiwaDate, reiwaSpan } from '../view/format';

/** Which figures a report holds, in the words the CSV's first line and file name use. */
export const viewLabel = (report: Pick<Report, 'suppressed'>): string => (report.suppressed ? '公表用（5未満を伏せた数値）' : '庁内用（全数）');

/** A CSS string literal, for `content:`. */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;

const today = (): string => jstParts(new Date()).date;

/** `town` names whose figures they are: a municipality, or a prefecture for its view across towns. */
export const PrintHeader = ({ town, report }: { town: string; report: Pick<Report, 'period' | 'suppressed'> }) => {
  // Read again just before printing, so a page left open overnight prints the right day.
  const [printedOn, setPrintedOn] = useState(today);
  useEffect(() => {
    const refresh = () => setPrintedOn(today());
    addEventListener('beforeprint', refresh);
    return () => removeEventListener('beforeprint', refresh);
  }, []);
  const { label, start, end } = report.period;
  const span = reiwaSpan(start, end);
  const period = span === label ? label : `${label}（${span}）`;
  const head = `${town} こころチェック 利用状況　${period}　${viewLabel(report)}`;
  const date = `出力日：${reiwaDate(printedOn)}`;
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--kc-print-head', cssString(head));
    root.setProperty('--kc-print-date', cssString(date));
    return () => {
      root.removeProperty('--kc-print-head');
      root.removeProperty('--kc-print-date');
    };
  }, [head, date]);
  return null;
};
