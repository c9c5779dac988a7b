/**
 * @module
 * First screen, prerendered into the page so it shows before any script runs:
 * what this is, that it is anonymous and short, and the choice among the
 * modes the municipality offers (本人 / 10代 / 赤ちゃんママ …). This full
 * version is rendered at build time (and in tests) from the catalogue's
 * landing words; in the browser the page shows the same HTML again
 * (./PrerenderedLanding), so the first script carries none of these words.
 */
import { langHref, LANGS, LANGUAGES, type Lang } from '../../../shared/languages';
import type { InlinedWords } from '../../../shared/messages';
import type { Mode } from '../../../shared/modes';
import { Heading } from '../parts/StepFrame';
import { useEnv, type LandingProps } from '../context';

/**
 * `modes`: the ones the municipality offers in this language (registry order); only their buttons are written, so only they can start.
 * The other languages lead first, each in its own name and language, to this page's address in it (the URL carries the choice: no cookie, nothing stored).
 */
export const landingFrom =
  (words: InlinedWords['landing'], modes: readonly Mode[], lang: Lang = 'ja') =>
  ({ onStart }: LandingProps) => {
    const { tenant } = useEnv();
    return (
      <section class="landing">
        <nav class="langs" aria-label={words.languages}>
          {LANGS.filter((l) => l !== lang).map((l) => (
            <a class="action" key={l} href={langHref(lang, l)} lang={LANGUAGES[l].tag === LANGUAGES[lang].tag ? undefined : LANGUAGES[l].tag}>
              {LANGUAGES[l].name}
            </a>
          ))}
        </nav>
        <Heading>{tenant.serviceName}</Heading>
        <p class="lead">{words.lead}</p>
        {words.checkNote && <p>{words.checkNote}</p>}
        <ul class="facts">
          <li>{words.anonymous}</li>
          <li>{words.duration}</li>
          <li>{words.privacy}</li>
          <li>{words.privateTab}</li>
        </ul>
        <fieldset class="modes">
          <legend>{words.chooseLegend}</legend>
          {modes.map((mode) => (
            <button type="button" class="mode" key={mode} data-tap={mode} onClick={() => onStart(mode)}>
              <strong>{words.modes[mode].label}</strong>
              <span>{words.modes[mode].hint}</span>
            </button>
          ))}
        </fieldset>
      </section>
    );
  };
