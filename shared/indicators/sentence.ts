/**
 * @module
 * Fills an indicator's sentence the way the plan prints figures: counts with
 * thousands separators (2,149), a withheld count as the word the report
 * uses for it (「5未満」).
 */
const grouping = new Intl.NumberFormat('ja-JP');

/** A count, or the word that stands for a withheld one (「5未満」, 「秘匿」). */
export type IndicatorCell = number | string;

export const cellText = (cell: IndicatorCell): string => (typeof cell === 'number' ? grouping.format(cell) : cell);

export const fillTemplate = (template: string, values: { value: IndicatorCell; lastYear: IndicatorCell; period: string }): string =>
  template.replaceAll('{value}', cellText(values.value)).replaceAll('{lastYear}', cellText(values.lastYear)).replaceAll('{period}', values.period);
