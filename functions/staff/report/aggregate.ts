/**
 * @module
 * Sums the store's counter rows (per day or rolled-up month, per kind) into
 * the figures a report shows. Pure: rows in, totals out, so every number on
 * the dashboard and in the CSV can be checked against a hand count in a unit
 * test. Views, starts and completions come with their channels and their
 * page languages as marginals (`row.channel`, `row.language`): a channel is
 * never crossed with language, age, gender, band, flag, topic, hour or
 * relationship, and language counted before languages were is Japanese
 * (store `languagesOf`). Helpline taps after a result are summed per instrument and
 * band: a band id means something only with its instrument (the K6's `low`
 * is 0～4点, the family checklist's is no sign ticked).
 * The counting API stores registered tags only; tags not registered by the
 * tenant still fold into one 「未登録」 bucket here, for counts stored before
 * it did so, so a stray or forged `src` cannot add report rows.
 */
import { DIRECT_SRC, type AgeBand, type Band, type Gender, type Mode, type Relationship, type Topic } from '../../../shared/domain';
import { MODE_SPECS, type InstrumentId } from '../../../shared/modes';
import type { Lang } from '../../../shared/languages';
import { languagesOf } from '../../store/keys';
import type { CounterRow } from '../../store';
import { UNREGISTERED_KEY } from './labels';

type Tally<K extends string | number> = Partial<Record<K, number>>;

export interface Figures {
  views: number;
  starts: number;
  completions: number;
  helplineTaps: number;
  viewsByChannel: Tally<string>;
  startsByMode: Tally<Mode>;
  completionsByMode: Tally<Mode>;
  completionsByChannel: Tally<string>;
  /** Keyed `mode|value`, e.g. `teen|10s`. */
  byModeAge: Tally<`${Mode}|${AgeBand}`>;
  byModeGender: Tally<`${Mode}|${Gender}`>;
  byModeBand: Tally<`${Mode}|${Band}`>;
  byModeTopic: Tally<`${Mode}|${Topic}`>;
  /** Who the other person is, in a mode about someone else (家族): `family|parent`. */
  byModeRelationship: Tally<`${Mode}|${Relationship}`>;
  safetyFlaggedByMode: Tally<Mode>;
  /** Completions by JST hour 0–23. */
  completionsByHour: Tally<number>;
  tapsByHelpline: Tally<string>;
  /** Keyed `instrument|band` (`k6-ja|low`), or `none` for a tap before any result. */
  tapsByBand: Tally<TapBandKey>;
  /** By the page's language (日本語, やさしい日本語 …): views, starts and completions, each never crossed with a channel. */
  viewsByLanguage: Tally<Lang>;
  startsByLanguage: Tally<Lang>;
  completionsByLanguage: Tally<Lang>;
}

export type TapBandKey = `${InstrumentId}|${Band}` | 'none';

export const emptyReportFigures = (): Figures => ({
  views: 0,
  starts: 0,
  completions: 0,
  helplineTaps: 0,
  viewsByChannel: {},
  startsByMode: {},
  completionsByMode: {},
  completionsByChannel: {},
  byModeAge: {},
  byModeGender: {},
  byModeBand: {},
  byModeTopic: {},
  byModeRelationship: {},
  safetyFlaggedByMode: {},
  completionsByHour: {},
  tapsByHelpline: {},
  tapsByBand: {},
  viewsByLanguage: {},
  startsByLanguage: {},
  completionsByLanguage: {},
});

const add = <K extends string | number>(tally: Tally<K>, key: K, by: number) => {
  if (by) tally[key] = (tally[key] ?? 0) + by;
};
const addAll = <K extends string | number, P extends string | number>(tally: Tally<P>, from: Tally<K>, keyOf: (k: K) => P) => {
  for (const [key, value] of Object.entries(from) as [string, number | undefined][]) add(tally, keyOf(key as K), value ?? 0);
};

/** The channel key a `src` is reported under. */
export const channelKey = (src: string | undefined, registered: ReadonlySet<string>): string =>
  src === undefined || src === DIRECT_SRC ? DIRECT_SRC : registered.has(src) ? src : UNREGISTERED_KEY;

export const aggregate = (rows: readonly CounterRow[], registered: ReadonlySet<string>): Figures => {
  const f = emptyReportFigures();
  for (const row of rows) {
    const mode = row.mode;
    switch (row.kind) {
      case 'view':
        f.views += row.count;
        addAll(f.viewsByChannel, row.channel, (tag) => channelKey(tag, registered));
        addAll(f.viewsByLanguage, languagesOf(row), (lang) => lang);
        break;
      case 'start':
        f.starts += row.count;
        if (mode) add(f.startsByMode, mode, row.count);
        addAll(f.startsByLanguage, languagesOf(row), (lang) => lang);
        break;
      case 'complete':
        if (!mode) break;
        f.completions += row.count;
        add(f.completionsByMode, mode, row.count);
        addAll(f.completionsByLanguage, languagesOf(row), (lang) => lang);
        addAll(f.completionsByChannel, row.channel, (tag) => channelKey(tag, registered));
        addAll(f.byModeAge, row.ageBand, (k) => `${mode}|${k}` as const);
        addAll(f.byModeGender, row.gender, (k) => `${mode}|${k}` as const);
        addAll(f.byModeBand, row.band as Tally<Band>, (k) => `${mode}|${k}` as const);
        addAll(f.byModeTopic, row.topic, (k) => `${mode}|${k}` as const);
        addAll(f.byModeRelationship, row.relationship, (k) => `${mode}|${k}` as const);
        add(f.safetyFlaggedByMode, mode, row.safetyFlagged);
        addAll(f.completionsByHour, row.hour, (k) => Number(k));
        break;
      case 'helpline_tap':
        f.helplineTaps += row.count;
        if (row.helplineId) add(f.tapsByHelpline, row.helplineId, row.count);
        if (mode) addAll(f.tapsByBand, row.band, (k): TapBandKey => (k === 'none' ? k : `${MODE_SPECS[mode].instrument}|${k}`));
        break;
    }
  }
  return f;
};
