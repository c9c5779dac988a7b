/**
 * @module
 * The counting store as the API and the staff reports see it: record one
 * anonymous event exactly once, read aggregates for a tenant and a JST date
 * range, and fold a closed month into rollups. Handlers depend on this
 * interface only; the DynamoDB adapter is one implementation of it.
 */
import type { CountingEvent } from '../../shared/events';
import type { CounterFigures, CounterSubject } from './keys';

export interface RecordResult {
  /**
   * `counted`: this call counted the id. `duplicate`: the id was counted
   * already — by an earlier copy, or by an earlier attempt of this call whose
   * answer was lost. Either way it is counted exactly once.
   */
  outcome: 'counted' | 'duplicate';
  /** Write capacity units DynamoDB reported for this event (0 where the server does not report). */
  consumedWcu: number;
}

/** One aggregate: a raw JST day (`YYYY-MM-DD`) or a closed month from a rollup (`YYYY-MM`). */
export interface CounterRow extends CounterSubject, CounterFigures {
  period: string;
}

export interface CounterReadResult {
  rows: CounterRow[];
  /** For cost reporting: items and queries it took to answer. */
  itemsRead: number;
  queries: number;
  consumedRcu: number;
}

export interface RollupResult {
  /** The month (`YYYY-MM`) or day (`YYYY-MM-DD`) rolled up. */
  month: string;
  /** Rollup items written (one per kind key), not counting the completion marker. */
  items: number;
}

export interface CounterStore {
  /**
   * Counts an event at server time `at`, exactly once per tenant and event id.
   * Throws StoreUnavailableError when the store refused or its answer was
   * unclear: the event may or may not have been counted, nothing is
   * half-counted, and sending the same event again is always exact.
   */
  record(tenant: string, event: CountingEvent, at: Date): Promise<RecordResult>;
  /** Aggregates for JST days `fromYmd`..`toYmd` inclusive, summed over shards. */
  readCounters(tenant: string, fromYmd: string, toYmd: string): Promise<CounterReadResult>;
  /** Sums a closed JST month (`YYYY-MM`) into rollup items; safe to run again. */
  rollupMonth(tenant: string, month: string, now: Date): Promise<RollupResult>;
  /** Sums a closed JST day (`YYYY-MM-DD`) into daily rollup items; safe to run again. */
  rollupDay(tenant: string, day: string, now: Date): Promise<RollupResult>;
  /** Rolls up closed days of the last `lookbackDays` not rolled up yet; returns them oldest first. */
  rollupClosedDays(tenant: string, now: Date, lookbackDays?: number): Promise<string[]>;
  /**
   * The scheduled job's one call: rolls up closed months of the last
   * `lookbackMonths` not rolled up yet (returned oldest first), then closed
   * days of the last week, so a report reads raw counters for today only.
   */
  rollupClosedMonths(tenant: string, now: Date, lookbackMonths?: number): Promise<string[]>;
}

/** The database refused the write or did not confirm it; the outcome is unknown, and the client may retry with the same id. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A rollup was asked for a month that may still receive events. */
export class MonthNotClosedError extends Error {
  override name = 'MonthNotClosedError';
  constructor(month: string) {
    super(`Month ${month} has not closed yet (JST, plus a safety margin)`);
  }
}

/** A daily rollup was asked for a day that may still receive events. */
export class DayNotClosedError extends Error {
  override name = 'DayNotClosedError';
  constructor(day: string) {
    super(`Day ${day} has not closed yet (JST, plus a safety margin)`);
  }
}
