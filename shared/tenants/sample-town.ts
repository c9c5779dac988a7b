/**
 * @module
 * サンプル町 — a fictional tenant that exists only so tests can prove one
 * tenant's windows and counts never leak into another's. National lines plus
 * one made-up local window with no number; `testOnly`, so the production
 * check refuses it.
 */
import { defineHelplines, EMERGENCY_HELPLINES, EVERYONE, HANDBOOK_READ_ON, NATIONAL_HELPLINES, TEEN_HELPLINES } from '../helplines';
import { defineTenant } from './define';

/** Its one made-up window; exported so its id is known to the helplines' texts (shared/helplines/texts). */
export const SAMPLE_TOWN_LOCAL = defineHelplines([
  {
    id: 'sample-town-soudan',
    name: 'サンプル町 こころの相談窓口（架空）',
    description: '検証用の架空の窓口です。',
    channels: [{ type: 'visit' }],
    hours: { kind: 'unknown' },
    audiences: EVERYONE,
    topics: [],
    scope: 'local',
    verifiedOn: HANDBOOK_READ_ON,
    unverified: true,
    unverifiedReason: '検証用テナントの架空の窓口',
  },
]);

export const SAMPLE_TOWN = defineTenant({
  id: 'sample-town',
  name: 'サンプル町（検証用）',
  reading: 'さんぷるちょう',
  // A fictional town; it needs a real prefecture id like every tenant. Test-only: never deployed.
  prefecture: 'chiba',
  populationNote: '検証用の架空の町のため、人口はありません。',
  serviceName: 'こころのセルフチェック（検証用）',
  localNote: 'これは検証用の架空の町です。',
  testOnly: true,
  helplines: [
    ...EMERGENCY_HELPLINES,
    ...NATIONAL_HELPLINES,
    ...TEEN_HELPLINES,
    ...SAMPLE_TOWN_LOCAL,
  ],
});
