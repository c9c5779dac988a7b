/**
 * @module
 * Who the other person is, in 家族モード: the resident's choice and the
 * report's row, in one place. Its own module, not ./vocabulary, which the
 * page's first script imports: only the result chunk and the staff reports
 * carry these words.
 */
import type { Relationship } from '../../domain';
export const RELATIONSHIP_LABELS_JA: Record<Relationship, string> = {
  parent: '親',
  child: '子ども',
  partner: '配偶者・パートナー',
  sibling: 'きょうだい',
  friend: '友人・同僚',
  other: 'その他',
  na: '答えない',
};
