/**
 * @module
 * Browser entry of the staff dashboard — a separate build (vite.staff.config.ts)
 * and a separate page, so residents never download any of it. The styles are
 * an external file, so the page runs under the same strict CSP as residents'
 * pages with no inline style or script.
 */
import { render } from 'preact';
import { App } from './App';
import './staff.css';

const root = document.getElementById('app');
if (root !== null) {
  root.textContent = '';
  render(<App />, root);
}
// Folded tables belong on paper too.
addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => (d.open = true)));
