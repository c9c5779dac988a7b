/**
 * @module
 * What a helpline card says about a line, in each page language but Japanese:
 * one file per language (like shared/messages/<lang>/), each a record for
 * every line the service ships, keyed by its id. The Japanese data
 * (shared/helplines, shared/tenants) stays the one source of facts: a text
 * here says only what the Japanese `description` and `hoursNote` say — no
 * number, address or hour of its own. Names stay Japanese (the card marks
 * them `lang="ja"` on a page in another language), since a resident says the
 * name on the phone and finds it on the operator's pages.
 *
 * `HelplineId` is the ids of the shipped data, so a line without its text in
 * one of these languages is a type error, and an id no line has is one too.
 * やさしい日本語 writes each kanji's reading in place, 漢字《かんじ》
 * (frontend/app/parts/Furigana shows it as ruby).
 */
import type { EMERGENCY_HELPLINES } from '../emergency';
import type { NATIONAL_HELPLINES } from '../national';
import type { TEEN_HELPLINES } from '../teen';
import type { CHIBA_HELPLINES } from '../chiba';
import type { CHIBA_LANGUAGE_HELPLINES } from '../chiba-languages';
import type { MATSUDO_LOCAL } from '../../tenants/matsudo';
import type { SAMPLE_TOWN_LOCAL } from '../../tenants/sample-town';
import type { PathLang } from '../../languages';
import { easy } from './easy';
import { en } from './en';
import { vi } from './vi';
import { zh } from './zh';

type Shipped =
  | typeof EMERGENCY_HELPLINES
  | typeof NATIONAL_HELPLINES
  | typeof TEEN_HELPLINES
  | typeof CHIBA_HELPLINES
  | typeof CHIBA_LANGUAGE_HELPLINES
  | typeof MATSUDO_LOCAL
  | typeof SAMPLE_TOWN_LOCAL;
/** The id of every line the service ships (shared/helplines and the tenants' own windows). */
export type HelplineId = Shipped[number]['id'];

export interface HelplineText {
  /** The Japanese `description`, in this language. */
  description: string;
  /** The Japanese `hoursNote`, in this language; present exactly when the Japanese has one. */
  hoursNote?: string;
}

export type HelplineTexts = Readonly<Record<HelplineId, HelplineText>>;

export const HELPLINE_TEXTS: Readonly<Record<PathLang, HelplineTexts>> = { easy, en, zh, vi };

/** A line's text in `lang`; undefined for an id the service does not ship (a test's made-up line). */
export const helplineTextIn = (lang: PathLang, id: string): HelplineText | undefined =>
  (HELPLINE_TEXTS[lang] as Readonly<Partial<Record<string, HelplineText>>>)[id];
