/**
 * @module
 * The shape of a resident-facing message catalogue. Components read every
 * word from a catalogue, never from literals, so English and やさしい日本語
 * catalogues can follow by implementing these types. Texts that differ for
 * teenagers are `ByMode` pairs, so a missing teen wording is a type error
 * rather than an adult sentence shown to a 13-year-old. A catalogue comes in
 * three parts, split by when the words are needed: `PageMessages` ride with
 * the page (landing, questions, crisis panel, help list) — the header and
 * landing words (`InlinedWords`) in its data block beside their prerendered
 * copy, where they compress against it, the rest in its first script —
 * `ResultMessages` in the result chunk fetched after first paint, and
 * `HoursMessages` only at build time, when helpline hours become text.
 */
import type { AgeBand, Band, Gender, Mode, SafetyAnswer, Topic } from '../domain';

/** A message worded for adults (`self`) and for teenagers (`teen`), or one wording for both. */
export type ByMode<T = string> = T | { self: T; teen: T };

export interface BandMessages {
  title: ByMode;
  message: ByMode;
  selfCare: ByMode<readonly string[]>;
  /** Text alternative of the result picture. */
  picture: string;
}

export interface PageMessages {
  lang: string;
  pageTitle: (serviceName: string) => string;
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
    chooseLegend: string;
    modes: Record<Mode, { label: string; hint: string }>;
  };
  nav: { back: string; next: string; toResult: string; pickOne: string };
  progress: { visible: (step: number, total: number) => string; spoken: (step: number, total: number) => string };
  profile: {
    heading: ByMode;
    lead: ByMode;
    ageLegend: string;
    genderLegend: string;
    ageBands: Record<AgeBand, string>;
    genders: Record<Gender, string>;
  };
  k6: {
    /** Adults see the instrument's own lead-in; teens a friendlier one with the same meaning. */
    teenLeadIn: string;
    /** Readings added as <ruby> in teen mode; the item text itself is never changed. */
    teenRuby: Readonly<Record<string, string>>;
  };
  safety: { question: ByMode; hint: ByMode; answers: Record<SafetyAnswer, ByMode> };
  topics: { heading: ByMode; hint: ByMode; labels: Record<Topic, string> };
  crisis: {
    heading: ByMode;
    lead: ByMode;
    emergencyHeading: string;
    emergencyText: string;
    openNowHeading: string;
    noneOpen: string;
    localHeading: string;
    continue: string;
  };
  help: { heading: string; lead: string; back: string; listHeading: string };
  /** The result screen while its chunk is still on the way (weak signal): help first, the result as soon as it arrives. */
  waiting: { heading: string; lead: string };
  helpline: {
    openNow: string;
    closedNow: string;
    call: (number: string) => string;
    channels: { chat: string; line: string; web: string; visit: string };
    /** A line whose number we do not have: no number is shown, only this. */
    unverified: string;
    /** A line with a number whose other details are still being confirmed. */
    unverifiedDetails: string;
    /** An online line (chat, LINE, web) whose address we have not confirmed: how to find it without a guessed link. */
    findByName: (name: string) => string;
    cantConnect: string;
  };
}

/** The first screen's words (header, landing): the build inlines them in the page's data block, not the script. */
export type InlinedWords = Pick<PageMessages, 'chrome' | 'landing'>;
/** What the page's first script carries: the rest of `PageMessages`. */
export type ScriptMessages = Omit<PageMessages, keyof InlinedWords>;

export interface ResultMessages {
  result: {
    heading: ByMode;
    notDiagnosis: string;
    selfCareHeading: ByMode;
    helpHeading: ByMode;
    helpLead: ByMode;
    again: string;
    bands: Record<Band, BandMessages>;
  };
}

/** Words for helpline hours, turned into one line per helpline when the pages are built. */
export interface HoursMessages {
  hours: {
    unknown: string;
    always: string;
    weekdays: readonly string[];
    everyDay: string;
    holidaysClosed: string;
    holidaysAsSunday: string;
    monthDay: (day: string) => string;
    closedDates: (dates: string) => string;
    until: string;
    nextDay: string;
    listSep: string;
  };
}

/** A whole catalogue, as the build and the tests see it. */
export type Messages = PageMessages & ResultMessages & HoursMessages;
