/**
 * @module
 * A plan indicator (計画の指標) as data: the figure a municipality's
 * suicide-prevention plan reports, named as the plan names it, with the
 * figure it is (views, starts or completions; which modes; an optional age
 * band), its default period within the fiscal year, and the sentence the plan
 * prints it in. Writing the figure down this way is what makes it
 * unambiguous — 「10代の利用者数」 is completions in the modes listed with age
 * band 10代, never a guess at report time.
 */
import * as z from '../validation';
import { AGE_BANDS, MODES } from '../domain';

/** What a template may say; `{value}` and `{lastYear}` must both appear. */
export const TEMPLATE_PLACEHOLDERS = ['value', 'lastYear', 'period'] as const;
const REQUIRED_PLACEHOLDERS = ['value', 'lastYear'] as const;

const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');

const modes = z
  .array(z.enum(MODES))
  .check(z.minLength(1), z.refine((list) => new Set(list).size === list.length, 'modes must not repeat'));

/**
 * A view has no mode (the page is opened before a mode is chosen), so
 * アクセス数 always counts every page open; starts and completions name
 * their modes. Only a completion carries an age band.
 */
export const indicatorFigureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('view') }),
  z.strictObject({ kind: z.literal('start'), modes }),
  z.strictObject({ kind: z.literal('complete'), modes, ageBand: z.optional(z.enum(AGE_BANDS)) }),
]);
export type IndicatorFigureSpec = z.infer<typeof indicatorFigureSchema>;

const calendarMonth = z.int().check(z.gte(1), z.lte(12));
/** April = 0 … March = 11, the order months run in a fiscal year. */
export const fiscalMonthIndex = (month: number): number => (month + 8) % 12;

/**
 * The default period: a run of months of the fiscal year (6～11月), or the
 * fiscal year so far. Either way it ends at the last complete month.
 */
export const indicatorPeriodSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('months'), from: calendarMonth, to: calendarMonth })
    .check(z.refine((p) => fiscalMonthIndex(p.from) <= fiscalMonthIndex(p.to), 'from must not come after to within the fiscal year (April–March)')),
  z.strictObject({ kind: z.literal('fiscalYearToDate') }),
]);
export type IndicatorPeriodSpec = z.infer<typeof indicatorPeriodSchema>;

export const indicatorSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'id must be lower-case ASCII')),
  /** The indicator's name exactly as the plan writes it. */
  name: z.string().check(z.minLength(1)),
  figure: indicatorFigureSchema,
  period: indicatorPeriodSchema,
  /** The plan's sentence, e.g. 「…（{period}）：{value}件（前年度同期間：{lastYear}件）」. */
  template: z.string().check(
    z.refine((t) => REQUIRED_PLACEHOLDERS.every((p) => t.includes(`{${p}}`)), 'template must contain {value} and {lastYear}'),
    z.refine(
      (t) => placeholdersOf(t).every((p) => (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p)),
      `template may only use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`,
    ),
  ),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;

export const indicatorListSchema = z
  .array(indicatorSchema)
  .check(z.refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'indicator ids must be unique within a tenant'));
