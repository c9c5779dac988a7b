/**
 * @module
 * Adds furigana to known words without touching the text: the item is split
 * at catalogue words and each is wrapped in <ruby>, so what is read aloud and
 * what is scored stays the instrument's exact wording. Readings written in
 * place (the result's wording) are ./Furigana's: only the result chunk needs
 * them, so they stay out of the first script.
 */
export function WithRuby({ text, readings }: { text: string; readings: Readonly<Record<string, string>> }) {
  const words = Object.keys(readings).sort((a, b) => b.length - a.length);
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.join('|')})`, 'g');
  return (
    <>
      {text.split(pattern).map((part, i) =>
        readings[part] !== undefined ? (
          <ruby key={i}>
            {part}
            <rt>{readings[part]}</rt>
          </ruby>
        ) : (
          part
        ),
      )}
    </>
  );
}
