/**
 * @module
 * Which pages may be a helpline's source, as data: a ministry (go.jp), a
 * local government (lg.jp, or city./town./vill./pref. under a prefecture's
 * .jp name) or a line's own operator listed here. Never a dictionary, a
 * newspaper, a directory or a cached or proxied copy on someone else's host.
 * The data tests hold every shipped entry to it, and the production check
 * refuses a launch on any other source.
 */

/** Operators whose own sites we cite: a helpline's operator is an official source for its own line. */
export const OPERATOR_HOSTS: ReadonlySet<string> = new Set([
  'childline.or.jp', // チャイルドライン支援センター
  'www.cl-fukushima.org', // 福島県チャイルドライン推進協議会, a regional organisation of the チャイルドライン network
  'www.chiba-inochi.jp', // 社会福祉法人千葉いのちの電話
  'www.houterasu.or.jp', // 日本司法支援センター（法テラス）, for its own サポートダイヤル
]);

/**
 * Entries whose official page could be read only over plain http. Named so no
 * new one slips in: every other source must be https.
 */
export const HTTP_SOURCE_KNOWN: ReadonlySet<string> = new Set(['childline-phone']);

const LOCAL_GOVERNMENT_HOST = /^(www\.)?(city|town|vill|pref)\.[a-z0-9-]+(\.[a-z0-9-]+)?\.jp$/;

export function isOfficialSourceHost(host: string): boolean {
  return host.endsWith('.go.jp') || host.endsWith('.lg.jp') || LOCAL_GOVERNMENT_HOST.test(host) || OPERATOR_HOSTS.has(host);
}

/** An official page, over https unless the entry is a known http-only exception. */
export function isOfficialSource(helplineId: string, url: string): boolean {
  const parsed = new URL(url);
  const httpsOrKnown = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && HTTP_SOURCE_KNOWN.has(helplineId));
  return httpsOrKnown && isOfficialSourceHost(parsed.hostname);
}
