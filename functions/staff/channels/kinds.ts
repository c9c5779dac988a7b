/**
 * @module
 * The words of channels, with no validator attached, so the dashboard can
 * name kinds and columns without carrying zod: the kinds and their Japanese
 * names (「チラシ計」 in reports, the admin form, the import file), the mark an
 * archived channel's label gets, and the import file's columns and limits
 * (here rather than in ./import, so the route that checks a body's size does
 * not load the importer before it is used).
 */
export const CHANNEL_KINDS = ['sticker', 'flyer', 'school', 'web', 'sns', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  sticker: 'ステッカー',
  flyer: 'チラシ',
  school: '学校配布物',
  web: 'ウェブ',
  sns: 'SNS',
  other: 'その他',
};

/** Written after an archived channel's label wherever its figures appear. */
export const ARCHIVED_MARK = '（アーカイブ済み）';

export const IMPORT_COLUMNS = ['tag', 'label', 'kind', 'quantity', 'places'] as const;
/** The same columns as an admin may head them in Japanese. */
export const IMPORT_COLUMNS_JA = ['タグ', '名前', '種類', '部数', '配布先の数'] as const;
/** DynamoDB writes at most 100 items in one transaction, which is what makes an import all-or-nothing. */
export const MAX_IMPORT_ROWS = 100;
/** Far more than 100 short rows; a larger paste is a wrong file. */
export const MAX_IMPORT_CHARS = 100_000;
