/**
 * @module
 * When a closed line opens next, in words (result chunk): 「きょう 16:00から受付」,
 * 「あす 9:00から受付」 or a date with its weekday, always in Japan time —
 * a resident abroad or with a wrong phone clock still reads the line's own hours.
 */
import type { HelpMessages } from '../../shared/messages';
import { fill } from '../../shared/messages/fill';
import { jstParts } from '../../shared/time';

const DAY_MS = 86_400_000;

export function opensText(opensAt: number, now: Date, words: HelpMessages['opens']): string {
  const at = jstParts(new Date(opensAt));
  const time = `${at.hour}:${String(at.minute).padStart(2, '0')}`;
  if (at.date === jstParts(now).date) return fill(words.today, { time });
  if (at.date === jstParts(new Date(now.getTime() + DAY_MS)).date) return fill(words.tomorrow, { time });
  return fill(words.on, { month: at.month, day: at.day, weekday: words.weekdays[at.isoWeekday - 1] ?? '', time });
}
