/**
 * @module
 * Lays the figures of a period and of the same period last year out as
 * report sections — the same rows whether they end up as dashboard charts,
 * JSON or CSV. Fixed vocabularies (modes, age bands, results, topics, hours)
 * always list every value, zeros included, so a row is never missing just
 * because nobody fell into it; channels and helplines list every one that
 * was registered or counted — except rows that cannot occur at all
 * (structural zeros, `MODE_VALUES`), which are left out rather than listed
 * as 0 or hidden as 「5未満」.
 */
import { AGE_BANDS, BANDS, DIRECT_SRC, GENDERS, MODES, topicsForMode, type AgeBand, type Mode, type Topic } from '../../../shared/domain';
import type { Figures } from './aggregate';
import { AGE_LABELS, BAND_LABELS, DIRECT_LABEL, GENDER_LABELS, hourLabel, MODE_LABELS, TOPIC_LABELS, UNREGISTERED_KEY, UNREGISTERED_LABEL } from './labels';
import { complementSuppression } from './complement';
import { countLine, ratioLine, type ReportLine } from './lines';

export const SECTION_TITLES = {
  summary: '概要',
  viewsByChannel: 'アクセス数（経路別）',
  startsByMode: 'チェック開始数（モード別）',
  completionsByMode: 'チェック完了数（モード別）',
  completionsByModeAge: 'チェック完了数（モード×年代）',
  completionsByModeGender: 'チェック完了数（モード×性別）',
  completionsByModeBand: 'チェック完了数（モード×結果）',
  safetyFlagsByMode: '安全確認で相談先を優先表示した数（モード別）',
  topicsByMode: '気がかりなこと（モード別・複数回答）',
  completionsByHour: 'チェック完了数（時間帯・日本時間）',
  completionsByChannel: 'チェック完了数（経路別）',
  helplineTaps: '相談窓口タップ数（窓口別）',
  helplineTapsByBand: '相談窓口タップ数（結果別）',
} as const;
export type SectionId = keyof typeof SECTION_TITLES;

export interface ReportSection {
  id: SectionId;
  title: string;
  lines: ReportLine[];
}

export interface SectionContext {
  /** Registered channels: tag → label, in the tenant's order. */
  channels: ReadonlyMap<string, string>;
  helplineName: (id: string) => string;
  suppress: boolean;
}

/**
 * The values each mode can produce, per dimension split by mode. The teen
 * mode does not ask the age — its band is 10代 by definition (the check
 * flow sets it) — and each mode offers only its own topics, so 10代モード ×
 * 20代 or 本人モード × いじめ are structural zeros. Listing them would publish
 * impossible rows as 「5未満」 and, inside an additive group, force real cells
 * to be hidden with them. A `Record` so that a new mode must say its values.
 */
export const MODE_VALUES: Record<Mode, { ageBands: readonly AgeBand[]; topics: readonly Topic[] }> = {
  self: { ageBands: AGE_BANDS, topics: topicsForMode('self') },
  teen: { ageBands: ['10s'], topics: topicsForMode('teen') },
};

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
  const byMode = (tally: TallyKey, values: (mode: Mode) => readonly string[], labels: Record<string, string>) =>
    fromTally(tally, MODES.flatMap((mode) => values(mode).map((v) => `${mode}|${v}`)), (key) => {
      const [mode = '', value = ''] = key.split('|');
      return `${MODE_LABELS[mode as Mode]}・${labels[value] ?? value}`;
    });
  // Every registered channel, then direct visits and the 未登録 bucket, so rows stay put from report to report.
  const channelKeys = [...ctx.channels.keys(), DIRECT_SRC, UNREGISTERED_KEY];
  const channelLabel = (key: string) => (key === DIRECT_SRC ? DIRECT_LABEL : key === UNREGISTERED_KEY ? UNREGISTERED_LABEL : (ctx.channels.get(key) ?? key));
  const helplineKeys = [...new Set([...Object.keys(cur.tapsByHelpline), ...Object.keys(prev.tapsByHelpline)])].sort();
  const flaggedTotal = (f: Figures) => Object.values(f.safetyFlaggedByMode).reduce((a, b) => a + (b ?? 0), 0);
  const modeLabel = (key: string) => MODE_LABELS[key as Mode] ?? key;

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
    ['viewsByChannel', fromTally('viewsByChannel', channelKeys, channelLabel)],
    ['startsByMode', fromTally('startsByMode', MODES, modeLabel)],
    ['completionsByMode', fromTally('completionsByMode', MODES, modeLabel)],
    ['completionsByModeAge', byMode('byModeAge', (mode) => MODE_VALUES[mode].ageBands, AGE_LABELS)],
    ['completionsByModeGender', byMode('byModeGender', () => GENDERS, GENDER_LABELS)],
    ['completionsByModeBand', byMode('byModeBand', () => BANDS, BAND_LABELS)],
    ['safetyFlagsByMode', fromTally('safetyFlaggedByMode', MODES, modeLabel)],
    ['topicsByMode', byMode('byModeTopic', (mode) => MODE_VALUES[mode].topics, TOPIC_LABELS)],
    ['completionsByHour', fromTally('completionsByHour', Array.from({ length: 24 }, (_, h) => h), (key) => hourLabel(Number(key)))],
    ['completionsByChannel', fromTally('completionsByChannel', channelKeys, channelLabel)],
    ['helplineTaps', fromTally('tapsByHelpline', helplineKeys, ctx.helplineName)],
    ['helplineTapsByBand', fromTally('tapsByBand', [...BANDS, 'none'], (key) => BAND_LABELS[key as keyof typeof BAND_LABELS])],
  ];
  if (ctx.suppress) complementSuppression(sections.flatMap(([id, lines]) => additiveGroups(id, lines)));
  return sections.map(([id, lines]) => ({ id, title: SECTION_TITLES[id], lines }));
};

/** Sections whose rows are split by mode (`self|30s`): each mode's rows add up to that mode's completions. */
const BY_MODE: ReadonlySet<SectionId> = new Set(['completionsByModeAge', 'completionsByModeGender', 'completionsByModeBand']);

/**
 * The groups of rows that add up to a figure published elsewhere in the
 * report. The summary lists different things, and topics allow several
 * answers per check, so neither adds up to anything.
 */
const additiveGroups = (id: SectionId, lines: ReportLine[]): ReportLine[][] => {
  if (id === 'summary' || id === 'topicsByMode') return [];
  if (!BY_MODE.has(id)) return [lines];
  return MODES.map((mode) => lines.filter((line) => line.key.startsWith(`${mode}|`)));
};
