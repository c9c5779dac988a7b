import { describe, expect, it } from 'vitest';
import { complementSuppression } from './complement';
import { countLine, SUPPRESSED, type ReportLine } from './lines';

const lines = (values: [number, number][]): ReportLine[] => values.map(([c, p], i) => countLine(`k${i}`, `row ${i}`, c, p, true));
const cells = (group: ReportLine[], column: 'current' | 'previous') => group.map((line) => line[column]);

describe('complementSuppression', () => {
  it('hides the smallest visible cell of a group whose only hidden cell could be recovered from the total', () => {
    // Total 60 is published elsewhere: with only row 1 hidden, 60 − 40 − 17 = 3 would give it back.
    const group = lines([[40, 30], [3, 30], [17, 30]]);
    complementSuppression([group]);
    expect(cells(group, 'current')).toEqual([40, SUPPRESSED, SUPPRESSED]);
    expect(group[2]).toMatchObject({ change: null, changeRate: null });
    // Last year's column had nothing hidden and stays as it was.
    expect(cells(group, 'previous')).toEqual([30, 30, 30]);
  });

  it('works on each column separately', () => {
    const group = lines([[40, 2], [10, 30], [17, 9]]);
    complementSuppression([group]);
    expect(cells(group, 'previous')).toEqual([SUPPRESSED, 30, SUPPRESSED]);
    expect(cells(group, 'current')).toEqual([40, 10, 17]);
  });

  it('leaves groups with no hidden cell, or two or more, alone', () => {
    const none = lines([[40, 30], [10, 30]]);
    const two = lines([[1, 30], [2, 30], [50, 30]]);
    complementSuppression([none, two]);
    expect(cells(none, 'current')).toEqual([40, 10]);
    expect(cells(two, 'current')).toEqual([SUPPRESSED, SUPPRESSED, 50]);
  });

  it('follows a hidden cell into the other groups it belongs to (months × modes)', () => {
    // Rows: June self, June teen, July self, July teen. Groups: each month's modes, and each mode's months.
    const [juneSelf, juneTeen, julySelf, julyTeen] = lines([[20, 30], [2, 30], [30, 30], [40, 30]]) as [ReportLine, ReportLine, ReportLine, ReportLine];
    complementSuppression([
      [juneSelf, juneTeen],
      [julySelf, julyTeen],
      [juneSelf, julySelf],
      [juneTeen, julyTeen],
    ]);
    // June teen hidden → June self (its month) and July teen (its mode) → then July self too: nothing is recoverable.
    expect([juneSelf, juneTeen, julySelf, julyTeen].map((line) => line.current)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]);
  });
});
