/**
 * @module
 * Script of the plain calendar page that quick exit lands on: it shows the
 * month on the phone's own clock, today marked, and steps to the months
 * around it. A real calendar rather than a blank page, so whoever sees the
 * screen next finds something ordinary and nothing made up; it knows nothing
 * of the check and stores nothing. No framework: it is the whole script.
 */
import { monthWeeks } from './month';

const heading = document.getElementById('month');
const body = document.getElementById('days');
const controls = document.getElementById('controls');

function show(year: number, monthIndex: number) {
  if (heading === null || body === null) return;
  const now = new Date();
  const thisMonth = now.getFullYear() === year && now.getMonth() === monthIndex;
  heading.textContent = `${year}年${monthIndex + 1}月`;
  body.replaceChildren(
    ...monthWeeks(year, monthIndex).map((week) => {
      const row = document.createElement('tr');
      for (const day of week) {
        const cell = document.createElement('td');
        if (day !== null && thisMonth && day === now.getDate()) {
          const today = document.createElement('span');
          today.className = 'today';
          today.textContent = String(day);
          cell.setAttribute('aria-current', 'date');
          cell.append(today);
        } else if (day !== null) {
          cell.textContent = String(day);
        }
        row.append(cell);
      }
      return row;
    }),
  );
}

if (heading !== null && body !== null && controls !== null) {
  const now = new Date();
  // Day 1 of the month shown, so stepping never skips a short month.
  const shown = new Date(now.getFullYear(), now.getMonth(), 1);
  const step = (months: number) => {
    shown.setMonth(shown.getMonth() + months);
    show(shown.getFullYear(), shown.getMonth());
  };
  document.getElementById('prev')?.addEventListener('click', () => step(-1));
  document.getElementById('next')?.addEventListener('click', () => step(1));
  step(0);
  controls.hidden = false;
}
