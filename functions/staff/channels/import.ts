/**
 * @module
 * Registering many channels at once (31 schools' clear files) from CSV text
 * an admin pastes or uploads: `tag,label,kind,quantity,places`, one channel a
 * line, an optional header line. Read strictly — RFC 4180 quoting, nothing
 * guessed — and every row checked with the same schema a single
 * registration uses. Any bad row refuses the whole file, each problem named
 * by the line number Excel shows, in Japanese, because an admin reads them
 * to fix the file; nothing is saved unless every row is good. The dashboard
 * runs the same check before sending, so the list it shows is the list the
 * server will accept.
 *
 * A hand-written parser rather than csv-parse: csv-parse is a development
 * dependency here and would add about 30 KB to the staff function's cold
 * start, for a five-column format. It is pinned against csv-parse in the
 * unit tests.
 */
import { DIRECT_SRC } from '../../../shared/domain';
import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, IMPORT_COLUMNS, IMPORT_COLUMNS_JA, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, type ChannelKind } from './kinds';
import { channelInput, MAX_CHANNELS_PER_TENANT, MAX_QUANTITY, type ChannelInput } from './schema';

export { IMPORT_COLUMNS, IMPORT_COLUMNS_JA, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS };

export interface ImportProblem {
  /** The line of the file (1 = first line, the header if there is one), as Excel numbers rows; 0 for the file as a whole. */
  line: number;
  /** A Japanese sentence for the admin. */
  message: string;
}

export type ImportResult = { ok: true; channels: ChannelInput[] } | { ok: false; problems: ImportProblem[] };

interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF, a field in
 * double quotes may hold commas, line breaks and doubled quotes. A quote
 * inside an unquoted field, or text after a closing quote, is refused rather
 * than guessed at. Blank lines are skipped. Returns records with the line
 * each starts on.
 */
export const parseCsv = (text: string): { records: CsvRecord[] } | { problem: ImportProblem } => {
  const records: CsvRecord[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (src[i] === '"') {
        i++;
        for (;;) {
          if (i >= src.length) return { problem: { line: start, message: `${start}行目：「"」で始まる項目が閉じられていません。` } };
          const ch = src[i]!;
          if (ch === '"') {
            if (src[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          return { problem: { line, message: `${line}行目：「"」で囲んだ項目の後ろに、区切りのカンマ以外の文字があります。` } };
        }
      } else {
        while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          if (src[i] === '"') return { problem: { line, message: `${line}行目：項目の途中に「"」があります。「"」を含む項目は全体を「"」で囲み、中の「"」は2つ重ねてください。` } };
          cell += src[i];
          i++;
        }
      }
      cells.push(cell);
      if (src[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (src[i] === '\r') i++;
    if (src[i] === '\n') i++;
    line++;
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: start, cells });
  }
  return { records };
};

const KIND_BY_NAME: ReadonlyMap<string, ChannelKind> = new Map(
  CHANNEL_KINDS.flatMap((kind) => [
    [kind, kind],
    [CHANNEL_KIND_LABELS[kind].normalize('NFKC').toLowerCase(), kind],
  ]),
);

/** A kind written as its code (`flyer`) or its Japanese name (チラシ, ＳＮＳ). */
export const kindOf = (text: string): ChannelKind | undefined => KIND_BY_NAME.get(text.normalize('NFKC').trim().toLowerCase());

/** 「6796」「6,796」「６７９６」 as 6796; empty as absent; anything else as NaN, so the schema refuses it. */
const countOf = (text: string): number | undefined => {
  const t = text.normalize('NFKC').trim();
  if (t === '') return undefined;
  return /^(\d+|\d{1,3}(,\d{3})+)$/.test(t) ? Number(t.replaceAll(',', '')) : Number.NaN;
};

const FIELD_RULES: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  tag: `タグは半角の英小文字・数字・ハイフンで1～40文字にしてください（先頭は英小文字か数字。「${DIRECT_SRC}」だけのタグは使えません）`,
  label: '名前は1～60文字で、改行などの制御文字を含めないでください',
  kind: `種類は ${CHANNEL_KINDS.map((k) => CHANNEL_KIND_LABELS[k]).join('・')} のいずれか（または ${CHANNEL_KINDS.join('・')}）にしてください`,
  quantity: `部数は0以上の整数（${MAX_QUANTITY.toLocaleString('ja-JP')}まで）にするか、空欄にしてください`,
  places: `配布先の数は0以上の整数（${MAX_QUANTITY.toLocaleString('ja-JP')}まで）にするか、空欄にしてください`,
};

const isHeader = (cells: readonly string[]) => {
  const first = cells[0]?.normalize('NFKC').trim().toLowerCase();
  return first === IMPORT_COLUMNS[0] || first === IMPORT_COLUMNS_JA[0];
};

/**
 * Reads and checks a whole import against the tenant's channels as they
 * are (`existing`: every registered tag, archived ones included). Every
 * problem is reported, not only the first, so one round of corrections
 * is enough.
 */
export const readChannelImport = (text: string, existing: ReadonlySet<string>): ImportResult => {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problems: [{ line: 0, message: `ファイルが大きすぎます（${MAX_IMPORT_CHARS.toLocaleString('ja-JP')}文字まで）。分けて取り込んでください。` }] };
  const parsed = parseCsv(text);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  const records = parsed.records[0] && isHeader(parsed.records[0].cells) ? parsed.records.slice(1) : parsed.records;
  if (records.length === 0) return { ok: false, problems: [{ line: 0, message: '取り込む行がありません。1行に1つの経路を「タグ,名前,種類,部数,配布先の数」の順に書いてください。' }] };
  if (records.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ line: 0, message: `一度に取り込めるのは${MAX_IMPORT_ROWS}行までです（このファイルは${records.length}行）。ファイルを分けてください。` }] };
  if (existing.size + records.length > MAX_CHANNELS_PER_TENANT) {
    return { ok: false, problems: [{ line: 0, message: `登録できる経路は、アーカイブ済みを含めて${MAX_CHANNELS_PER_TENANT}件までです（登録済み${existing.size}件、取り込み${records.length}件）。` }] };
  }

  const problems: ImportProblem[] = [];
  const channels: ChannelInput[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.length < 3 || cells.length > IMPORT_COLUMNS.length) {
      problems.push({ line, message: `${line}行目：項目の数が${cells.length}つです。「タグ,名前,種類」の3つ、または部数・配布先の数を加えた5つまでにしてください。` });
      continue;
    }
    const [tag = '', label = '', kind = '', quantity = '', places = ''] = cells;
    const candidate = { tag: tag.trim(), label, kind: kindOf(kind) ?? kind.trim(), quantity: countOf(quantity), places: countOf(places) };
    const row = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
    const checked = channelInput.safeParse(row);
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((issue) => String(issue.path[0]) as keyof typeof FIELD_RULES))];
      for (const field of fields) problems.push({ line, message: `${line}行目：${FIELD_RULES[field] ?? '内容を確かめてください'}。` });
      continue;
    }
    const earlier = seen.get(checked.data.tag);
    if (earlier !== undefined) problems.push({ line, message: `${line}行目：タグ「${checked.data.tag}」は${earlier}行目と同じです。タグは経路ごとに別にしてください。` });
    else if (existing.has(checked.data.tag)) problems.push({ line, message: `${line}行目：タグ「${checked.data.tag}」はすでに登録されています（アーカイブ済みを含む）。別のタグにしてください。` });
    seen.set(checked.data.tag, earlier ?? line);
    channels.push(checked.data);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, channels };
};
