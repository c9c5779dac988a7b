/**
 * @module
 * The counter table's key and attribute grammar, in one place so the write
 * path, the read path and the monthly rollup can never disagree. An event
 * becomes one sort-key "kind" (what was counted, e.g. `C#self`, `S#teen`, `V`)
 * plus the short attribute names it increments (`n`, `a20s`, `tschool`,
 * `h07`, `csticker-a`, `rparent`, `len`…); reading turns those names back into typed figures.
 * Keys hold only the closed vocabularies from shared/domain and shared/events
 * and tags the tenant registered (the API maps any other tag to direct before
 * it gets here), so nothing about a person can end up in a key.
 *
 * A channel is never part of a key: views are keyed by nothing but their
 * kind, starts and completions by mode alone, and their channel is one more
 * marginal count on the same item (`c<tag>`, like `a20s` or `len`), so no
 * key or attribute name ever joins a channel with an age band, gender,
 * result band, safety flag, topic, relationship, language or hour.
 */
import { DIRECT_SRC, type AgeBand, type Band, type Gender, type Mode, type Relationship, type Topic } from '../../shared/domain';
import type { CountingEvent, EventType } from '../../shared/events';
import { DEFAULT_LANG, LANGS, type Lang } from '../../shared/languages';

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
/** Marker expiry is rounded up to this step, so a marker cannot date its event to the second. */
export const MARKER_EXPIRY_STEP_SECONDS = 60 * 60;

/**
 * When a marker for an event counted at `at` may expire (epoch seconds, DynamoDB TTL): at least
 * MARKER_TTL_SECONDS later, rounded up to the whole UTC hour, so every event of an hour carries the
 * same value and a retry within the window still finds its marker.
 */
export const markerExpiresAt = (at: Date): number => {
  const earliest = Math.floor(at.getTime() / 1000) + MARKER_TTL_SECONDS;
  return Math.ceil(earliest / MARKER_EXPIRY_STEP_SECONDS) * MARKER_EXPIRY_STEP_SECONDS;
};

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
/**
 * The one item the counting function reads to learn a tenant's registered tags (registered-tags.ts):
 * a partition of its own, so its read grant (LeadingKeys `RT#*`) reaches nothing else.
 */
export const REGISTERED_TAGS_PK_PREFIX = 'RT#';
export const registeredTagsKey = (tenant: string) => ({ pk: `${REGISTERED_TAGS_PK_PREFIX}${tenant}`, sk: 'RT' });
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
/** A completion's channel (a registered tag, or DIRECT_SRC) as a marginal count on its mode's item. */
const channelAttr = (src: string) => `c${src}`;

/** The kind part of the sort key and the attributes one event adds 1 to. */
export interface CounterIncrement {
  kindKey: string;
  attributes: string[];
}

/** The page's language as counted: absent is Japanese, the page at `/t/<id>/` (shared/languages DEFAULT_LANG). */
const langAttr = (lang: Lang | undefined) => `l${lang ?? DEFAULT_LANG}`;

export const incrementFor = (event: CountingEvent, jstHour: number): CounterIncrement => {
  const code = KIND_CODES[event.type];
  switch (event.type) {
    // A view and a start: the language and the channel as two marginals on the kind's one item, never one joined to the other.
    case 'view':
      return { kindKey: code, attributes: ['n', hourAttr(jstHour), langAttr(event.lang), channelAttr(event.src ?? DIRECT_SRC)] };
    case 'start':
      return { kindKey: `${code}#${event.mode}`, attributes: ['n', hourAttr(jstHour), langAttr(event.lang), channelAttr(event.src ?? DIRECT_SRC)] };
    case 'complete': {
      const attributes = ['n', `a${event.ageBand}`, `g${event.gender}`, `b${event.band}`, hourAttr(jstHour)];
      if (event.safetyFlag) attributes.push('f');
      // A duplicated name would make DynamoDB reject the whole update; the API refuses duplicates, this keeps the store safe alone.
      for (const topic of new Set(event.topics)) attributes.push(`t${topic}`);
      // Who the other person is, in a mode about someone else (家族): one more marginal count, like the age band.
      if (event.relationship !== undefined) attributes.push(`r${event.relationship}`);
      attributes.push(langAttr(event.lang));
      attributes.push(channelAttr(event.src ?? DIRECT_SRC));
      return { kindKey: `${code}#${event.mode}`, attributes };
    }
    case 'helpline_tap':
      return { kindKey: `${code}#${event.mode}#${event.helplineId}`, attributes: ['n', `b${event.band ?? 'none'}`] };
  }
};

/** What a counter row is about, decoded from its kind key. */
export interface CounterSubject {
  kind: EventType;
  mode?: Mode;
  helplineId?: string;
}

export const parseKindKey = (storedKindKey: string): CounterSubject | undefined => {
  const [code = '', ...rest] = currentKindKey(storedKindKey).kindKey.split('#');
  const kind = KIND_BY_CODE[code];
  if (kind === 'view' && rest.length === 0) return { kind };
  if ((kind === 'start' || kind === 'complete') && rest.length === 1) return { kind, mode: rest[0] as Mode };
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
  /** Who the other person is to the resident, in a mode about someone else (家族); empty for the others and for items stored before it was counted. */
  relationship: Partial<Record<Relationship, number>>;
  /**
   * Views, starts and completions by the page's language, as stored; items stored before languages were counted
   * have none (see languagesOf, which reads them as Japanese). Empty for taps.
   */
  language: Partial<Record<Lang, number>>;
  /** JST hour 0–23. */
  hour: Partial<Record<number, number>>;
  /** Views, starts and completions by channel: a registered tag, or DIRECT_SRC. A marginal count, never crossed with the others. */
  channel: Partial<Record<string, number>>;
}

export const emptyFigures = (): CounterFigures => ({
  count: 0,
  safetyFlagged: 0,
  ageBand: {},
  gender: {},
  band: {},
  topic: {},
  relationship: {},
  language: {},
  hour: {},
  channel: {},
});

/**
 * A view's, start's or completion's figures by language, every one counted: the part of `count` no `l…` attribute
 * names was stored before languages were counted, when every page was Japanese, so it is counted as DEFAULT_LANG.
 * Unknown language names (none can be written: the API takes LANGS only) are left out.
 */
export const languagesOf = (figures: Pick<CounterFigures, 'count' | 'language'>): Partial<Record<Lang, number>> => {
  const counted: Partial<Record<Lang, number>> = {};
  let named = 0;
  for (const lang of LANGS) {
    const n = figures.language[lang] ?? 0;
    named += n;
    if (n) counted[lang] = n;
  }
  const unnamed = figures.count - named;
  if (unnamed > 0) counted[DEFAULT_LANG] = (counted[DEFAULT_LANG] ?? 0) + unnamed;
  return counted;
};

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
      case 'r': bump(figures.relationship, rest as Relationship, value); break;
      case 'l': bump(figures.language, rest as Lang, value); break;
      case 'h': bump(figures.hour, Number(rest), value); break;
      case 'c': bump(figures.channel, rest, value); break;
    }
  }
};

/**
 * Views, starts and completions counted before they stopped being keyed by channel sit under `V#<src>`,
 * `S#<mode>#<src>` and `C#<mode>#<src>`. Read and rolled up, such an item is its kind's current item (`V`,
 * `S#<mode>`, `C#<mode>`) whose count also counts under `c<src>`: its dimensions add into the kind's totals and its
 * count into that channel. Other keys (taps, current keys) are current.
 */
export const currentKindKey = (kindKey: string): { kindKey: string; countAlsoUnder?: string } => {
  const parts = kindKey.split('#');
  const [code] = parts;
  const channelKeyed = code === KIND_CODES.view ? parts.length === 2 : (code === KIND_CODES.start || code === KIND_CODES.complete) && parts.length === 3;
  const src = parts.at(-1);
  if (!channelKeyed || src === undefined) return { kindKey };
  return { kindKey: parts.slice(0, -1).join('#'), countAlsoUnder: channelAttr(src) };
};

/** The counter attributes of a stored item under its current kind key (see currentKindKey), for reading and rolling up. */
export const counterEntries = (storedKindKey: string, item: Record<string, { N?: string }>): { kindKey: string; entries: [string, number][] } => {
  const { kindKey, countAlsoUnder } = currentKindKey(storedKindKey);
  const entries: [string, number][] = [];
  for (const [name, value] of Object.entries(item)) {
    if (!isCounterAttribute(name) || value.N === undefined) continue;
    entries.push([name, Number(value.N)]);
    if (name === 'n' && countAlsoUnder) entries.push([countAlsoUnder, Number(value.N)]);
  }
  return { kindKey, entries };
};

/** Counter attribute names (everything except keys), for summing raw items into rollups. */
export const isCounterAttribute = (name: string): boolean => name !== 'pk' && name !== 'sk' && name !== 'expiresAt';
