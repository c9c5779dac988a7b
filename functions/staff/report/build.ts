/**
 * @module
 * Assembles a whole staff report from what the store read for the period and
 * for the same period last year. The JSON is shaped for drawing: a period
 * block, sections of comparable lines, and a monthly series; the CSV is a
 * flattening of the same object, so the two can never disagree.
 */
import type { ReportPeriod } from '../../../shared/periods';
import type { FlaggedHour } from '../../plausibility';
import type { CounterRow } from '../../store';
import { overlapOf, type Exclusion } from '../exclusions/schema';
import { aggregate } from './aggregate';
import type { ReportIndicator } from './indicators';
import { monthlySeries, type MonthlyPoint } from './monthly';
import { buildSections, type ReportSection, type SectionContext } from './sections';

export interface Report {
  tenant: string;
  period: {
    label: string;
    start: string;
    end: string;
    /** The last day asked for; later than `end` when the period is still running. */
    requestedEnd: string;
    previousLabel: string;
    previousStart: string;
    previousEnd: string;
  };
  suppressed: boolean;
  sections: ReportSection[];
  monthly: MonthlyPoint[];
  /** The plan's indicators, each for its own months (./indicators); absent for a tenant without any. */
  indicators?: ReportIndicator[];
  /** Store cost of this report, for the capacity notes in docs/data-model.md. */
  read: { items: number; queries: number };
  /** Active exclusions that took days out of this period or its comparison; every figure above is without them. */
  exclusions: Exclusion[];
  /** Hours of this period the nightly plausibility check flagged (functions/plausibility); figures unchanged by it. */
  flaggedHours: ReportFlaggedHour[];
}

/** A flagged hour as the report shows it: `excluded` when an active exclusion took its day out. */
export interface ReportFlaggedHour extends FlaggedHour {
  excluded: boolean;
}

export interface ReportInput {
  tenant: string;
  period: ReportPeriod;
  current: readonly CounterRow[];
  previous: readonly CounterRow[];
  context: SectionContext;
  read: { items: number; queries: number };
  indicators?: ReportIndicator[];
  exclusions?: Exclusion[];
  flaggedHours?: FlaggedHour[];
}

/** The period block every report (a town's, a prefecture's) opens with. */
export const periodBlock = (period: ReportPeriod): Report['period'] => ({
  label: period.label,
  start: period.range.start,
  end: period.range.end,
  requestedEnd: period.requested.end,
  previousLabel: period.previousLabel,
  previousStart: period.previous.start,
  previousEnd: period.previous.end,
});

export const buildReport = ({ tenant, period, current, previous, context, read, indicators, exclusions = [], flaggedHours = [] }: ReportInput): Report => {
  const registered = new Set(context.channels.keys());
  return {
    tenant,
    period: periodBlock(period),
    suppressed: context.suppress,
    sections: buildSections(aggregate(current, registered), aggregate(previous, registered), context),
    monthly: monthlySeries(period.range, current, previous, context.suppress),
    ...(indicators ? { indicators } : {}),
    read,
    exclusions: exclusions.filter((e) => !e.withdrawnOn),
    flaggedHours: flaggedHours.map((f) => ({ ...f, excluded: exclusions.some((e) => overlapOf(e, f.day, f.day) !== undefined) })),
  };
};
