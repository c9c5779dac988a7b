/**
 * @module
 * Every cited wording of an instrument in another language, validated on
 * import, and the one lookup the build uses (frontend/data/build →
 * shared/languages/offered). Build-time only. Today: the K6 in English (the
 * original). Chinese and Vietnamese have none: no published, validated
 * version we could read and cite (docs/sources/languages.md), so their pages
 * ask the K6 in やさしい日本語.
 */
import type { TranslatedItems } from '../../languages/offered';
import type { Lang } from '../../languages';
import type { AskedInstrumentId } from '../../modes';
import { INSTRUMENTS_BY_ID } from '../for-mode';
import { K6_EN } from './k6-en';
import { translationSchema, type InstrumentTranslation } from './schema';

export class InvalidTranslationError extends Error {
  override name = 'InvalidTranslationError';
}

/** Refuses a record that is not whole: every item of the instrument and no other, one answer per option, in order. */
export function defineTranslation(record: unknown): InstrumentTranslation {
  const parsed = translationSchema.safeParse(record);
  if (!parsed.success) throw new InvalidTranslationError(parsed.error.message);
  const t = parsed.data;
  const instrument = (INSTRUMENTS_BY_ID as Record<string, { items: readonly { id: string }[]; options?: readonly unknown[] } | undefined>)[t.instrument];
  if (!instrument) throw new InvalidTranslationError(`${t.lang}: no instrument ${t.instrument}`);
  const want = instrument.items.map((i) => i.id).join();
  const got = Object.keys(t.items).join();
  if (want !== got) throw new InvalidTranslationError(`${t.instrument} in ${t.lang}: items ${got}, the instrument has ${want}`);
  if (t.options.length !== (instrument.options?.length ?? 0)) throw new InvalidTranslationError(`${t.instrument} in ${t.lang}: ${t.options.length} answers, the instrument has ${instrument.options?.length ?? 0}`);
  if (t.lang === 'ja' || t.lang === 'easy') throw new InvalidTranslationError(`${t.instrument}: Japanese is the instrument's own wording`);
  return t;
}

export const TRANSLATIONS: readonly InstrumentTranslation[] = [K6_EN].map(defineTranslation);

/** The cited wording of `instrument` in `lang`, or none. */
export function translationOf(instrument: AskedInstrumentId, lang: Lang): TranslatedItems | undefined {
  const t = TRANSLATIONS.find((r) => r.instrument === instrument && r.lang === lang);
  return t && { leadIn: t.leadIn, items: t.items, options: t.options };
}
