/**
 * @module
 * The resident page's languages as data: one record each, in the order the
 * landing offers them. Adding a language is a record here and its catalogue
 * in shared/messages (registered in shared/messages/catalogues); the routers,
 * the prerender, the counters and the staff QR tool all read this list.
 *
 * `ja` is the page at `/t/<id>/`; every other language lives at
 * `/t/<id>/<lang>/`, so the URL carries the choice (no cookie, no storage)
 * and a QR code can point at a language. The id is the short path segment;
 * `tag` is the real BCP 47 tag written into `<html lang>` (やさしい日本語
 * is Japanese: `ja`). `speaks` is the tag a helpline must list in its
 * `languages` to rank first for a resident reading this page.
 *
 * Plain strings only: the page's first script may import it.
 */
import type { LanguageTag } from '../helplines/schema';

export const LANGS = ['ja', 'easy', 'en', 'zh', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

/** The languages with a path segment of their own (all but `ja`). */
export type PathLang = Exclude<Lang, 'ja'>;

export interface LanguageSpec {
  /** BCP 47 tag for `<html lang>` and `lang` on mixed-language parts. */
  readonly tag: string;
  /** The language's name in itself, as the landing's link shows it. */
  readonly name: string;
  /** The tag a helpline lists (shared/helplines/schema LANGUAGE_TAGS) when it answers in this language. */
  readonly speaks: LanguageTag;
}

export const LANGUAGES = {
  ja: { tag: 'ja', name: '日本語', speaks: 'ja' },
  easy: { tag: 'ja', name: 'やさしいにほんご', speaks: 'ja' },
  en: { tag: 'en', name: 'English', speaks: 'en' },
  zh: { tag: 'zh-Hans', name: '中文', speaks: 'zh' },
  vi: { tag: 'vi', name: 'Tiếng Việt', speaks: 'vi' },
} as const satisfies Record<Lang, LanguageSpec>;

/** The default language: its page has no language segment. */
export const DEFAULT_LANG = 'ja' satisfies Lang;

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** The path segment after `/t/<id>/` for a language: '' for Japanese, `<lang>/` otherwise. */
export const langSegment = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/** A link from this page in `from` to the same page in `to`, relative, so it is short and works under any tenant. */
export const langHref = (from: Lang, to: Lang): string => (from === DEFAULT_LANG ? '' : '../') + langSegment(to);
