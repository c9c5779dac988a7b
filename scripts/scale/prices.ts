/**
 * @module
 * Prices and traffic assumptions for the scale simulation, in one place so
 * docs/scaling.md can quote them. Prices: AWS public price list for
 * ap-northeast-1 (Tokyo) as known in 2026 — on-demand DynamoDB after the
 * November 2024 reduction, Lambda arm64, HTTP API. Re-check before quoting
 * them to a municipality; every figure here is an input, not a measurement.
 */
export const PRICES_USD = {
  dynamoWritePerMillion: 0.715,
  dynamoReadPerMillion: 0.1425,
  dynamoStoragePerGbMonth: 0.285,
  lambdaRequestsPerMillion: 0.2,
  lambdaArmPerGbSecond: 0.0000133334,
  httpApiPerMillion: 1.29,
} as const;

export const ASSUMPTIONS = {
  municipalities: 1700,
  /** Zipf exponent for traffic by municipality rank (1 = classic Zipf). */
  zipfExponent: 1,
  /**
   * Ordinary national volume: 松戸市 (≈ 500,000 people) saw ≈ 92,000 accesses a
   * year; scaled to 124 M people that is ≈ 23 M views a year, i.e. ≈ 7.6 M
   * completions at the funnel below.
   */
  completionsPerYearNational: 7_600_000,
  /** Events per completion: 3 views, 1.25 starts, 1 completion, 0.375 helpline taps (docs/data-model.md). */
  funnel: { view: 3, start: 1.25, complete: 1, helpline_tap: 0.375 },
  /** The campaign: 20,000 completions/s nationwide, 2,000/s of them into the largest municipality, for 10 minutes. */
  spike: { nationalCompletionsPerSecond: 20_000, oneTenantCompletionsPerSecond: 2_000, seconds: 600 },
  /** Share of requests that are retries of an already counted id (each costs one failed conditional write). */
  retryShare: 0.02,
  lambdaMsPerEvent: 15,
  lambdaMemoryGb: 0.256,
  /** Reports: each municipality reads its fiscal-year report 100 times a month at ≈ 10,000 items (≈ 90 RCU, bench/reports). */
  reportsPerTenantMonth: 100,
  rcuPerReport: 90,
  /** Raw counter items per tenant-day-shard-kind are small; storage is dominated by them. */
  bytesPerCounterItem: 250,
} as const;
