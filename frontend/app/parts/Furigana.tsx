/**
 * @module
 * Readings written in place, as the result's teen wording carries them. Kept
 * apart from ./Ruby (the catalogue readings of the K6 items) because only the
 * result chunk shows such text, and whatever a module the first script
 * imports holds is bundled into the first script.
 */
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
