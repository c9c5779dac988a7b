/**
 * @module
 * Japanese words of the pages around the check: the site's root, the page
 * for an address no municipality uses, and the calendar quick exit lands on.
 * Someone who mistyped a sticker's address may be in crisis, so the two
 * help pages open calmly, say plainly where to call now, and point back to
 * their municipality's page; the calendar's words say nothing about the check.
 */
import type { SiteMessages } from '../types';

export const jaSite: SiteMessages = {
  site: {
    directory: {
      title: 'こころのセルフチェック',
      lead: 'お住まいの市区町村が配っているQRコードやアドレスから、名前を出さずに、いまのこころの状態をふりかえることができます。',
    },
    notFound: {
      title: 'ページが見つかりません',
      lead: 'このアドレスで案内しているページはありません。お住まいの市区町村が配っているQRコードやアドレスを、もう一度お確かめください。',
    },
    emergencyHeading: 'いますぐ命の危険があるときは',
    alwaysOpenHeading: '24時間つながる相談窓口',
    tenantsHeading: 'セルフチェックを実施している市区町村',
    tenantsLead: '市区町村のページでは、地域の相談窓口もご案内しています。',
    tenant: '{name}（{prefecture}）',
    prefecture: {
      title: 'こころのセルフチェック（{prefecture}）',
      lead: 'お住まいの市町村を選んでください。その市町村の相談窓口を先にご案内します。名前を出さずに、いまのこころの状態をふりかえることができます。',
      townsHeading: 'お住まいの市町村',
      filterLabel: '市町村の名前やよみがなで探す',
      noMatch: '当てはまる市町村がありません。ひらがなでも探せます。',
      skip: '市町村を選ばずに、相談窓口を見る',
      helpHeading: '今すぐ相談したいとき',
      prefectureLinesHeading: '{prefecture}の相談窓口',
    },
    calendar: { title: 'カレンダー', weekdays: ['日', '月', '火', '水', '木', '金', '土'], previous: '前の月', next: '次の月' },
  },
};
