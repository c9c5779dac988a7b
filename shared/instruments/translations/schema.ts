/**
 * @module
 * What an instrument's wording in another language must carry to be asked
 * in it: the instrument and language it is for, the page it is quoted from
 * (the authors' or a publisher's own, never a directory), the date we read
 * it, the licence words and citations, and every item and answer — all of
 * them, in the instrument's order, so scores and screens stay the same.
 * A language with no such record asks the items in やさしい日本語
 * (shared/languages/offered). Nothing here is ever machine-translated.
 */
import * as z from '../../validation';
import { LANGS } from '../../languages';

export const translationSchema = z.strictObject({
  instrument: z.string().check(z.minLength(1)),
  lang: z.enum(LANGS),
  name: z.string().check(z.minLength(1)),
  sourceUrl: z.url(),
  checkedAgainst: z.optional(z.array(z.url())),
  verified: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  licence: z.string().check(z.minLength(10)),
  citations: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  leadIn: z.string().check(z.minLength(1)),
  items: z.record(z.string(), z.string().check(z.minLength(1))),
  options: z.array(z.string().check(z.minLength(1))),
});
export type InstrumentTranslation = z.infer<typeof translationSchema>;
