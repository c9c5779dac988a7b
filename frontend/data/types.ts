/**
 * @module
 * What the page knows about its tenant, in two parts. The page itself inlines
 * only `PageTenant`: names and the crisis subset (119/110, lines open 24 h,
 * the general local windows), so the crisis panel and the help list work at
 * once and offline. Everything else — every line with its structured hours
 * for routing — is `FullTenant`, a hashed JSON file fetched after first paint
 * together with the result chunk. Hours arrive already in words (`hoursText`,
 * made at build time), so the phone carries no hours formatter.
 */
import type { Instrument } from '../../shared/instruments/schema';
import type { Helpline } from '../../shared/helplines/schema';
import type { ChunkMessages, ScreenMessages } from '../../shared/messages';
import type { Lang } from '../../shared/languages';
import type { Tenant } from '../../shared/tenants/schema';

/** What a helpline card shows. */
export type CardLine = Pick<Helpline, 'id' | 'name' | 'description' | 'channels' | 'hoursNote'> & { hoursText: string; unverified?: boolean };

/** What a big emergency call button shows and counts: 119/110 need no description, hours or audiences. */
export type CallLine = Pick<CardLine, 'id' | 'name' | 'channels'>;

/**
 * A line of the inlined crisis subset: only what its one-tap button shows and
 * what the offline panel picks by (flags only when true, to stay small). The
 * full cards, with descriptions and hours, come with the result chunk.
 */
export type CrisisLine = CallLine & Pick<Helpline, 'audiences'> & { scope?: 'local'; emergency?: never; crisis?: true; /** Open 24 h, every day. */ always?: true };

/** An emergency number in the crisis subset: only its call button's fields, since nothing else of it is ever shown. */
export type EmergencyLine = CallLine & { emergency: true };

/** Inlined in the page as a JSON data block (never executed). */
export interface PageTenant {
  id: string;
  serviceName: string;
  localNote?: string;
  /** The tenant's own quick-exit address; absent, the page leaves for the site's neutral page. */
  exit?: string;
  crisis: (EmergencyLine | CrisisLine)[];
  /** Path of this tenant's `FullTenant` JSON (content-hashed, cached for a year). */
  data: string;
  /** The page's language (shared/languages): sent with its counting events. */
  lang: Lang;
  /**
   * Every word the page's screens show, in its language: one first script
   * serves every language. The landing's words are only in the prerendered
   * HTML, which the script shows again as it is.
   */
  words: ScreenMessages;
}

/** A helpline as routing and the cards need it; sources and reasons stay in the repository. */
export type FullHelpline = Omit<Helpline, 'sourceUrl' | 'unverifiedReason'> & { hoursText: string };
/** How each instrument the modes run turns a total into a band, by instrument id. */
export type InstrumentResults = Readonly<Record<string, Instrument['result']>>;

/** `results` ride here, after first paint, so the first script carries no cutoffs. */
export type FullTenant = Omit<Tenant, 'helplines'> & { helplines: FullHelpline[]; results: InstrumentResults; /** The result chunk's words in the page's language: the chunk itself carries none. */ words: ChunkMessages; /** Item words only some modes need (teenagers on the Japanese page): see frontend/data/build. */ items: ScreenMessages['items'] };

/** A line placed for this resident; `openNow` null = cannot say. */
export interface Placed {
  helpline: CardLine;
  openNow: boolean | null;
  /** When a closed line next opens, epoch ms (JSON-able); absent when that cannot be said. */
  opensAt?: number;
}

/** The offline screen's lines, in the crisis panel's three parts. */
export interface OfflinePanel {
  emergency: CallLine[];
  openNow: CrisisLine[];
  local: CrisisLine[];
}

/** The help list fitted to the moment: usable now, closed now, and lines still to be confirmed or not connectable from the page. */
export interface HelpGroups {
  now: Placed[];
  closed: Placed[];
  other: Placed[];
}

/** The crisis panel's three parts (also the offline help list). */
export interface Panel {
  emergency: CallLine[];
  openNow: Placed[];
  local: Placed[];
}
