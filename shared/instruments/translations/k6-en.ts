/**
 * @module
 * The K6 in English: the original self-administered wording by Kessler et
 * al., which the Japanese version translates. Not a translation of ours —
 * the items, lead-in and answers are quoted exactly as the authors' form
 * words them, in the same order as the Japanese record (shared/instruments/k6),
 * so each answer keeps its score (None of the time = 0 … All of the time = 4).
 */
import type { InstrumentTranslation } from './schema';

export const K6_EN = {
  instrument: 'k6-ja',
  lang: 'en',
  name: 'K6 (Kessler Psychological Distress Scale, original English self-administered version)',
  sourceUrl: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
  /** The same wording, reproduced by the NIH-funded PhenX Toolkit (protocol 121301), read to check our copy word for word. */
  checkedAgainst: ['https://www.phenxtoolkit.org/protocols/view/121301'],
  verified: '2026-12-03',
  licence: 'Use of the K6 and K10 is free and does not require permission (Harvard Medical School, National Comorbidity Survey: K10 and K6 Scales); cite Kessler et al. 2002 and 2003.',
  citations: [
    'Kessler RC, Andrews G, Colpe LJ, et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med. 2002;32(6):959-976.',
    'Kessler RC, et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189.',
  ],
  leadIn: 'The following questions ask about how you have been feeling during the past 30 days. For each question, please indicate the answer that best describes how often you had this feeling.',
  items: {
    'k6-1': 'During the past 30 days, about how often did you feel nervous?',
    'k6-2': 'During the past 30 days, about how often did you feel hopeless?',
    'k6-3': 'During the past 30 days, about how often did you feel restless or fidgety?',
    'k6-4': 'During the past 30 days, about how often did you feel so depressed that nothing could cheer you up?',
    'k6-5': 'During the past 30 days, about how often did you feel that everything was an effort?',
    'k6-6': 'During the past 30 days, about how often did you feel worthless?',
  },
  options: ['None of the time', 'A little of the time', 'Some of the time', 'Most of the time', 'All of the time'],
} as const satisfies InstrumentTranslation;
