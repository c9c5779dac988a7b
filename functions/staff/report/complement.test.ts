import { describe, expect, it } from 'vitest';
import { complementSuppression } from './complement';
import { COMPLEMENT_SUPPRESSED as SECRET, countLine, SUPPRESSED, type ReportLine } from './lines';

const lines = (values: [number, number][]): ReportLine[] => values.map(([c, p], i) => countLine(`k${i}`, `row ${i}`, c, p, true));
const cells = (group: ReportLine[], column: 'current' | 'previous') => group.map((line) => line[column]);

describe('complementSuppression', () => {
  it('hides the smallest visible cell of a group whose only hidden cell could be recovered from the total', () => {
    // Total 60 is published elsewhere: with only row 1 hidden, 60 − 40 − 17 = 3 would give it back.
    const group = lines([[40, 30], [3, 30], [17, 30]]);
    complementSuppression([group]);
    expect(cells(group, 'current')).toEqual([40, SUPPRESSED, SECRET]);
    expect(group[2]).toMatchObject({ change: null, changeRate: null });
    // Last year's column had nothing hidden and stays as it was.
    expect(cells(group, 'previous')).toEqual([30, 30, 30]);
  });

  it('works on each column separately', () => {
    const group = lines([[40, 2], [10, 30], [17, 9]]);
    complementSuppression([group]);
    expect(cells(group, 'previous')).toEqual([SUPPRESSED, 30, SECRET]);
    expect(cells(group, 'current')).toEqual([40, 10, 17]);
  });

  it('marks a large cell hidden only to protect another 秘匿, never 5未満', () => {
    // The demo's case: 本人モード・答えない 290 (last year 235) was the smallest visible cell beside a 3.
    const group = lines([[3, 2], [290, 235], [900, 800]]);
    complementSuppression([group]);
    expect(group[1]).toMatchObject({ current: SECRET, previous: SECRET, change: null, changeRate: null });
    expect(group.filter((line) => line.current === SUPPRESSED)).toEqual([group[0]]);
  });

  it('counts a 秘匿 cell as hidden in every other group it belongs to', () => {
    // Row 1 is hidden (秘匿) for group A, which leaves it alone in group B, so B's other row goes too.
    const [small, shared, other, big] = lines([[2, 30], [40, 30], [50, 30], [60, 30]]) as [ReportLine, ReportLine, ReportLine, ReportLine];
    complementSuppression([
      [small, shared, big],
      [shared, other],
    ]);
    expect([small, shared, other, big].map((line) => line.current)).toEqual([SUPPRESSED, SECRET, SECRET, 60]);
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
    expect([juneSelf, juneTeen, julySelf, julyTeen].map((line) => line.current)).toEqual([SECRET, SUPPRESSED, SECRET, SECRET]);
  });
});
