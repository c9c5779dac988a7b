/**
 * @module
 * The bar on every screen: 「今すぐ相談したい」 (not while the help list is
 * open) and quick exit. It has to stay one slim row on a small phone or with
 * text zoomed to 200 %, where the whole labels would wrap one character per
 * line and fill the screen: so each label is written as its key word with the
 * rest in spans that the narrow layout drops (styles.css), and each button's
 * accessible name is the whole label at every width.
 */
import { useEnv } from '../context';

/** The label with `word` bare and the rest around it in spans; a word the label does not contain leaves it whole. */
function keepWord(label: string, word: string) {
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

export function TopBar({ helpOpen, onHelp }: { helpOpen: boolean; onHelp: () => void }) {
  const { messages: m, exit } = useEnv();
  const c = m.chrome;
  return (
    <header class="bar">
      {!helpOpen && (
        <button type="button" class="help-now" aria-label={c.helpNow} onClick={onHelp}>
          {keepWord(c.helpNow, c.helpNowShort)}
        </button>
      )}
      <button type="button" class="exit" aria-label={c.quickExitLabel} onClick={exit}>
        {keepWord(c.quickExit, c.quickExitShort)}
      </button>
    </header>
  );
}
