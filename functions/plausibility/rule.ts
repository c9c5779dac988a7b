/**
 * @module
 * When an hour's completions are implausible for a municipality: far above
 * what its busiest hour usually is. The rule is data (PLAUSIBILITY), used by
 * the nightly assessment (./store.ts) and explained on the staff dashboard.
 * A flag only marks an hour for staff to look at; it never changes a figure.
 * An admin decides whether to exclude the day (functions/staff/exclusions).
 */

export const PLAUSIBILITY = {
  /** Days before the assessed one whose busiest hours make the usual level. */
  trailingDays: 28,
  /** Fewer assessed days than this and there is no usual level yet: only `minimumPerHour` applies. */
  minimumHistoryDays: 7,
  /** An hour is flagged at this many times the usual busiest hour… */
  multiple: 5,
  /** …and never below this many completions in one hour (a small town's busy evening is not a flood). */
  minimumPerHour: 20,
} as const;

/** The CloudWatch metric (embedded metric format) the nightly run logs and the FlaggedHours alarm in infra/lib/alarms.ts watches. */
export const FLAGGED_HOURS_METRIC = { namespace: 'kokoro-check', metricName: 'FlaggedHours' } as const;

export type PlausibilityRule = typeof PLAUSIBILITY;

/** The median of a list (the mean of the middle two for an even count); undefined for none. */
export const median = (values: readonly number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface HourAssessment {
  /** The usual busiest hour: the median of the trailing days' busiest hours; undefined with too little history. */
  usual: number | undefined;
  /** Completions from which an hour is flagged. */
  threshold: number;
  /** Flagged JST hours (0–23) with their completions, in hour order. */
  flagged: { hour: number; completions: number }[];
}

/**
 * Assesses one day's completions by JST hour against the busiest hours of
 * the days before it (`trailingBusiest`, one value per assessed day, zeros
 * included, at most `rule.trailingDays` of them).
 */
export const assessHours = (
  hours: Readonly<Partial<Record<number, number>>>,
  trailingBusiest: readonly number[],
  rule: PlausibilityRule = PLAUSIBILITY,
): HourAssessment => {
  const usual = trailingBusiest.length >= rule.minimumHistoryDays ? median(trailingBusiest.slice(-rule.trailingDays)) : undefined;
  const threshold = Math.max(rule.minimumPerHour, Math.ceil(rule.multiple * (usual ?? 0)));
  const flagged: HourAssessment['flagged'] = [];
  for (let hour = 0; hour < 24; hour++) {
    const completions = hours[hour] ?? 0;
    if (completions >= threshold) flagged.push({ hour, completions });
  }
  return { usual, threshold, flagged };
};

/** The day's busiest hour. */
export const busiestHour = (hours: Readonly<Partial<Record<number, number>>>): number => Math.max(0, ...Object.values(hours).map((n) => n ?? 0));
