/**
 * @module
 * Turns a helpline's structured hours into one short Japanese line, e.g.
 * 「毎日 16:00〜21:00、毎月10日 8:00〜翌8:00」. Hours are data (shared/helplines);
 * unknown hours say so plainly instead of guessing. Runs at build time: the
 * page data carries each line's text (frontend/data), not this formatter.
 */
import type { Hours } from '../../shared/helplines/schema';
import type { HoursMessages } from '../../shared/messages';
import { fill } from '../../shared/messages/fill';

type Window = { start: string; end: string };
type HelplineTexts = HoursMessages['hours'];

const time = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

function windowText(w: Window, t: HelplineTexts): string {
  // An end at or before the start runs past midnight into the next day.
  const overnight = w.end <= w.start && w.end !== '24:00';
  return fill(overnight ? t.overnight : t.span, { from: time(w.start), to: time(w.end) });
}

const windowsText = (ws: readonly Window[], t: HelplineTexts) => ws.map((w) => windowText(w, t)).join(' / ');

/** Groups consecutive weekdays with identical windows: 「月〜金 8:30〜17:15」. */
function weeklyText(days: Partial<Record<string, readonly Window[]>>, t: HelplineTexts): string[] {
  const sig = (d: number) => windowsText(days[String(d)] ?? [], t);
  if ([1, 2, 3, 4, 5, 6, 7].every((d) => sig(d) !== '' && sig(d) === sig(1))) return [`${t.everyDay} ${sig(1)}`];
  const parts: string[] = [];
  let d = 1;
  while (d <= 7) {
    const s = sig(d);
    let end = d;
    while (end < 7 && sig(end + 1) === s) end++;
    if (s !== '') {
      const from = t.weekdays[d - 1] ?? '';
      const to = t.weekdays[end - 1] ?? '';
      parts.push(`${end === d ? from : fill(t.span, { from, to })} ${s}`);
    }
    d = end + 1;
  }
  return parts;
}

function nextMonthDay(md: string): string {
  const date = new Date(Date.UTC(2001, Number(md.slice(0, 2)) - 1, Number(md.slice(3)) + 1));
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** Collapses runs like 12-29 … 01-03 into 「12/29〜1/3」. */
function closedDatesText(dates: readonly string[], t: HelplineTexts): string {
  const label = (md: string) => fill(t.date, { month: Number(md.slice(0, 2)), day: Number(md.slice(3)) });
  const runs: string[] = [];
  let i = 0;
  while (i < dates.length) {
    let j = i;
    while (j + 1 < dates.length && dates[j + 1] === nextMonthDay(dates[j] ?? '')) j++;
    const first = dates[i] ?? '';
    const last = dates[j] ?? '';
    runs.push(i === j ? label(first) : fill(t.span, { from: label(first), to: label(last) }));
    i = j + 1;
  }
  return fill(t.closedDates, { dates: runs.join(t.listSep) });
}

export function formatHours(hours: Hours, t: HelplineTexts): string {
  if (hours.kind === 'always') return t.always;
  if (hours.kind === 'unknown') return t.unknown;
  const parts = weeklyText(hours.days, t);
  for (const [day, ws] of Object.entries(hours.monthDays ?? {})) parts.push(`${fill(t.monthDay, { day })} ${windowsText(ws, t)}`);
  if (hours.holidays === 'closed') parts.push(t.holidaysClosed);
  if (hours.holidays === 'asSunday') parts.push(t.holidaysAsSunday);
  if (hours.closedDates && hours.closedDates.length > 0) parts.push(closedDatesText(hours.closedDates, t));
  return parts.join(t.listSep);
}
