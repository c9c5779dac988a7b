/**
 * @module
 * Complementary suppression. Hiding counts below 5 is not enough where a
 * group of rows adds up to a published total: with a single row hidden, the
 * total minus the visible rows gives it back. Wherever exactly one cell of
 * a group is hidden (per column: this period, last year), the smallest
 * visible cell of that group is hidden too, and this is repeated until no
 * group has a lone hidden cell — a cell hidden for one group may leave
 * another group it belongs to with a lone hidden cell (months × modes).
 * Such a cell is hidden to protect another, not because it is small, so it
 * reads 「秘匿」, never 「5未満」. Rows that cannot occur at all (structural
 * zeros, see sections.ts) must not be in any group: they would be hidden as
 * small and force real cells to be hidden with them.
 */
import { COMPLEMENT_SUPPRESSED, isHidden, type ReportLine } from './lines';

type Column = 'current' | 'previous';
const COLUMNS: readonly Column[] = ['current', 'previous'];

const hide = (line: ReportLine, column: Column) => {
  line[column] = COMPLEMENT_SUPPRESSED;
  line.change = null;
  line.changeRate = null;
};

/** Mutates the lines of every group (a line may sit in several groups) until no group has exactly one hidden cell per column. */
export const complementSuppression = (groups: readonly (readonly ReportLine[])[]): void => {
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      for (const column of COLUMNS) {
        if (group.filter((line) => isHidden(line[column])).length !== 1) continue;
        const visible = group.filter((line) => typeof line[column] === 'number');
        // A group of one hidden row and nothing else has nothing to give away.
        const smallest = visible.sort((a, b) => (a[column] as number) - (b[column] as number))[0];
        if (!smallest) continue;
        hide(smallest, column);
        changed = true;
      }
    }
  }
};
