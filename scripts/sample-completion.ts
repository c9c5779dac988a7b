/**
 * @module
 * The answers of one plausible completion in a mode, for every generator of
 * synthetic counts (the demo seed, the benches, the scale simulation, the
 * fault and integration tests): an event the API accepts, drawn from the
 * registry, so a new mode is generated as its spec and instrument say. The
 * age band the mode implies (10代), the mode's own topics, a band its
 * instrument gives — for a checklist (家族) the band of how many signs were
 * ticked, the signs being the topics — and for a mode about someone else the
 * relationship it must carry and the gender it never asks (答えない).
 */
import { AGE_BANDS, GENDERS, type Band } from '../shared/domain';
import { RELATIONSHIPS } from '../shared/domain/relationships';
import type { CompleteEvent } from '../shared/events';
import { instrumentFor, topicsForMode } from '../shared/instruments/for-mode';
import { modeSpec, type Mode } from '../shared/modes';
import { bandOf } from '../shared/scoring';
import { DEFAULT_LANG, LANGS, type Lang } from '../shared/languages';

export type SampledAnswers = Pick<CompleteEvent, 'ageBand' | 'gender' | 'band' | 'topics' | 'relationship'>;

/** `random` gives numbers in [0, 1); each topic is chosen with probability `topicShare`. */
export const sampleCompletion = (mode: Mode, random: () => number, topicShare = 0.15): SampledAnswers => {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const spec = modeSpec(mode);
  const instrument = instrumentFor(mode);
  const topics = topicsForMode(mode).filter(() => random() < topicShare);
  const band = (instrument.result.kind === 'checklist' ? bandOf(instrument, topics.length) : pick(instrument.result.bands).id) as Band;
  return {
    ageBand: spec.fixedAgeBand ?? pick(AGE_BANDS),
    gender: spec.aboutOther ? 'na' : pick(GENDERS),
    band,
    topics: [...topics],
    ...(spec.aboutOther ? { relationship: pick(RELATIONSHIPS) } : {}),
  };
};

/**
 * Each page language's share of a town's visits, for generated counts: mostly Japanese, a few in
 * やさしい日本語 and the languages of the largest foreign groups (松戸市: Chinese, Vietnamese), plus English.
 * Shares, not measured figures; they only make demo and test data look like a town.
 */
export const LANG_SHARES: Record<Lang, number> = { ja: 0.88, easy: 0.04, en: 0.03, zh: 0.03, vi: 0.02 };

/**
 * The `lang` of one generated view, start or completion, drawn by LANG_SHARES. Japanese is sent as often
 * absent as `ja` (a page cached before languages were counted sends none; both count as Japanese).
 */
export const sampleLang = (random: () => number): { lang?: Lang } => {
  let left = random();
  const lang = LANGS.find((l) => (left -= LANG_SHARES[l]) < 0) ?? DEFAULT_LANG;
  return lang === DEFAULT_LANG && random() < 0.5 ? {} : { lang };
};
