/**
 * @module
 * The landing in the browser: the page's own prerendered landing (./Landing,
 * written by the build), kept as it was first shown and put back whenever the
 * resident returns to it. Its words are in the HTML already, so the first
 * script carries none of them, and every mode's choice costs the page only its
 * label and hint once. A mode button is found by its `data-tap`, the same
 * attribute the page's early-tap script uses before this script runs. The
 * HTML has a button only for each mode the municipality offers (./Landing),
 * so the page data need not list them; anything else is ignored.
 */
import { MODE_SPECS, type Mode } from '../../../shared/modes';
import type { LandingProps } from '../context';

export function prerenderedLanding(section: Element | null) {
  const html = section?.innerHTML ?? '';
  return ({ onStart }: LandingProps) => {
    const onClick = (event: MouseEvent) => {
      const mode = (event.target as Element).closest<HTMLElement>('[data-tap]')?.dataset.tap as Mode | undefined;
      if (mode && MODE_SPECS[mode]) onStart(mode);
    };
    return <section class="landing" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
  };
}
