/**
 * @module
 * The shape of a resident-facing message catalogue. Components read every
 * word from a `Messages` value, never from literals, so English and
 * やさしい日本語 catalogues can follow by implementing this one type. Texts that
 * differ for teenagers are `ByMode` pairs, so a missing teen wording is a
 * type error rather than an adult sentence shown to a 13-year-old.
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

export interface Messages {
  lang: string;
  pageTitle: (serviceName: string) => string;
  chrome: { quickExit: string; quickExitLabel: string; helpNow: string };
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
  result: {
    heading: ByMode;
    notDiagnosis: string;
    selfCareHeading: ByMode;
    helpHeading: ByMode;
    helpLead: ByMode;
    cantConnect: string;
    again: string;
    bands: Record<Band, BandMessages>;
  };
  help: { heading: string; lead: string; back: string; listHeading: string };
  helpline: {
    openNow: string;
    closedNow: string;
    hoursUnknown: string;
    always: string;
    call: (number: string) => string;
    channels: { chat: string; line: string; web: string; visit: string; phone: string };
    /** A line whose number we do not have: no number is shown, only this. */
    unverified: string;
    /** A line with a number whose other details are still being confirmed. */
    unverifiedDetails: string;
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
