/**
 * @module
 * Which modes a page in a language offers, and how it asks their items: the
 * one rule, used by the prerender (the landing's choices, the page's data)
 * and the tests. Build-time only.
 *
 * An instrument's items are shown only as worded by a citable source, never
 * machine-translated, so a page asks a scored instrument's items
 * - on the Japanese page: as the instrument words them, with the catalogue's
 *   readings for teenagers;
 * - in a language the instrument has a cited translation in (English: the
 *   original K6): in that translation;
 * - otherwise in やさしい日本語: the same Japanese items, with the `easy`
 *   catalogue's readings and plain explanations for everyone, marked as
 *   Japanese (`lang`) on a page in another language.
 * A mode about someone else (家族) runs a checklist of quoted Japanese
 * government text with no cited wording in another language, so it is
 * offered only where the catalogue carries its words (`other`: Japanese).
 */
import type { ItemWords, PageItemWords } from '../messages/types';
import { MODE_SPECS, MODES, type AskedInstrumentId, type Mode } from '../modes';
import { LANGUAGES, type Lang } from '.';

/** A cited translation's wording of an instrument (shared/instruments/translations). */
export interface TranslatedItems {
  readonly leadIn: string;
  readonly items: Readonly<Record<string, string>>;
  readonly options: readonly string[];
}

export interface OfferInputs {
  lang: Lang;
  /** The page's catalogue: its item words (`ja`: for teens; `easy`: for everyone) and whether it has the words of a mode about someone else. */
  catalogue: { items?: Partial<Record<AskedInstrumentId, ItemWords>>; other?: unknown };
  /** The `easy` catalogue's item words: how a page without a translation asks the items. */
  easyItems: Readonly<Record<AskedInstrumentId, ItemWords>>;
  /** The instrument's cited translation into `lang`, if there is one. */
  translation: (instrument: AskedInstrumentId, lang: Lang) => TranslatedItems | undefined;
}

const ASKED = [...new Set(MODES.flatMap((mode) => (MODE_SPECS[mode] as { aboutOther?: true }).aboutOther ? [] : [MODE_SPECS[mode].instrument as AskedInstrumentId]))];

/** The item words a page in `lang` carries, by asked instrument. */
export function pageItems({ lang, catalogue, easyItems, translation }: OfferInputs): Partial<Record<AskedInstrumentId, PageItemWords>> {
  const out: Partial<Record<AskedInstrumentId, PageItemWords>> = {};
  for (const id of ASKED) {
    const own = catalogue.items?.[id];
    const translated = translation(id, lang);
    if (lang === 'ja') {
      if (own) out[id] = own;
    } else if (translated) out[id] = { always: true, leadIn: translated.leadIn, texts: translated.items, options: translated.options };
    else out[id] = { ...(own ?? easyItems[id]), always: true, ...(LANGUAGES[lang].tag === LANGUAGES.easy.tag ? {} : { lang: LANGUAGES.easy.tag }) };
  }
  return out;
}

/** Whether a page in `lang` offers `mode` (before the tenant's own choice of modes). */
export function offersMode(mode: Mode, inputs: OfferInputs): boolean {
  const spec = MODE_SPECS[mode] as { aboutOther?: true; instrument: string };
  if (spec.aboutOther) return inputs.catalogue.other !== undefined;
  return pageItems(inputs)[spec.instrument as AskedInstrumentId] !== undefined || inputs.lang === 'ja';
}

/** How a page asks its items, for the closing notes and the tests: 'own', 'translated' or 'easy'. */
export function itemsWording(instrument: AskedInstrumentId, inputs: OfferInputs): 'own' | 'translated' | 'easy' {
  if (inputs.lang === 'ja') return 'own';
  return inputs.translation(instrument, inputs.lang) ? 'translated' : 'easy';
}
