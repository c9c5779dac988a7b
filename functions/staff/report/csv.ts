/**
 * @module
 * The report as a CSV file Excel in Japan opens correctly with a double
 * click: UTF-8 with a byte-order mark, CRLF line ends, Japanese headers, one
 * row per period × dimension. Written with csv-stringify so quoting of
 * labels with commas or quotes is never hand-rolled. The full (庁内用) and
 * the published (公表用) file must never be mistaken for each other once
 * saved, so each says what it is twice: in its file name and in its first
 * line, with the municipality, the period and when it was made; the
 * published one ends with notes saying what its marks mean.
 */
import { stringify } from 'csv-stringify/sync';
import { fiscalYearOf, isLastDayOfMonth, parseYm } from '../../../shared/periods';
import { jstParts } from '../../../shared/time';
import type { Report } from './build';
import type { PrefectureReport } from '../prefecture/report';
import { AGE_BANDS, MODES } from '../../../shared/domain';
import { modeSpec } from '../../../shared/modes';
import { indicatorCsvLines } from './indicators';
import { AGE_LABELS, eraDateLabel, LANGUAGE_NOTE, excelSafe, eraFiscalCode, eraPeriodLabel, MODE_LABELS, slashDate } from './labels';
import { COMPLEMENT_SUPPRESSED, MARK_NOTES, SUPPRESSED, type ReportLine } from './lines';
import type { MonthlyPoint } from './monthly';
import { MODE_VALUES } from './sections';
import { NOT_RECORDED, trendCsvLines, type Trend } from './trend';

export const CSV_COLUMNS = ['期間', '区分', '項目', '件数', '前年度同期間', '増減', '増減率（%）', '比較期間'] as const;
export const BOM = '\uFEFF';
/** The first cell of every note line at the end of the file. */
export const NOTE_PREFIX = '※';

export type CsvKind = 'internal' | 'public';
export const CSV_KINDS: Record<CsvKind, { ja: string; ascii: string }> = {
  internal: { ja: '庁内用', ascii: 'internal' },
  public: { ja: '公表用', ascii: 'public' },
};
export const csvKindOf = (report: Report): CsvKind => (report.suppressed ? 'public' : 'internal');

/** Lines another part of the report adds to the file (the plan's indicators), as their own 区分. */
export interface CsvSection {
  title: string;
  lines: readonly ReportLine[];
}

export interface CsvContext {
  /** The municipality's Japanese name from the tenant registry, e.g. 松戸市. */
  municipality: string;
  /** When the file is made; written in Japan time. */
  generatedAt: Date;
  /** Written after the report's sections and before 月別, with the same period and marks. */
  extraSections?: readonly CsvSection[];
  /** The fiscal years' trend (./trend), written after 月別 as 「年度推移」. */
  trend?: Trend;
}


const generatedLabel = (at: Date): string => {
  const t = jstParts(at);
  return `${eraDateLabel(t.date)} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}（日本時間）`;
};

/** A month of the 月別 rows: 「令和8年4月（2026年4月）」, or with its days when the period cut it short. */
const monthCell = (label: string, month: string, start: string, end: string): string => {
  const { year, month: m } = parseYm(month);
  return start.endsWith('-01') && isLastDayOfMonth(end) ? `${label}（${year}年${m}月）` : `${label}（${slashDate(start)}～${slashDate(end)}）`;
};

const titleLine = (report: Report, context: CsvContext, period: string): string => {
  const kind = csvKindOf(report);
  const what =
    kind === 'public'
      ? `【${CSV_KINDS.public.ja}】5件未満の数と、そこから逆算できる数を伏せた集計です`
      : `【${CSV_KINDS.internal.ja}】全数の集計です。小さい数も伏せていないため、このまま公表しないでください（公表には公表用CSVを使ってください）`;
  return `${what}　${context.municipality}　セルフチェック利用状況　期間：${period}　出力日時：${generatedLabel(context.generatedAt)}`;
};

const notes = (report: Report): string[] => [
  ...(report.suppressed ? [MARK_NOTES[SUPPRESSED], MARK_NOTES[COMPLEMENT_SUPPRESSED]] : []),
  ...MODES.filter((mode) => MODE_VALUES[mode].ageBands.length < AGE_BANDS.length).map((mode) => {
    const bands = MODE_VALUES[mode].ageBands.map((band) => AGE_LABELS[band]).join('・');
    return `${MODE_LABELS[mode]}は年代を尋ねない（すべて${bands}）ため、${MODE_LABELS[mode]}の他の年代の行はありません。`;
  }),
  '気がかりなことは、各モードで選べる項目だけを載せています。',
  ...MODES.filter((mode) => modeSpec(mode).aboutOther).map(
    (mode) =>
      `${MODE_LABELS[mode]}は、ほかの人を気にかけている方が使うモードです。年代と相手との関係は気にかけている相手のもの、気がかりなことは選ばれたサイン、結果は選ばれたサインの数で、性別は尋ねていません（すべて答えない）。`,
  ),
  LANGUAGE_NOTE,
  '月別の行は、同じ月の前年（例：令和8年4月と令和7年4月）と比べています。',
  ...exclusionNotes(report),
];

/** A run of days in 令和: 「令和8年11月3日」 or 「令和8年11月3日～令和8年11月4日」. */
const dayRunLabel = (from: string, to: string) => (from === to ? eraDateLabel(from) : `${eraDateLabel(from)}～${eraDateLabel(to)}`);

/**
 * What the figures leave out, and the hours flagged for a look. The reason an admin wrote and the hours'
 * counts are for the 庁内用 file only; the 公表用 file says which days are left out, never why.
 */
export const exclusionNotes = (report: Report): string[] => [
  ...report.exclusions.map((e) =>
    report.suppressed
      ? `${dayRunLabel(e.from, e.to)}の記録は、集計から除いています。`
      : `${dayRunLabel(e.from, e.to)}の記録は、集計から除いています（理由：${e.reason}。${eraDateLabel(e.createdOn)}に除外。記録は消していません）。`,
  ),
  ...(report.suppressed
    ? []
    : report.flaggedHours.filter((f) => !f.excluded).map(
        (f) => `${eraDateLabel(f.day)} ${f.hour}時台の完了数（${f.completions}件）は、ふだんの最も多い時間帯を大きく超えています（目安${f.threshold}件以上）。確認のため印をつけています（集計には含まれています）。`,
      )),
];

const TREND_NOTES = [
  `年度推移の行は、前の年度の同じ月と比べています（途中の年度は前月末まで）。「${NOT_RECORDED}」は、その年度の記録がないことを示します（0件ではありません）。`,
];

export const reportCsv = (report: Report, context: CsvContext): string => {
  const { period } = report;
  const periodCell = eraPeriodLabel(period.start, period.end, period.requestedEnd);
  // 「令和7年度同期間（…）」; a range across two fiscal years has no such name, so its days are written in 令和.
  const compareCell = period.previousLabel.startsWith('前年')
    ? `${period.previousLabel}：${eraPeriodLabel(period.previousStart, period.previousEnd)}`
    : `${period.previousLabel}（${slashDate(period.previousStart)}～${slashDate(period.previousEnd)}）`;
  const row = (when: string, section: string, line: ReportLine, compare: string) =>
    [excelSafe(when), excelSafe(section), excelSafe(line.label), line.current, line.previous, line.change ?? '', line.changeRate ?? '', excelSafe(compare)];
  const monthRows = (point: MonthlyPoint) => {
    const when = monthCell(point.label, point.month, point.start, point.end);
    const compare = monthCell(point.previousLabel, point.previousMonth, point.previousStart, point.previousEnd);
    return point.lines.map((line) => row(when, '月別', line, compare));
  };
  const sections = [...report.sections, ...(context.extraSections ?? [])];
  const records = [
    ...sections.flatMap((section) => section.lines.map((line) => row(periodCell, section.title, line, compareCell))),
    ...report.monthly.flatMap(monthRows),
    ...(context.trend ? trendCsvLines(context.trend) : []),
    ...indicatorCsvLines(report),
  ];
  return (
    BOM +
    stringify([[titleLine(report, context, periodCell)]], { record_delimiter: 'windows' }) +
    stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' }) +
    stringify([...notes(report), ...(context.trend ? TREND_NOTES : [])].map((note) => [`${NOTE_PREFIX}${note}`]), { record_delimiter: 'windows' })
  );
};

/**
 * The fiscal period in a file name, ASCII: `R8-04-11` (令和8年度, April to
 * November, by the months counted), `R8-06` (one month), `R8-0601-0615`
 * (days), `R7-03_R8-04` (across two fiscal years). The era code names the
 * fiscal year, so `R8-04-03` is the whole of 令和8年度.
 */
export const periodCode = (start: string, end: string, requestedEnd = end): string => {
  const days = !(start.endsWith('-01') && isLastDayOfMonth(requestedEnd));
  const part = (ymd: string) => (days ? ymd.slice(5).replace('-', '') : ymd.slice(5, 7));
  const [fyStart, fyEnd] = [fiscalYearOf(start), fiscalYearOf(end)];
  if (fyStart !== fyEnd) return `${eraFiscalCode(fyStart)}-${part(start)}_${eraFiscalCode(fyEnd)}-${part(end)}`;
  return part(start) === part(end) ? `${eraFiscalCode(fyStart)}-${part(start)}` : `${eraFiscalCode(fyStart)}-${part(start)}-${part(end)}`;
};

/** `kokoro-check_matsudo_R8-04-11_公表用.csv`, and its ASCII twin `…_public.csv` for old clients. */
export const csvFileName = (report: Report): { name: string; ascii: string } => {
  const base = `kokoro-check_${report.tenant}_${periodCode(report.period.start, report.period.end, report.period.requestedEnd)}`;
  const kind = CSV_KINDS[csvKindOf(report)];
  return { name: `${base}_${kind.ja}.csv`, ascii: `${base}_${kind.ascii}.csv` };
};

/** Content-Disposition with an ASCII `filename` and the Japanese name as RFC 5987 `filename*`. */
export const csvContentDisposition = (report: Report): string => {
  const { name, ascii } = csvFileName(report);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

/** Columns of the prefecture file: one row per town (and the total) × figure. */
export const PREFECTURE_CSV_COLUMNS = ['期間', '項目', '市町村', '件数', '前年度同期間', '増減', '増減率（%）', '人口10万人あたり', '前年度同期間（人口10万人あたり）', '人口（基準日・出典）'] as const;

/**
 * The prefecture report as CSV, 公表用 throughout (every town cell follows the 公表用 rules), the same BOM,
 * CRLF and title line as a town's file; named `kokoro-check_pref-chiba_R8-04-11_公表用.csv`.
 */
export const prefectureCsv = (report: PrefectureReport, generatedAt: Date): { body: string; disposition: string } => {
  const { period } = report;
  const periodCell = eraPeriodLabel(period.start, period.end, period.requestedEnd);
  const townOf = new Map(report.towns.map((t) => [t.id, t]));
  const populationCell = (id: string) => {
    const town = townOf.get(id);
    return town?.population ? `${town.population.residents}人（${eraDateLabel(town.population.asOf)}、${town.population.source}）` : (town?.populationNote ?? '');
  };
  const rate = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
  const records = report.metrics.flatMap((m) => [
    [excelSafe(periodCell), excelSafe(m.label), excelSafe(m.total.label), m.total.current, m.total.previous, m.total.change ?? '', m.total.changeRate ?? '', '', '', ''],
    ...m.byTown.map((line) => [
      excelSafe(periodCell),
      excelSafe(m.label),
      excelSafe(line.label),
      line.current,
      line.previous,
      line.change ?? '',
      line.changeRate ?? '',
      rate(m.perPopulation[line.key]?.current),
      rate(m.perPopulation[line.key]?.previous),
      excelSafe(populationCell(line.key)),
    ]),
  ]);
  const { entry } = report;
  records.push([excelSafe(periodCell), '入口ページの表示数', excelSafe(entry.label), entry.current, entry.previous, entry.change ?? '', entry.changeRate ?? '', '', '', '']);
  const title = `【${CSV_KINDS.public.ja}】5件未満の数と、そこから逆算できる数を伏せた集計です（市町村ごと）　${report.prefecture.name}　セルフチェック利用状況　期間：${periodCell}　出力日時：${generatedLabel(generatedAt)}`;
  const noteLines = [MARK_NOTES[SUPPRESSED], MARK_NOTES[COMPLEMENT_SUPPRESSED], '人口10万人あたりの数値は、公式な人口の数値がある市町村だけに載せています。伏せた数の市町村は空欄です。'];
  const body =
    BOM +
    stringify([[title]], { record_delimiter: 'windows' }) +
    stringify(records, { header: true, columns: [...PREFECTURE_CSV_COLUMNS], record_delimiter: 'windows' }) +
    stringify(noteLines.map((note) => [`${NOTE_PREFIX}${note}`]), { record_delimiter: 'windows' });
  const base = `kokoro-check_pref-${report.prefecture.id}_${periodCode(period.start, period.end, period.requestedEnd)}`;
  const disposition = `attachment; filename="${base}_${CSV_KINDS.public.ascii}.csv"; filename*=UTF-8''${encodeURIComponent(`${base}_${CSV_KINDS.public.ja}.csv`)}`;
  return { body, disposition };
};
