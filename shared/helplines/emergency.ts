/**
 * @module
 * 119 and 110 (helplines-ja.md, "Emergency"). They lead the crisis panel and
 * are never ranked among the other lines. The handbook gives no source URL
 * for them, and we add none of our own, so they carry `unverified` with the
 * reason until the handbook names one; the production check reports this.
 */
import { defineHelplines, EVERYONE, HANDBOOK_READ_ON } from './define';

const noSourceUrl = '手引きに出典URLの記載がない（全国共通の緊急通報番号）';

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
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: noSourceUrl,
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
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: noSourceUrl,
  },
]);
