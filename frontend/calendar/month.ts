/**
 * @module
 * The month grid of the plain calendar page, apart from the page so it can be
 * tested without a browser: weeks from Sunday to Saturday, as Japanese wall
 * calendars print them, with empty cells before the 1st and after the last day.
 */

/** Day numbers by week, Sunday first; `null` where the day belongs to the month before or after. */
export function monthWeeks(year: number, monthIndex: number): (number | null)[][] {
  const lead = new Date(year, monthIndex, 1).getDay();
  const days = new Date(year, monthIndex + 1, 0).getDate();
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
