/**
 * @module
 * 119 and 110 (helplines-ja.md, "Emergency"). They lead the crisis panel and
 * are never ranked among the other lines. The handbook lists the numbers
 * without a source URL; the sources below are official public pages (a city
 * fire department's 119 page, a prefecture's 110 page) read from stored
 * snapshots on the date given. Both run 24 h, 365 days.
 */
import { defineHelplines, EVERYONE } from './define';

const READ_ON = '2026-11-27';

export const EMERGENCY_HELPLINES = defineHelplines([
  {
    id: 'emergency-119',
    name: '救急・消防',
    description: '命の危険があるときや、けが・急な病気のときにかける番号です。',
    channels: [{ type: 'phone', number: '119' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'emergency',
    emergency: true,
    crisis: true,
    sourceUrl: 'https://www.city.minamiuonuma.niigata.jp/shoubouhonbu/docs/4193.html',
    verifiedOn: READ_ON,
  },
  {
    id: 'emergency-110',
    name: '警察',
    description: '身の危険を感じるときや、事件・事故のときにかける番号です。',
    channels: [{ type: 'phone', number: '110' }],
    hours: { kind: 'always' },
    audiences: EVERYONE,
    topics: [],
    scope: 'emergency',
    emergency: true,
    crisis: true,
    sourceUrl: 'https://www.pref.tottori.lg.jp/71186.htm',
    verifiedOn: READ_ON,
  },
]);
