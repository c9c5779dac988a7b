/**
 * @module
 * How the helpline re-checking list reads on the dashboard: the status in
 * the words staff use (要確認（古い） for a line verified too long ago, 未確認
 * for one never confirmed), dates as the rest of the dashboard writes them,
 * and a source link only for a web address — a `javascript:` or other
 * address in the data must never become something an admin can click.
 */
import type { ReviewedHelpline } from '../api';

export const STATUS_LABELS: Record<ReviewedHelpline['status'], string> = { stale: '要確認（古い）', unverified: '未確認', ok: '確認済み' };

/** The address to link and the host to show, or `undefined` when the source is missing or not a web page. */
export const sourceLink = (sourceUrl: string | null): { href: string; host: string } | undefined => {
  if (sourceUrl === null) return undefined;
  try {
    const url = new URL(sourceUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { href: url.href, host: url.hostname } : undefined;
  } catch {
    return undefined;
  }
};

/** 「1年2か月前」, 「3か月前」, 「12日前」, 「今日」. */
export const agoText = ({ months, days }: ReviewedHelpline['age']): string => {
  if (months === 0) return days === 0 ? '今日' : `${days}日前`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years > 0 ? `${years}年` : ''}${rest > 0 ? `${rest}か月` : ''}前`;
};

/**
 * The words before the re-check date under the verified date; none for an
 * unverified line, which needs checking now whatever its date says.
 */
export const recheckLabel = (status: ReviewedHelpline['status']): string | undefined =>
  status === 'stale' ? '再確認の期限切れ：' : status === 'ok' ? '再確認の期限：' : undefined;
