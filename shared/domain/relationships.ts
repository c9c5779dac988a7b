/**
 * Who the other person is to the resident, in a mode about someone else
 * (家族: shared/modes `aboutOther`). `na` = 答えない. Counter keys: `r<id>`.
 */
export const RELATIONSHIPS = ['parent', 'child', 'partner', 'sibling', 'friend', 'other', 'na'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
