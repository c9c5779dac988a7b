/**
 * @module
 * Lays the figures of a period and of the same period last year out as
 * report sections — the same rows whether they end up as dashboard charts,
 * JSON or CSV. Fixed vocabularies (modes, age bands, results, topics, page languages, hours)
 * always list every value, zeros included, so a row is never missing just
 * because nobody fell into it; channels and helplines list every one that
 * was registered or counted — except rows that cannot occur at all
 * (structural zeros, `MODE_VALUES`), which are left out rather than listed
 * as 0 or hidden as 「5未満」.
 */
import { AGE_BANDS, DIRECT_SRC, GENDERS, MODES, type AgeBand, type Band, type Gender, type Mode, type Relationship, type Topic } from '../../../shared/domain';
import { RELATIONSHIPS } from '../../../shared/domain/relationships';
import { LANGS } from '../../../shared/languages';
import { instrumentFor, topicsForMode } from '../../../shared/instruments/for-mode';
import { modeSpec } from '../../../shared/modes';
import { ARCHIVED_MARK, CHANNEL_KIND_LABELS, CHANNEL_KINDS, type ChannelKind } from '../channels/kinds';
import type { Figures } from './aggregate';
import {
  AGE_LABELS,
  bandLabel,
  DIRECT_LABEL,
  GENDER_LABELS,
  hourLabel,
  instrumentBandLabel,
  LANGUAGE_LABELS,
  MODE_LABELS,
  modesRunning,
  NO_RESULT_LABEL,
  RELATIONSHIP_LABELS,
  REPORTED_INSTRUMENTS,
  TOPIC_LABELS,
  UNREGISTERED_KEY,
  UNREGISTERED_LABEL,
} from './labels';
import { complementSuppression } from './complement';
import { COMPLEMENT_SUPPRESSED, countLine, isHidden, ratioLine, type Cell, type ReportLine } from './lines';

export const SECTION_TITLES = {
  summary: '概要',
  viewsByChannel: 'アクセス数（経路別）',
  startsByMode: 'チェック開始数（モード別）',
  completionsByMode: 'チェック完了数（モード別）',
  completionsByModeAge: 'チェック完了数（モード×年代）',
  completionsByModeGender: 'チェック完了数（モード×性別）',
  completionsByModeBand: 'チェック完了数（モード×結果）',
  completionsByModeRelationship: 'チェック完了数（モード×気にかけている相手との関係）',
  safetyFlagsByMode: '安全確認で相談先を優先表示した数（モード別）',
  topicsByMode: '気がかりなこと（モード別・複数回答）',
  completionsByHour: 'チェック完了数（時間帯・日本時間）',
  viewsByLanguage: 'アクセス数（ページの言語別）',
  startsByLanguage: 'チェック開始数（ページの言語別）',
  completionsByLanguage: 'チェック完了数（ページの言語別）',
  completionsByChannel: 'チェック完了数（経路別）',
  completionRateByChannel: 'チェック完了率（経路別・完了数÷アクセス数、%）',
  viewsPer100ByChannel: 'アクセス数（経路別・配布100部あたり、部数は登録値）',
  viewsByChannelKind: 'アクセス数（経路の種類別）',
  completionsByChannelKind: 'チェック完了数（経路の種類別）',
  completionRateByChannelKind: 'チェック完了率（経路の種類別・完了数÷アクセス数、%）',
  viewsPer100ByChannelKind: 'アクセス数（経路の種類別・配布100部あたり、部数は登録値）',
  helplineTaps: '相談窓口タップ数（窓口別）',
  helplineTapsByBand: '相談窓口タップ数（結果別）',
} as const;
export type SectionId = keyof typeof SECTION_TITLES;

export interface ReportSection {
  id: SectionId;
  title: string;
  lines: ReportLine[];
  /** On `viewsByChannel` only: what each registered channel is, by line key, for the dashboard's channel table. */
  channels?: ReportChannel[];
}

/** A registered channel as a report describes it: never a count, so never suppressed. */
export interface ReportChannel {
  key: string;
  kind: ChannelKind;
  /** Copies handed out (部数) and places (配布先の数), where the admin entered them. */
  quantity?: number;
  places?: number;
  archived: boolean;
}

/** What a report needs to know of a registered channel (a stored Channel is one). */
export interface ChannelFacts {
  label: string;
  kind: ChannelKind;
  quantity?: number;
  places?: number;
  archivedOn?: string;
}

export interface SectionContext {
  /** Registered channels, archived ones included (their tags still count as themselves): tag → facts, in the tenant's order. */
  channels: ReadonlyMap<string, ChannelFacts>;
  helplineName: (id: string) => string;
  suppress: boolean;
}

/**
 * The values each mode can produce, per dimension split by mode. The teen
 * mode does not ask the age — its band is 10代 by definition (the check
 * flow sets it) — and each mode offers only its own topics, so 10代モード ×
 * 20代 or 本人モード × いじめ are structural zeros. Listing them would publish
 * impossible rows as 「5未満」 and, inside an additive group, force real cells
 * to be hidden with them. A mode about someone else (家族) asks who they are
 * and their age, never a gender (its completions count as 答えない), and it
 * is the only kind of mode with a relationship. Derived from each mode's
 * spec (its fixed age band, its topics, `aboutOther`) and its instrument's
 * bands, so a new mode brings its own.
 */
export interface ModeValues {
  ageBands: readonly AgeBand[];
  genders: readonly Gender[];
  topics: readonly Topic[];
  bands: readonly Band[];
  /** Empty unless the mode is about someone else. */
  relationships: readonly Relationship[];
}
const valuesOf = (mode: Mode): ModeValues => {
  const { fixedAgeBand, aboutOther } = modeSpec(mode);
  return {
    ageBands: fixedAgeBand ? [fixedAgeBand] : AGE_BANDS,
    genders: aboutOther ? ['na'] : GENDERS,
    topics: topicsForMode(mode),
    // Every instrument's band ids are counter keys (BANDS): the mode registry's unit test holds them to it.
    bands: instrumentFor(mode).result.bands.map((b) => b.id as Band),
    relationships: aboutOther ? RELATIONSHIPS : [],
  };
};
export const MODE_VALUES = Object.fromEntries(MODES.map((mode) => [mode, valuesOf(mode)])) as Record<Mode, ModeValues>;

type TallyKey = { [K in keyof Figures]: Figures[K] extends number ? never : K }[keyof Figures];

export const buildSections = (cur: Figures, prev: Figures, ctx: SectionContext): ReportSection[] => {
  const line = (key: string, label: string, c: number, p: number) => countLine(key, label, c, p, ctx.suppress);
  const fromTally = (tally: TallyKey, keys: readonly (string | number)[], label: (key: string) => string): ReportLine[] =>
    keys.map((k) => {
      const key = String(k);
      const c = (cur[tally] as Record<string, number | undefined>)[key] ?? 0;
      const p = (prev[tally] as Record<string, number | undefined>)[key] ?? 0;
      return line(key, label(key), c, p);
    });
  const byMode = (tally: TallyKey, values: (mode: Mode) => readonly string[], label: (mode: Mode, value: string) => string) =>
    fromTally(tally, MODES.flatMap((mode) => values(mode).map((v) => `${mode}|${v}`)), (key) => {
      const [mode = '', value = ''] = key.split('|');
      return `${MODE_LABELS[mode as Mode]}・${label(mode as Mode, value)}`;
    });
  const named = (labels: Record<string, string>) => (_: Mode, value: string) => labels[value] ?? value;
  // Taps after a result, per band of each instrument (its modes together), then taps before any result.
  const tapBandKeys = [...REPORTED_INSTRUMENTS.flatMap((instrument) => MODE_VALUES[modesRunning(instrument)[0] as Mode].bands.map((band) => `${instrument}|${band}`)), 'none'];
  const tapBandLabel = (key: string) => {
    if (key === 'none') return NO_RESULT_LABEL;
    const [instrument, band] = key.split('|') as [(typeof REPORTED_INSTRUMENTS)[number], Band];
    return instrumentBandLabel(instrument, band);
  };
  // Every registered channel, then direct visits and the 未登録 bucket, so rows stay put from report to report.
  const channelKeys = [...ctx.channels.keys(), DIRECT_SRC, UNREGISTERED_KEY];
  const channelLabel = (key: string) => {
    if (key === DIRECT_SRC) return DIRECT_LABEL;
    if (key === UNREGISTERED_KEY) return UNREGISTERED_LABEL;
    const channel = ctx.channels.get(key);
    return channel ? `${channel.label}${channel.archivedOn ? ARCHIVED_MARK : ''}` : key;
  };
  const helplineKeys = [...new Set([...Object.keys(cur.tapsByHelpline), ...Object.keys(prev.tapsByHelpline)])].sort();
  const flaggedTotal = (f: Figures) => Object.values(f.safetyFlaggedByMode).reduce((a, b) => a + (b ?? 0), 0);
  const modeLabel = (key: string) => MODE_LABELS[key as Mode] ?? key;
  const languageLabel = (key: string) => LANGUAGE_LABELS[key as keyof typeof LANGUAGE_LABELS] ?? key;

  const viewsByChannel = fromTally('viewsByChannel', channelKeys, channelLabel);
  const completionsByChannel = fromTally('completionsByChannel', channelKeys, channelLabel);
  const channels = channelParts(cur, prev, ctx, viewsByChannel, completionsByChannel);

  const sections: [SectionId, ReportLine[]][] = [
    [
      'summary',
      [
        line('views', 'アクセス数', cur.views, prev.views),
        line('starts', 'チェック開始数', cur.starts, prev.starts),
        line('completions', 'チェック完了数', cur.completions, prev.completions),
        line('safetyFlagged', '安全確認で相談先を優先表示した数', flaggedTotal(cur), flaggedTotal(prev)),
        line('helplineTaps', '相談窓口タップ数', cur.helplineTaps, prev.helplineTaps),
        ratioLine('tapRate', '相談窓口タップ率（完了100件あたり）', { part: cur.helplineTaps, whole: cur.completions }, { part: prev.helplineTaps, whole: prev.completions }, ctx.suppress),
      ],
    ],
    ['viewsByChannel', viewsByChannel],
    ['startsByMode', fromTally('startsByMode', MODES, modeLabel)],
    ['completionsByMode', fromTally('completionsByMode', MODES, modeLabel)],
    ['completionsByModeAge', byMode('byModeAge', (mode) => MODE_VALUES[mode].ageBands, named(AGE_LABELS))],
    ['completionsByModeGender', byMode('byModeGender', (mode) => MODE_VALUES[mode].genders, named(GENDER_LABELS))],
    ['completionsByModeBand', byMode('byModeBand', (mode) => MODE_VALUES[mode].bands, (mode, band) => bandLabel(mode, band as Band))],
    ['completionsByModeRelationship', byMode('byModeRelationship', (mode) => MODE_VALUES[mode].relationships, named(RELATIONSHIP_LABELS))],
    ['safetyFlagsByMode', fromTally('safetyFlaggedByMode', MODES, modeLabel)],
    ['topicsByMode', byMode('byModeTopic', (mode) => MODE_VALUES[mode].topics, named(TOPIC_LABELS))],
    ['completionsByHour', fromTally('completionsByHour', Array.from({ length: 24 }, (_, h) => h), (key) => hourLabel(Number(key)))],
    // Every language the page offers, zeros included; each adds up to its summary figure, never split by channel.
    ['viewsByLanguage', fromTally('viewsByLanguage', LANGS, languageLabel)],
    ['startsByLanguage', fromTally('startsByLanguage', LANGS, languageLabel)],
    ['completionsByLanguage', fromTally('completionsByLanguage', LANGS, languageLabel)],
    ['completionsByChannel', completionsByChannel],
    ...channels.sections,
    ['helplineTaps', fromTally('tapsByHelpline', helplineKeys, ctx.helplineName)],
    ['helplineTapsByBand', fromTally('tapsByBand', tapBandKeys, tapBandLabel)],
  ];
  if (ctx.suppress) complementSuppression([...sections.flatMap(([id, lines]) => additiveGroups(id, lines)), ...channels.groups]);
  // Rates are worked out from the cells as published, so a rate never gives back a hidden count.
  channels.fillRates();
  return sections.map(([id, lines]) => ({ id, title: SECTION_TITLES[id], lines, ...(id === 'viewsByChannel' ? { channels: channels.described } : {}) }));
};

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * A rate per `per` (100: percent, or per 100 copies) from two published
 * cells. Unlike ratioLine, it looks at the cells after complementary
 * suppression: a rate over a count hidden as 「秘匿」 (five or more) would
 * give that count back as surely as one over a 「5未満」 would, so either
 * part hidden hides the rate, marked 「秘匿」 (a rate is not "under 5").
 */
const rateCell = (part: Cell, whole: Cell, per: number): Cell =>
  isHidden(part) || isHidden(whole) ? COMPLEMENT_SUPPRESSED : whole > 0 ? round1((part / whole) * per) : 0;

const rateLine = (key: string, label: string, current: readonly [Cell, Cell], previous: readonly [Cell, Cell], per = 100): ReportLine => {
  const c = rateCell(...current, per);
  const p = rateCell(...previous, per);
  return { key, label, current: c, previous: p, change: typeof c === 'number' && typeof p === 'number' ? round1(c - p) : null, changeRate: null };
};

/**
 * The channel sections beyond views and completions per channel: per kind
 * (「チラシ計」), completion rates, and accesses per 100 copies handed out.
 * Only views and completions are ever split by channel — never age, gender,
 * result, safety or topic — so a code handed to one person cannot make a
 * record of that person. Kinds without a registered channel are structural
 * zeros and left out. Kind totals are checked for suppression with their
 * channels (a kind total and its channels add up, as the kind totals,
 * direct visits and 未登録 add up to all accesses); rates are filled in last.
 */
const channelParts = (cur: Figures, prev: Figures, ctx: SectionContext, views: ReportLine[], completions: ReportLine[]) => {
  const registered = [...ctx.channels.entries()];
  const kinds = CHANNEL_KINDS.filter((kind) => registered.some(([, ch]) => ch.kind === kind));
  const membersOf = (kind: ChannelKind) => registered.filter(([, ch]) => ch.kind === kind).map(([tag]) => tag);
  const sum = (tally: Partial<Record<string, number>>, tags: readonly string[]) => tags.reduce((n, tag) => n + (tally[tag] ?? 0), 0);
  const kindLabel = (kind: ChannelKind) => `${CHANNEL_KIND_LABELS[kind]}計`;
  const kindLines = (tally: 'viewsByChannel' | 'completionsByChannel') =>
    kinds.map((kind) => countLine(kind, kindLabel(kind), sum(cur[tally], membersOf(kind)), sum(prev[tally], membersOf(kind)), ctx.suppress));
  const viewsByKind = kindLines('viewsByChannel');
  const completionsByKind = kindLines('completionsByChannel');
  const byKey = (lines: ReportLine[]) => new Map(lines.map((l) => [l.key, l]));
  const [viewLine, completionLine, kindViews, kindCompletions] = [byKey(views), byKey(completions), byKey(viewsByKind), byKey(completionsByKind)];

  const groups = ([[views, viewsByKind], [completions, completionsByKind]] as const).flatMap(([channelLines, totals]) => {
    const lineOf = byKey(channelLines);
    const outside = [DIRECT_SRC, UNREGISTERED_KEY].map((key) => lineOf.get(key)).filter((l): l is ReportLine => l !== undefined);
    return [
      ...totals.map((total) => [total, ...membersOf(total.key as ChannelKind).map((tag) => lineOf.get(tag)).filter((l): l is ReportLine => l !== undefined)]),
      [...totals, ...outside],
    ];
  });

  const rateByChannel: ReportLine[] = [];
  const per100ByChannel: ReportLine[] = [];
  const rateByKind: ReportLine[] = [];
  const per100ByKind: ReportLine[] = [];
  const copies = (quantity: number | undefined) => (quantity !== undefined && quantity > 0 ? quantity : undefined);
  const fillRates = () => {
    const both = (v: ReportLine, c: ReportLine) => [[c.current, v.current], [c.previous, v.previous]] as const;
    for (const v of views) {
      const c = completionLine.get(v.key);
      if (c) rateByChannel.push(rateLine(v.key, v.label, ...both(v, c)));
      const quantity = copies(ctx.channels.get(v.key)?.quantity);
      if (quantity) per100ByChannel.push(rateLine(v.key, `${v.label}（${quantity.toLocaleString('ja-JP')}部）`, [v.current, quantity], [v.previous, quantity]));
    }
    for (const kind of kinds) {
      const v = kindViews.get(kind);
      const c = kindCompletions.get(kind);
      if (!v || !c) continue;
      rateByKind.push(rateLine(kind, v.label, ...both(v, c)));
      // Per 100 copies only where every channel of the kind says how many went out; otherwise the total would mix in uncounted ones.
      const quantities = membersOf(kind).map((tag) => copies(ctx.channels.get(tag)?.quantity));
      if (quantities.every((q) => q !== undefined)) {
        const quantity = quantities.reduce((a, b) => a + b, 0);
        per100ByKind.push(rateLine(kind, `${v.label}（${quantity.toLocaleString('ja-JP')}部）`, [v.current, quantity], [v.previous, quantity]));
      }
    }
  };

  const sections: [SectionId, ReportLine[]][] = [
    ['completionRateByChannel', rateByChannel],
    ['viewsPer100ByChannel', per100ByChannel],
    ['viewsByChannelKind', viewsByKind],
    ['completionsByChannelKind', completionsByKind],
    ['completionRateByChannelKind', rateByKind],
    ['viewsPer100ByChannelKind', per100ByKind],
  ];
  const described: ReportChannel[] = registered.map(([key, ch]) => ({
    key,
    kind: ch.kind,
    ...(ch.quantity !== undefined ? { quantity: ch.quantity } : {}),
    ...(ch.places !== undefined ? { places: ch.places } : {}),
    archived: ch.archivedOn !== undefined,
  }));
  return { sections, groups, fillRates, described };
};

/** Channel sections whose groups channelParts gives (kind totals) or that hold rates, which add up to nothing. */
const CHANNEL_DERIVED: ReadonlySet<SectionId> = new Set([
  'completionRateByChannel',
  'viewsPer100ByChannel',
  'viewsByChannelKind',
  'completionsByChannelKind',
  'completionRateByChannelKind',
  'viewsPer100ByChannelKind',
]);

/** Sections whose rows are split by mode (`self|30s`): each mode's rows add up to that mode's completions. */
const BY_MODE: ReadonlySet<SectionId> = new Set(['completionsByModeAge', 'completionsByModeGender', 'completionsByModeBand', 'completionsByModeRelationship']);

/**
 * The groups of rows that add up to a figure published elsewhere in the
 * report. The summary lists different things, and topics allow several
 * answers per check, so neither adds up to anything.
 */
const additiveGroups = (id: SectionId, lines: ReportLine[]): ReportLine[][] => {
  if (id === 'summary' || id === 'topicsByMode' || CHANNEL_DERIVED.has(id)) return [];
  if (!BY_MODE.has(id)) return [lines];
  return MODES.map((mode) => lines.filter((line) => line.key.startsWith(`${mode}|`)));
};
