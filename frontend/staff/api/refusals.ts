/**
 * @module
 * What the dashboard says when the staff API refuses or cannot be reached:
 * one calm Japanese sentence per stable `error` code the API answers with,
 * then per HTTP status for a code this page does not know. The server's own
 * `message` is English and written for developers, so it is never shown; a
 * code nobody foresaw still reads as plain Japanese, not as a number.
 */

/** The codes functions/staff and functions/auth answer with, plus `network` for no answer at all. */
const BY_CODE: Record<string, string> = {
  unauthorized: 'ログインの有効期限が切れたか、ログインを確認できませんでした。もう一度ログインしてください。',
  forbidden: 'このアカウントには、この操作をする権限がありません。必要な場合は、担当の管理者に権限を依頼してください。',
  invalid_query: '指定された集計期間では集計できません。期間を選び直してください。',
  invalid_body: '入力された内容を受け付けられませんでした。入力を確かめてください。',
  not_found: '対象が見つかりませんでした。すでに削除された可能性があります。画面を読み込み直してください。',
  conflict: 'このタグはすでに登録されています。別のタグにしてください。',
  limit_reached: '登録できる経路の数の上限（アーカイブ済みを含めて500件）に達しています。システム担当者に相談してください。',
  exclusion_limit: '除外できる期間の数の上限（取り消したものを含めて100件）に達しています。システム担当者に相談してください。',
  invalid_import: '取り込めませんでした。ファイルの内容を確かめてください。どの経路も登録していません。',
  archived: 'この経路はアーカイブ済みのため、QRコードをダウンロードできません。使う場合は、管理者がアーカイブから戻してください。',
  not_configured: 'この形式のファイルは、いまは作れません。SVG形式を使うか、システム担当者に連絡してください。',
  payload_too_large: '送った内容が大きすぎます。短くしてからもう一度お試しください。',
  store_unavailable: '集計データの読み出しが混み合っています。少し待ってから、もう一度お試しください。',
  auth_unavailable: 'ログインの確認が一時的にできません。少し待ってから、もう一度お試しください。',
  internal_error: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。続くときはシステム担当者に連絡してください。',
  network: 'サーバーに接続できませんでした。ネットワークの接続を確かめて、もう一度お試しください。',
};

const GENERIC = '処理を完了できませんでした。時間をおいて、もう一度お試しください。';

const byStatus = (status: number): string => {
  if (status === 401) return BY_CODE.unauthorized ?? GENERIC;
  if (status === 403) return BY_CODE.forbidden ?? GENERIC;
  if (status === 404) return BY_CODE.not_found ?? GENERIC;
  if (status === 413) return BY_CODE.payload_too_large ?? GENERIC;
  if (status === 429) return 'アクセスが集中しています。少し待ってから、もう一度お試しください。';
  if (status >= 500) return BY_CODE.internal_error ?? GENERIC;
  return GENERIC;
};

/** The Japanese sentence for a refusal: by its code when known, otherwise by its status (0 = no answer). */
export const refusalText = (code: string, status: number): string =>
  (Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined) ?? (status === 0 ? (BY_CODE.network ?? GENERIC) : byStatus(status));

/** Shown on the sign-in screen when the token runs out or the API stops accepting it mid-session. */
export const SIGNED_OUT_EXPIRED = 'ログインの有効期限が切れました。もう一度ログインしてください。';

/**
 * The sentence for any failure a call can end in. Refusals already carry
 * theirs; an error the page did not expect (a broken answer, a bug) gets the
 * generic one, never its own English message.
 */
export const reasonOf = (error: unknown): string =>
  error instanceof Error && error.name === 'StaffApiError' ? error.message : GENERIC;
