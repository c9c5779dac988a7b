/**
 * @module
 * Each screen of the check as a step in the browser's own history, so the
 * phone's Back and Forward move between questions, and Back closes the help
 * list, as between pages. The browser keeps only this page load's mark and a
 * step number (`{ kc: [load, n] }`), never an answer or a screen name: which
 * screen step n was lives here, in memory. An entry from an earlier load
 * (after a reload) or from before the page opened stands for the landing, so
 * nothing of an earlier check can come back.
 */
import type { Screen } from '../flow';

export interface Place {
  screen: Screen;
  helpOpen: boolean;
}

export const LANDING: Place = { screen: 'landing', helpOpen: false };

export class ScreenHistory {
  /** The step the browser shows now. */
  at = 0;
  private places: Place[] = [LANDING];
  private load = 0;

  constructor() {
    // Each new screen starts at its heading (App scrolls there); the browser restoring an old scroll position would hide it.
    history.scrollRestoration = 'manual';
    this.forget();
  }

  private mark(n: number) {
    return { kc: [this.load, n] };
  }

  /** A new screen: one new entry, and Forward no longer leads to the old ones. */
  push(place: Place): void {
    this.places.length = ++this.at;
    this.places.push(place);
    history.pushState(this.mark(this.at), '');
  }

  /** The screen a popstate's entry stands for. */
  popped(state: unknown): Place {
    const kc = (state as { kc?: [number, number] } | null)?.kc;
    if (kc?.[0] !== this.load) {
      this.forget();
      return LANDING;
    }
    this.at = kc[1];
    return this.places[this.at] ?? LANDING;
  }

  /** Forgets every screen: the entry shown becomes the first step, all others stand for the landing. */
  forget(): void {
    this.load = Math.random();
    this.places = [LANDING];
    this.at = 0;
    history.replaceState(this.mark(0), '');
  }
}
