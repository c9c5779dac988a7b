/**
 * @module
 * The page languages as staff name them in the reports (日本語, やさしい日本語 …),
 * in one place for the dashboard, the CSV and the QR tool. Its own module,
 * like ./relationships: the resident page names a language in itself
 * (shared/languages `name`), so its first script never carries these words.
 */
import type { Lang } from '../../languages';
export const LANGUAGE_LABELS_JA: Record<Lang, string> = {
  ja: '日本語',
  easy: 'やさしい日本語',
  en: '英語',
  zh: '中国語',
  vi: 'ベトナム語',
};
