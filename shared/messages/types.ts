/**
 * @module
 * The shape of a resident-facing message catalogue. Components read every
 * word from a catalogue, never from literals, so English and やさしい日本語
 * catalogues can follow by implementing these types. Texts that differ for
 * teenagers are `Worded` pairs, picked by the mode's wording, so a missing teen wording is a type error
 * rather than an adult sentence shown to a 13-year-old. A catalogue comes in
 * three parts, split by when the words are needed: `PageMessages` ride with
 * the page (landing, questions, crisis panel, help list) — the landing only
 * in its prerendered HTML, which the script shows again as it is, the
 * header words (`InlinedWords`) in its data block beside their prerendered
 * copy, where they compress against it, the rest in its first script —
 * `ResultMessages` in the result chunk fetched after first paint, and
 * `HoursMessages` only at build time, when helpline hours become text.
 */
import type { AgeBand, Band, FamilyTopic, Gender, Mode, Relationship, SafetyAnswer, Topic } from '../domain';
import type { AskedInstrumentId, Wording } from '../modes';

/** A message in each wording a mode may read (`adult`, `teen`: shared/modes), or one wording for all. */
export type Worded<T = string> = T | Record<Wording, T>;

export interface BandMessages {
  title: Worded;
  message: Worded;
  selfCare: Worded<readonly string[]>;
  /** Text alternative of the result picture. */
  picture: string;
}

/**
 * Words around an instrument's items for readers who need help with them:
 * teenagers on the Japanese page, and everyone on a page in やさしい日本語
 * or on a page whose check runs in やさしい日本語 (a language the
 * instrument has no cited translation in). Everyone else sees the items and
 * lead-in as the instrument words them. The item text itself is never changed.
 */
export interface ItemWords {
  /** A friendlier lead-in, with the same meaning as the instrument's own. */
  leadIn: string;
  /** Readings added as <ruby> over the item's kanji. */
  ruby: Readonly<Record<string, string>>;
  /** A plain explanation under an item with a hard word, by item id. */
  gloss: Readonly<Record<string, string>>;
}

/**
 * The item words a page carries (frontend/data): its catalogue's `ItemWords`,
 * or none, plus what the build knows about this page's instrument wording —
 * a cited translation's items and answers (`texts`, `options`), that the
 * help is for every mode (`always`), and the items' language when it is not
 * the page's (`lang`: the check runs in やさしい日本語 on a 中文 page).
 */
export interface PageItemWords extends Partial<ItemWords> {
  always?: true;
  lang?: string;
  texts?: Readonly<Record<string, string>>;
  options?: readonly string[];
}

/** The page's language and title, written into its HTML at build time: its script never needs them. */
export interface HeadMessages {
  lang: string;
  /** `{service}`: the tenant's service name. */
  pageTitle: string;
}

export interface PageMessages {
  chrome: {
    quickExit: string;
    quickExitLabel: string;
    helpNow: string;
    /** The words of `helpNow` and `quickExit` the top bar keeps where the whole label would wrap: each must appear in its label. */
    helpNowShort: string;
    quickExitShort: string;
  };
  landing: {
    lead: string;
    anonymous: string;
    duration: string;
    privacy: string;
    /** How to keep the visit out of the browser's history: the page cannot erase it itself. */
    privateTab: string;
    chooseLegend: string;
    modes: Record<Mode, { label: string; hint: string }>;
    /** The accessible name of the list of languages (each shown in its own name: shared/languages). */
    languages: string;
    /** On a page whose check runs in やさしい日本語: says so, in the page's language, before the modes. */
    checkNote?: string;
  };
  nav: { back: string; next: string; toResult: string; pickOne: string };
  /** `{step}` of `{total}`. */
  progress: { visible: string; spoken: string };
  profile: {
    heading: Worded;
    lead: Worded;
    ageLegend: string;
    genderLegend: string;
    ageBands: Record<AgeBand, string>;
    genders: Record<Gender, string>;
  };
  /**
   * Help around each asked instrument's items, by instrument id (see
   * `ItemWords`); the items themselves come verbatim from the instrument or
   * its cited translation. A page whose check runs in やさしい日本語 uses the
   * `easy` catalogue's, so its own catalogue has none.
   */
  items?: Record<AskedInstrumentId, ItemWords>;
  safety: { question: Worded; hint: Worded; answers: Record<SafetyAnswer, Worded> };
  /** A checklist mode's topics are its items, worded by its instrument (family-signs), so they have no label here. */
  topics: { heading: Worded; hint: Worded; labels: Record<Exclude<Topic, FamilyTopic>, string> };
  /**
   * The crisis panel, the help list and the result while the result chunk is
   * not here yet (weak signal): heading, thanks, the numbers to call. The full
   * panels and every helpline card come with the chunk (`HelpMessages`).
   */
  crisis: {
    heading: Worded;
    lead: Worded;
    /** 「いまも、そう思っている」: words for this very minute. */
    urgent: { heading: Worded; lead: Worded };
    emergencyHeading: string;
    continue: string;
  };
  help: { heading: string; lead: string; back: string };
  /** The result screen, or a screen of a mode about someone else, while its chunk is still on the way (weak signal): help first, the screen as soon as it arrives. */
  waiting: { heading: string; lead: string };
  cantConnect: string;
}

/** Words of the full crisis panel, help list and helpline cards: in the result chunk. */
export interface HelpMessages {
  panel: {
    emergencyText: string;
    openNowHeading: string;
    /** After 「いまも、そう思っている」: the lines open now, in words for this very minute. */
    urgentOpenNowHeading: string;
    noneOpen: string;
    localHeading: string;
    listHeading: string;
    /** Lines a person can use this minute (open now, or reachable at hours we cannot state). */
    nowHeading: string;
    /** Reachable lines closed right now, each with when it opens next. */
    closedHeading: string;
    /** The folded part: lines not confirmed yet, or that need a card, a search or a visit. */
    otherSummary: string;
    otherLead: string;
    close: string;
  };
  /** When a closed line opens next, in Japan time. */
  opens: {
    /** `{time}` (H:MM, Japan time). */
    today: string;
    tomorrow: string;
    /** `{month}`, `{day}`, `{weekday}`, `{time}`. */
    on: string;
    weekdays: readonly string[];
  };
  helpline: {
    openNow: string;
    closedNow: string;
    /** `{number}`. */
    call: string;
    channels: { chat: string; line: string; web: string; visit: string };
    /** A line whose number we do not have: no number is shown, only this. */
    unverified: string;
    /** A line with a number whose other details are still being confirmed. */
    unverifiedDetails: string;
    /** An online line (chat, LINE, web) whose address we have not confirmed: how to find it without a guessed link. */
    /** `{name}`: the line's name. */
    findByName: string;
  };
}

/** The first screen's words (header, landing): the prerendered landing shows them. */
export type InlinedWords = Pick<PageMessages, 'chrome' | 'landing'>;
/** The rest of `PageMessages`: the questions, the crisis panel and help list while the chunk is not here. */
export type ScriptMessages = Omit<PageMessages, keyof InlinedWords>;
/**
 * What the page's screens read once it runs, from the page's data block (one
 * first script serves every language): the landing is its prerendered HTML,
 * so its words are not among them; the item words are this page's. The
 * topics screen comes after the safety question, on the way to the result,
 * so its words ride with the result chunk's (`ChunkMessages`).
 */
export type ScreenMessages = Omit<PageMessages, 'landing' | 'items' | 'topics'> & { items: Partial<Record<AskedInstrumentId, PageItemWords>> };

/**
 * The result after any safety answer but 「なかった」: it leads with thanks and the
 * crisis lines, and its words and picture never say that all is well, whatever
 * the score — so none of the band's own title, message or tips is used.
 */
export interface FlaggedResultMessages {
  heading: Worded;
  lead: Worded;
  /** After 「いまも、そう思っている」. */
  urgentLead: Worded;
  title: Worded;
  message: Worded;
  selfCareHeading: Worded;
  /** Each one a way to reach a person: tips never stand in for help. */
  selfCare: Worded<readonly string[]>;
  picture: string;
}

export interface ResultMessages {
  result: {
    heading: Worded;
    flagged: FlaggedResultMessages;
    notDiagnosis: Worded;
    selfCareHeading: Worded;
    helpHeading: Worded;
    helpLead: Worded;
    again: Worded;
    /** Each instrument's band words, by instrument id and band id (a mode about someone else has its own: `other`). */
    bands: Record<AskedInstrumentId, Record<Band, BandMessages>>;
  };
  /**
   * Every screen of a mode about someone else (家族): they come with the result
   * chunk, after first paint. Only a catalogue in a language whose checklist
   * has a cited wording has them (Japanese); elsewhere the mode is not offered
   * (shared/languages/offered).
   */
  other?: AboutOtherMessages;
}

/**
 * The words of a mode about someone else (家族). Texts from a government
 * source are quoted as printed and carry their `source` line (PDL1.0: the
 * source named, editing stated); the rest is ours, written to the same
 * safe-messaging rules as the other modes.
 */
export interface AboutOtherMessages {
  profile: { heading: string; lead: string; relationshipLegend: string; relationships: Record<Relationship, string>; ageLegend: string };
  /** The answers offered, in order; `often` is not among them (the question is about another person). */
  safety: { question: string; hint: string; answers: Readonly<Partial<Record<SafetyAnswer, string>>> };
  checklist: { hint: string; source: SourceNote };
  crisis: { heading: string; lead: string; urgent: { heading: string; lead: string } };
  result: {
    heading: string;
    flaggedHeading: string;
    flaggedLead: string;
    urgentLead: string;
    noticedHeading: string;
    /** By band id of the checklist (how many signs were ticked). */
    bands: Readonly<Record<string, { title: string; message: string }>>;
    rolesHeading: string;
    rolesLead: string;
    roles: readonly { title: string; text: string }[];
    rolesSource: SourceNote;
    helpHeading: string;
    helpLead: string;
    selfCareHeading: string;
    selfCare: readonly string[];
    selfCareSource: SourceNote;
  };
}

/** 「出典：<a href=url>title</a>note」 under government text we quote (PDL1.0: the source, and that it was edited). */
export interface SourceNote {
  title: string;
  url: string;
  note: string;
}

/** Words for helpline hours, turned into one line per helpline when the pages are built (frontend/format/hours). */
export interface HoursMessages {
  hours: {
    unknown: string;
    always: string;
    weekdays: readonly string[];
    everyDay: string;
    holidaysClosed: string;
    holidaysAsSunday: string;
    /** `{day}`: a day of every month (「毎月10日」). */
    monthDay: string;
    /** `{dates}`: the dates, already joined. */
    closedDates: string;
    /** `{month}`, `{day}`: one calendar date (「12/29」). */
    date: string;
    /** `{from}`, `{to}`: a span of times, weekdays or dates (「8:30〜17:15」). */
    span: string;
    /** `{from}`, `{to}`: a span of times that ends the next day (「8:00〜翌8:00」). */
    overnight: string;
    listSep: string;
  };
}

/**
 * Words of the pages around the check, all written at build time: the site's
 * root (the municipalities served), the page for an address no municipality
 * uses, and the plain calendar quick exit lands on. Their help sections reuse
 * the crisis panel's and help list's words from `PageMessages`.
 */
export interface SiteMessages {
  site: {
    directory: { title: string; lead: string };
    notFound: { title: string; lead: string };
    emergencyHeading: string;
    alwaysOpenHeading: string;
    tenantsHeading: string;
    tenantsLead: string;
    /** `{name}`, `{prefecture}`. */
    tenant: string;
    /** The prefecture entry page (`/p/<id>/`), reached from a prefecture-wide QR code. */
    prefecture: {
      /** `{prefecture}`. */
      title: string;
      lead: string;
      townsHeading: string;
      filterLabel: string;
      noMatch: string;
      /** The link for someone who goes on without choosing a town. */
      skip: string;
      helpHeading: string;
      /** `{prefecture}`. */
      prefectureLinesHeading: string;
    };
    /** Deliberately nothing about the check: it is what the next person to see the screen finds. */
    calendar: { title: string; weekdays: readonly string[]; previous: string; next: string };
  };
}

/**
 * One language's catalogue (shared/messages/catalogues): every word of the
 * resident page in that language, as plain data. The pages around the check
 * (`SiteMessages`) are in Japanese only.
 */
export type Catalogue = HeadMessages & PageMessages & ResultMessages & HelpMessages & HoursMessages;

/** The Japanese catalogue, whole, as the build and the tests see it. */
export type Messages = Catalogue & SiteMessages & Required<Pick<Catalogue, 'items' | 'other'>>;

/** The result chunk's words: they ride in the tenant × language JSON fetched with it, with the topics screen's (it leads to the result). */
export type ChunkMessages = ResultMessages & HelpMessages & Pick<PageMessages, 'topics'>;
