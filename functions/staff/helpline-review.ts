/**
 * @module
 * What a tenant admin sees when re-checking the municipality's helplines:
 * each line's name, source, verification date, freshness status and, for an
 * unverified line, why — sorted so what needs re-checking comes first, by the
 * same rule the production check and `npm run check:helplines` use
 * (shared/helplines/freshness). Only these review fields leave the server,
 * never the resident page's data (numbers, hours, descriptions): the panel is
 * a to-do list for staff, not a second copy of the help list. The zod schema
 * is the answer's contract; the dashboard and the tests read its type.
 */
import * as z from '../../shared/validation';
import { FRESHNESS, RECHECK_ORDER, reviewHelplines, type HelplineStatus } from '../../shared/helplines/freshness';
import type { Tenant } from '../../shared/tenants';

const ymd = z.iso.date();

export const reviewedHelplineSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.enum(RECHECK_ORDER as [HelplineStatus, ...HelplineStatus[]]),
  verifiedOn: ymd,
  /** The last day the verification counts; stale from the day after. */
  recheckBy: ymd,
  age: z.strictObject({ months: z.int().check(z.nonnegative()), days: z.int().check(z.nonnegative()) }),
  sourceUrl: z.nullable(z.url()),
  unverifiedReason: z.nullable(z.string()),
});

export const helplineReviewSchema = z.strictObject({
  tenant: z.string(),
  /** The Japan-time day the statuses were judged on. */
  today: ymd,
  maxAgeMonths: z.int().check(z.positive()),
  counts: z.strictObject({ stale: z.int(), unverified: z.int(), ok: z.int() }),
  helplines: z.array(reviewedHelplineSchema),
});
export type HelplineReviewAnswer = z.infer<typeof helplineReviewSchema>;
export type ReviewedHelpline = z.infer<typeof reviewedHelplineSchema>;

export function buildHelplineReview(tenant: Pick<Tenant, 'id' | 'helplines'>, today: string): HelplineReviewAnswer {
  const helplines = reviewHelplines(tenant.helplines, today);
  const counts = { stale: 0, unverified: 0, ok: 0 };
  for (const h of helplines) counts[h.status] += 1;
  return { tenant: tenant.id, today, maxAgeMonths: FRESHNESS.maxAgeMonths, counts, helplines };
}
