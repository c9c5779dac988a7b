/**
 * @module
 * Fills an indicator's sentence the way the plan prints figures: counts with
 * thousands separators (2,149), a withheld count as the word the report
 * uses for it (「5未満」), without the unit a count carries.
 */
const grouping = new Intl.NumberFormat('ja-JP');

/** A count, or the word that stands for a withheld one (「5未満」, 「秘匿」). */
export type IndicatorCell = number | string;

export const cellText = (cell: IndicatorCell): string => (typeof cell === 'number' ? grouping.format(cell) : cell);

/** A count keeps the unit after it (「2,149件」); a mark stands alone (「5未満」, never 「5未満件」). */
const fill = (template: string, name: string, cell: IndicatorCell): string =>
  template.replace(new RegExp(`\\{${name}\\}(件|人|回)?`, 'g'), (_, unit: string | undefined) => (typeof cell === 'number' ? `${cellText(cell)}${unit ?? ''}` : cellText(cell)));

export const fillTemplate = (template: string, values: { value: IndicatorCell; lastYear: IndicatorCell; period: string }): string =>
  fill(fill(template, 'value', values.value), 'lastYear', values.lastYear).replaceAll('{period}', values.period);
