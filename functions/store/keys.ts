/**
 * @module
 * The counter table's key and attribute grammar, in one place so the write
 * path, the read path and the monthly rollup can never disagree. An event
 * becomes one sort-key "kind" (what was counted, e.g. `C#self#sticker-a`)
 * plus the short attribute names it increments (`n`, `a20s`, `tschool`,
 * `h07`…); reading turns those names back into typed figures. Keys hold only
 * the closed vocabularies from shared/domain and shared/events, so nothing
 * about a person can end up in a key.
 */
import { DIRECT_SRC, type AgeBand, type Band, type Gender, type Mode, type Topic } from '../../shared/domain';
import type { CountingEvent, EventType } from '../../shared/events';

/**
 * Write shards per tenant and month. A campaign of 2,000 completions/s into
 * one municipality is ≈ 11,250 events/s with the views, starts and taps
 * around them: on 8 keys that was 1,400+ writes/s per key, over DynamoDB's
 * 1,000 WCU/s per partition; on 32 it is ≈ 400 (npm run simulate:scale).
 * Raising it never strands data (reads query every shard up to it); lowering it would.
 */
export const SHARD_COUNT = 32;
/** A retry arrives within seconds; three days is generous and keeps markers from piling up. */
export const MARKER_TTL_SECONDS = 3 * 24 * 60 * 60;

const KIND_CODES = { view: 'V', start: 'S', complete: 'C', helpline_tap: 'T' } as const satisfies Record<EventType, string>;
const KIND_BY_CODE: Record<string, EventType> = { V: 'view', S: 'start', C: 'complete', T: 'helpline_tap' };

/** FNV-1a: cheap, stable across runtimes, and spreads random UUIDs evenly. */
export const shardOf = (eventId: string, shards = SHARD_COUNT): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) {
    hash ^= eventId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
};

export const markerKey = (tenant: string, eventId: string) => ({ pk: `E#${tenant}#${eventId}`, sk: 'E' });
export const counterPk = (tenant: string, month: string, shard: number) => `C#${tenant}#${month}#${shard}`;
export const rollupPk = (tenant: string, fiscalYear: number) => `R#${tenant}#${fiscalYear}`;
/** Daily rollups of one month: sort keys `<dd>#<kind>` like raw counters, one shard instead of eight. */
export const dailyPk = (tenant: string, month: string) => `D#${tenant}#${month}`;
/** Written last by a rollup, so a half-finished rollup is never read as complete. */
export const ROLLUP_DONE = 'DONE';

/** April–March, by the month's own calendar year (`2026-03` → FY 2025). */
export const fiscalYearOfMonth = (month: string): number => {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return mm >= 4 ? year : year - 1;
};

const hourAttr = (hour: number) => `h${String(hour).padStart(2, '0')}`;

/** The kind part of the sort key and the attributes one event adds 1 to. */
export interface CounterIncrement {
  kindKey: string;
  attributes: string[];
}

export const incrementFor = (event: CountingEvent, jstHour: number): CounterIncrement => {
  const code = KIND_CODES[event.type];
  switch (event.type) {
    case 'view':
      return { kindKey: `${code}#${event.src ?? DIRECT_SRC}`, attributes: ['n', hourAttr(jstHour)] };
    case 'start':
      return { kindKey: `${code}#${event.mode}#${event.src ?? DIRECT_SRC}`, attributes: ['n', hourAttr(jstHour)] };
    case 'complete': {
      const attributes = ['n', `a${event.ageBand}`, `g${event.gender}`, `b${event.band}`, hourAttr(jstHour)];
      if (event.safetyFlag) attributes.push('f');
      // A duplicated name would make DynamoDB reject the whole update; the API refuses duplicates, this keeps the store safe alone.
      for (const topic of new Set(event.topics)) attributes.push(`t${topic}`);
      return { kindKey: `${code}#${event.mode}#${event.src ?? DIRECT_SRC}`, attributes };
    }
    case 'helpline_tap':
      return { kindKey: `${code}#${event.mode}#${event.helplineId}`, attributes: ['n', `b${event.band ?? 'none'}`] };
  }
};

/** What a counter row is about, decoded from its kind key. */
export interface CounterSubject {
  kind: EventType;
  mode?: Mode;
  src?: string;
  helplineId?: string;
}

export const parseKindKey = (kindKey: string): CounterSubject | undefined => {
  const [code = '', ...rest] = kindKey.split('#');
  const kind = KIND_BY_CODE[code];
  if (kind === 'view' && rest.length === 1) return { kind, src: rest[0] };
  if ((kind === 'start' || kind === 'complete') && rest.length === 2) return { kind, mode: rest[0] as Mode, src: rest[1] };
  if (kind === 'helpline_tap' && rest.length === 2) return { kind, mode: rest[0] as Mode, helplineId: rest[1] };
  return undefined;
};

/** Figures of one counter (or a sum of counters). Absent keys mean zero. */
export interface CounterFigures {
  count: number;
  safetyFlagged: number;
  ageBand: Partial<Record<AgeBand, number>>;
  gender: Partial<Record<Gender, number>>;
  /** `none`: a helpline tap before any result existed. */
  band: Partial<Record<Band | 'none', number>>;
  topic: Partial<Record<Topic, number>>;
  /** JST hour 0–23. */
  hour: Partial<Record<number, number>>;
}

export const emptyFigures = (): CounterFigures => ({ count: 0, safetyFlagged: 0, ageBand: {}, gender: {}, band: {}, topic: {}, hour: {} });

const bump = <K extends string | number>(map: Partial<Record<K, number>>, key: K, by: number) => {
  map[key] = (map[key] ?? 0) + by;
};

/** Adds one stored attribute (`n`, `a20s`, `h07`…) into figures; unknown names are ignored. */
export const addAttribute = (figures: CounterFigures, name: string, value: number): void => {
  if (name === 'n') figures.count += value;
  else if (name === 'f') figures.safetyFlagged += value;
  else if (name.length < 2) return;
  else {
    const rest = name.slice(1);
    switch (name[0]) {
      case 'a': bump(figures.ageBand, rest as AgeBand, value); break;
      case 'g': bump(figures.gender, rest as Gender, value); break;
      case 'b': bump(figures.band, rest as Band | 'none', value); break;
      case 't': bump(figures.topic, rest as Topic, value); break;
      case 'h': bump(figures.hour, Number(rest), value); break;
    }
  }
};

/** Counter attribute names (everything except keys), for summing raw items into rollups. */
export const isCounterAttribute = (name: string): boolean => name !== 'pk' && name !== 'sk' && name !== 'expiresAt';
