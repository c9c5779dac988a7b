/**
 * @module
 * Audit entries as an admin reads them: the time in Japan in 令和, the
 * account by its sign-in name and role, the action in plain Japanese with
 * what came of it, and what it was done to (a period in 令和, 庁内用 or
 * 公表用, a channel's tag and the QR file). The words live here, one per
 * action, so a new action is a type error until it has them.
 */
import type { AuditAction, AuditEntry } from '../../../functions/staff/audit/schema';
import { LANGUAGE_LABELS } from '../../../functions/staff/report/labels';
import { isLang } from '../../../shared/languages';
import { reiwaSpan } from './format';

export const ACTION_WORDS: Record<AuditAction, string> = {
  'report.view': '集計を表示',
  'report.csv': 'CSVを保存',
  'report.trend': '年度ごとの推移を表示',
  'qr.download': 'QRコードを保存',
  'channel.add': '経路を登録',
  'channel.edit': '経路を変更',
  'channel.archive': '経路の利用を終了',
  'channel.restore': '経路を元に戻す',
  'channel.import': '経路を一括登録',
  'exclusion.add': '期間を集計から除外',
  'exclusion.withdraw': '集計からの除外を取り消し',
  'audit.view': '操作記録を表示',
};

const KIND_WORDS = { full: '庁内用', public: '公表用' } as const;
const SIZE_WORDS: Record<string, string> = { sticker: 'ステッカー', a4: 'A4' };

const dateTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Tokyo' });
const monthOnly = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' });

/** 「令和8年6月1日 9:00:05」, Japan time. */
export const auditTimeText = (iso: string): string => dateTime.format(new Date(iso));

/** 「令和8年6月」 from `2026-06`. */
export const auditMonthText = (ym: string): string => {
  const [y, m] = ym.split('-').map(Number);
  return monthOnly.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, 15)));
};

export const roleText = (role: AuditEntry['role']): string => (role === 'admin' ? '管理者' : '職員');

/** The action, with the outcome when it was not plain success. */
export const actionText = (entry: Pick<AuditEntry, 'action' | 'target' | 'status'>): string => {
  const kind = entry.target.kind && (entry.action === 'report.csv' || entry.target.kind === 'public') ? `（${KIND_WORDS[entry.target.kind]}）` : '';
  const outcome = entry.status === 403 ? '：権限がないため拒否' : entry.status >= 500 ? '：処理できず（結果不明）' : '';
  return `${ACTION_WORDS[entry.action]}${kind}${outcome}`;
};

/** What the action was done to, e.g. 「令和8年4月～5月」 or 「経路 flyer-a（SVG・A4・中国語）」; 「—」 when nothing is recorded. */
export const targetText = ({ target }: Pick<AuditEntry, 'target'>): string => {
  const parts: string[] = [];
  const [start, end] = target.period?.split('/') ?? [];
  if (start && end) parts.push(reiwaSpan(start, end));
  if (target.tag) {
    const lang = target.lang === undefined ? undefined : isLang(target.lang) ? LANGUAGE_LABELS[target.lang] : target.lang;
    const file = [target.format?.toUpperCase(), target.size === undefined ? undefined : (SIZE_WORDS[target.size] ?? target.size), lang].filter(Boolean).join('・');
    parts.push(`経路 ${target.tag}${file ? `（${file}）` : ''}`);
  }
  if (target.month) parts.push(`${auditMonthText(target.month)}分`);
  if (target.exclusion) parts.push(`除外 ${target.exclusion.slice(0, 8)}`);
  return parts.length > 0 ? parts.join('、') : '—';
};
