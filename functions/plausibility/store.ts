/**
 * @module
 * The nightly plausibility assessment and where it is kept. After the
 * rollups, each closed JST day of the last week not assessed yet gets one
 * small item under `P#<tenant>` / `<YYYY-MM-DD>`: the day's completions, its
 * busiest hour, the usual level it was measured against, the threshold and
 * the flagged hours (./rule.ts). The item holds only figures staff already
 * see (completions by JST hour), so it adds nothing about a person. Staff
 * reports read the flagged hours of their period with one Query.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { jstParts } from '../../shared/time';
import type { Dynamo } from '../dynamo';
import { isDayClosed, previousDay } from '../store/calendar';
import type { CounterStore } from '../store';
import { queryRange } from '../store/query';
import { assessHours, busiestHour, PLAUSIBILITY, type PlausibilityRule } from './rule';

/** An hour an admin should look at. */
export interface FlaggedHour {
  /** JST day `YYYY-MM-DD`. */
  day: string;
  /** JST hour 0–23. */
  hour: number;
  completions: number;
  /** The usual busiest hour it was measured against; absent while the town had under a week of history. */
  usual?: number;
  threshold: number;
}

export interface DayAssessment {
  day: string;
  completions: number;
  busiest: number;
  usual?: number;
  threshold: number;
  flagged: { hour: number; completions: number }[];
}

export interface PlausibilityStore {
  /** Assesses the closed days of the last `lookbackDays` not assessed yet, oldest first; returns them. */
  assessClosedDays(tenant: string, now: Date, lookbackDays?: number): Promise<DayAssessment[]>;
  /** Flagged hours of JST days `from`..`to`, in time order. */
  flaggedBetween(tenant: string, from: string, to: string): Promise<FlaggedHour[]>;
}

export const plausibilityPk = (tenant: string) => `P#${tenant}`;
/** Kept as long as the audit trail: the reports and exclusions they explain stay answerable for three years. */
export const PLAUSIBILITY_RETENTION_DAYS = 1096;

const DAY_SECONDS = 24 * 60 * 60;
type Item = Record<string, AttributeValue>;

const flaggedText = (flagged: DayAssessment['flagged']) => flagged.map((f) => `${String(f.hour).padStart(2, '0')}=${f.completions}`).join(',');
const parseFlagged = (text: string | undefined): DayAssessment['flagged'] =>
  (text ?? '')
    .split(',')
    .filter((part) => /^\d{2}=\d+$/.test(part))
    .map((part) => ({ hour: Number(part.slice(0, 2)), completions: Number(part.slice(3)) }));

const assessmentOf = (item: Item): DayAssessment => ({
  day: item.sk?.S ?? '',
  completions: Number(item.total?.N ?? 0),
  busiest: Number(item.busiest?.N ?? 0),
  ...(item.usual?.N !== undefined ? { usual: Number(item.usual.N) } : {}),
  threshold: Number(item.threshold?.N ?? 0),
  flagged: parseFlagged(item.flagged?.S),
});

export interface DynamoPlausibilityStoreOptions {
  dynamo: Dynamo;
  tableName: string;
  counters: CounterStore;
  rule?: PlausibilityRule;
}

export const createDynamoPlausibilityStore = ({ dynamo, tableName, counters, rule = PLAUSIBILITY }: DynamoPlausibilityStoreOptions): PlausibilityStore => {
  const ctx = { dynamo, tableName, shards: 1 };
  const read = async (tenant: string, from: string, to: string) =>
    (await queryRange(ctx, plausibilityPk(tenant), from, to)).items.map(assessmentOf);

  const assessDay = async (tenant: string, day: string, trailingBusiest: readonly number[], now: Date): Promise<DayAssessment> => {
    const { rows } = await counters.readCounters(tenant, day, day);
    const hours: Record<number, number> = {};
    let completions = 0;
    for (const row of rows) {
      if (row.kind !== 'complete') continue;
      completions += row.count;
      for (const [hour, n] of Object.entries(row.hour)) hours[Number(hour)] = (hours[Number(hour)] ?? 0) + (n ?? 0);
    }
    const { usual, threshold, flagged } = assessHours(hours, trailingBusiest, rule);
    const assessment: DayAssessment = { day, completions, busiest: busiestHour(hours), ...(usual !== undefined ? { usual } : {}), threshold, flagged };
    await dynamo.call('PutItem', {
      TableName: tableName,
      Item: {
        pk: { S: plausibilityPk(tenant) },
        sk: { S: day },
        total: { N: String(completions) },
        busiest: { N: String(assessment.busiest) },
        ...(usual !== undefined ? { usual: { N: String(usual) } } : {}),
        threshold: { N: String(threshold) },
        flagged: { S: flaggedText(flagged) },
        expiresAt: { N: String(Math.floor(now.getTime() / 1000) + PLAUSIBILITY_RETENTION_DAYS * DAY_SECONDS) },
      },
    });
    return assessment;
  };

  return {
    async assessClosedDays(tenant, now, lookbackDays = 7) {
      const days: string[] = [];
      let day = jstParts(now).date;
      for (let i = 0; i <= lookbackDays; i++, day = previousDay(day)) if (isDayClosed(day, now)) days.unshift(day);
      if (days.length === 0) return [];
      let from = days[0] as string;
      for (let i = 0; i < rule.trailingDays; i++) from = previousDay(from);
      const known = new Map((await read(tenant, from, days.at(-1) as string)).map((a) => [a.day, a]));
      const assessed: DayAssessment[] = [];
      for (const target of days) {
        if (known.has(target)) continue;
        // The trailing window: the assessed days before it. Days before the first run are left out, so a new town has no usual level until a week is assessed.
        const trailing: number[] = [];
        let d = target;
        for (let i = 0; i < rule.trailingDays; i++) {
          d = previousDay(d);
          const before = known.get(d);
          if (before) trailing.unshift(before.busiest);
        }
        const assessment = await assessDay(tenant, target, trailing, now);
        known.set(target, assessment);
        assessed.push(assessment);
      }
      return assessed;
    },
    async flaggedBetween(tenant, from, to) {
      return (await read(tenant, from, to)).flatMap((a) =>
        a.flagged.map((f) => ({ day: a.day, hour: f.hour, completions: f.completions, ...(a.usual !== undefined ? { usual: a.usual } : {}), threshold: a.threshold })),
      );
    },
  };
};
