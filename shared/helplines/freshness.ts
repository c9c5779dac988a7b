/**
 * @module
 * When a helpline's facts are too old to trust. A number or opening time that
 * was right when someone read the official page can change without notice, and
 * a resident in crisis who dials a dead number may not try again; so a line
 * last verified more than `FRESHNESS.maxAgeMonths` ago is `stale` and has to be
 * checked again. `helplineStatus` is the one rule: the production check, the
 * `check:helplines` script and the staff dashboard all ask it, so they can
 * never disagree about which lines need re-checking. Dates are Japan-time
 * calendar days (`YYYY-MM-DD`); the caller says what today is.
 */
import { daysBetweenInclusive, daysInMonth, formatYmd, parseYmd, type Ymd } from '../periods/dates';
import type { Helpline } from './schema';

/** How long a verification counts. Data, not a rule spread through code: change it here only. */
export const FRESHNESS = Object.freeze({ maxAgeMonths: 12 });
export type FreshnessPolicy = { readonly maxAgeMonths: number };

/** `unverified` wins: a line whose facts were never confirmed is not made better or worse by their age. */
export type HelplineStatus = 'ok' | 'stale' | 'unverified';

/** What re-checking needs first: an old number is shown to residents unmarked, an unverified one is shown marked. */
export const RECHECK_ORDER: readonly HelplineStatus[] = ['stale', 'unverified', 'ok'];

/**
 * The same day `months` later; a day the target month lacks becomes its last
 * day (31 January + 1 month = 28 or 29 February, 29 February + 12 months =
 * 28 February), so a verification never lasts into the month after.
 */
export const addMonths = (ymd: Ymd, months: number): Ymd => {
  const { year, month, day } = parseYmd(ymd);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
};

/** The last day a verification on `verifiedOn` still counts; from the next day the line is stale. */
export const recheckBy = (verifiedOn: Ymd, policy: FreshnessPolicy = FRESHNESS): Ymd => addMonths(verifiedOn, policy.maxAgeMonths);

/** How long ago a verification was, in whole months and the days after them. */
export interface Age {
  months: number;
  days: number;
}

/** From `verifiedOn` to `today`; a date in the future counts as no age at all. */
export const ageOf = (verifiedOn: Ymd, today: Ymd): Age => {
  if (verifiedOn >= today) return { months: 0, days: 0 };
  const from = parseYmd(verifiedOn);
  const to = parseYmd(today);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (addMonths(verifiedOn, months) > today) months -= 1;
  return { months, days: daysBetweenInclusive(addMonths(verifiedOn, months), today) - 1 };
};

/** 「12 months 1 day」, for messages read by the people who fix the data. */
export const ageText = ({ months, days }: Age): string =>
  `${months} month${months === 1 ? '' : 's'}${days > 0 ? ` ${days} day${days === 1 ? '' : 's'}` : ''}`;

export function helplineStatus(h: Pick<Helpline, 'unverified' | 'verifiedOn'>, today: Ymd, policy: FreshnessPolicy = FRESHNESS): HelplineStatus {
  if (h.unverified) return 'unverified';
  // YYYY-MM-DD strings compare as dates.
  return today > recheckBy(h.verifiedOn, policy) ? 'stale' : 'ok';
}

/** One line as someone re-checking it needs to see it. */
export interface HelplineReview {
  id: string;
  name: string;
  status: HelplineStatus;
  verifiedOn: Ymd;
  recheckBy: Ymd;
  age: Age;
  sourceUrl: string | null;
  unverifiedReason: string | null;
}

export function reviewHelpline(h: Helpline, today: Ymd, policy: FreshnessPolicy = FRESHNESS): HelplineReview {
  return {
    id: h.id,
    name: h.name,
    status: helplineStatus(h, today, policy),
    verifiedOn: h.verifiedOn,
    recheckBy: recheckBy(h.verifiedOn, policy),
    age: ageOf(h.verifiedOn, today),
    sourceUrl: h.sourceUrl ?? null,
    unverifiedReason: h.unverified ? (h.unverifiedReason ?? null) : null,
  };
}

/**
 * Every line, what needs re-checking first: stale before unverified before
 * ok, and within each the one whose verification ran out (or runs out) first;
 * ties keep the tenant's own order.
 */
export function reviewHelplines(helplines: readonly Helpline[], today: Ymd, policy: FreshnessPolicy = FRESHNESS): HelplineReview[] {
  const rank = (s: HelplineStatus) => RECHECK_ORDER.indexOf(s);
  return helplines
    .map((h) => reviewHelpline(h, today, policy))
    .sort((a, b) => rank(a.status) - rank(b.status) || (a.recheckBy < b.recheckBy ? -1 : a.recheckBy > b.recheckBy ? 1 : 0));
}
