/**
 * @module
 * Adds furigana to known words without touching the text: the item is split
 * at catalogue words and each is wrapped in <ruby>, so what is read aloud and
 * what is scored stays the instrument's exact wording.
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

const READING = /(\p{sc=Han}+)《([^》]+)》/u;

/**
 * Text whose readings are written in place, 漢字《かんじ》 (the notation of
 * Japanese e-texts): each reading becomes <ruby> over the kanji just before
 * it. Teen wording carries its own readings this way, so each word is read
 * as the sentence means it (話《はなし》を聞く, 話《はな》す). Text without
 * readings shows as it is.
 */
export function Furigana({ text }: { text: string }) {
  const parts = text.split(new RegExp(READING.source, 'gu'));
  if (parts.length === 1) return <>{text}</>;
  const out = [];
  for (let i = 0; i < parts.length; i += 3) {
    out.push(parts[i]);
    if (i + 2 < parts.length)
      out.push(
        <ruby key={i}>
          {parts[i + 1]}
          <rt>{parts[i + 2]}</rt>
        </ruby>,
      );
  }
  return <>{out}</>;
}

/** The text without its in-place readings, for places that cannot show ruby (an image's label, a count). */
export const withoutReadings = (text: string) => text.replace(new RegExp(`《[^》]+》`, 'gu'), '');
