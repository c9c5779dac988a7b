/**
 * @module
 * The bar on every screen: 「今すぐ相談したい」 (not while the help list is
 * open) and quick exit. It has to stay one slim row on a small phone or with
 * text zoomed to 200 %, where the whole labels would wrap one character per
 * line and fill the screen: so each label is written as its key word with the
 * rest in spans that the narrow layout drops (styles.css), and each button's
 * accessible name is the whole label at every width. Both buttons carry
 * `data-tap`, so a tap before the page's script has arrived is kept (and
 * quick exit, with its `data-href`, leaves at once: prerender/html.ts).
 */
import { useEnv } from '../context';

/** The label with `word` bare and the rest around it in spans; a word the label does not contain leaves it whole. */
export function keepWord(label: string, word: string) {
  const at = label.indexOf(word);
  if (at < 0) return label;
  return (
    <>
      <span>{label.slice(0, at)}</span>
      {word}
      <span>{label.slice(at + word.length)}</span>
    </>
  );
}

export function TopBar({ helpOpen, onHelp, onExit }: { helpOpen: boolean; onHelp: () => void; onExit: () => void }) {
  const { messages: m, exitUrl } = useEnv();
  const c = m.chrome;
  return (
    <header class="bar">
      {!helpOpen && (
        <button type="button" class="help-now" data-tap="help" aria-label={c.helpNow} onClick={onHelp}>
          {keepWord(c.helpNow, c.helpNowShort)}
        </button>
      )}
      <button type="button" class="exit" data-tap="exit" data-href={exitUrl} aria-label={c.quickExitLabel} onClick={onExit}>
        {keepWord(c.quickExit, c.quickExitShort)}
      </button>
    </header>
  );
}
